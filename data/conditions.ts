/**
 * Conditions that myofascial trigger points cause, feed or imitate, in words for clients.
 *
 * `muscles` lists the muscles whose trigger points the literature ties to each condition (cause, contributor or
 * mimic); the trigger points themselves name their conditions in data/trigger-points/. `redFlags` are signs that
 * need a doctor first, not soft-tissue work. Descriptions are our own summaries, not quotations.
 */
import { ISCHEMIA_CONDITIONS } from './condition-sets/ischemia'
import { MIMIC_CONDITIONS } from './condition-sets/mimics'
import { NERVE_CONDITIONS } from './condition-sets/nerves'
import { POSTURE_GAIT_CONDITIONS } from './condition-sets/posture-gait'
import type { Condition } from './schema'

const CORE_CONDITIONS = [
  {
    id: 'tension-type-headache',
    name: 'Tension-type headache',
    synonyms: ['tension headache', 'stress headache', 'band-like headache', 'muscle contraction headache', 'TTH'],
    category: 'myofascial',
    description:
      'A dull, pressing or tight headache, often on both sides, that can feel like a band around the head or a weight on top of it. ' +
      'Trigger points in the neck, shoulder and jaw muscles refer pain into the forehead, temples, behind the eyes and the back of the head, ' +
      'and they are one of the most common treatable contributors. Long hours at a screen, clenching the teeth and stress tend to keep them active.',
    muscles: [
      'trapezius-upper',
      'sternocleidomastoid-sternal',
      'sternocleidomastoid-clavicular',
      'temporalis',
      'masseter',
      'splenius-capitis',
      'semispinalis-capitis',
      'rectus-capitis-posterior-major',
      'rectus-capitis-posterior-minor',
      'obliquus-capitis-superior',
      'obliquus-capitis-inferior',
    ],
    redFlags: [
      'A sudden, severe headache that peaks within a minute or is the worst you have ever had: call emergency services.',
      'Headache with fever, a stiff neck, a rash, or after a blow to the head.',
      'Headache with confusion, weakness or numbness, slurred speech, loss of vision or double vision, or a seizure.',
      'A new or steadily worsening headache after age 50, or one that wakes you from sleep.',
    ],
    source: { ref: 'travell-simons-v1', locator: 'Part 2, head and neck pain: trapezius, sternocleidomastoid, temporalis, posterior cervical and suboccipital chapters' },
  },
  {
    id: 'cervicogenic-headache',
    name: 'Cervicogenic headache',
    synonyms: ['neck headache', 'headache from the neck', 'occipital headache', 'headache at the base of the skull'],
    category: 'myofascial',
    description:
      'A headache that starts in the neck, usually on one side, and spreads from the base of the skull over the head towards the eye or forehead. ' +
      'Moving the neck or holding the head still for a long time tends to bring it on. ' +
      'Besides the upper neck joints, trigger points in the small muscles under the skull and in the long neck muscles refer pain along this very path and can reproduce it.',
    muscles: [
      'rectus-capitis-posterior-major',
      'rectus-capitis-posterior-minor',
      'obliquus-capitis-superior',
      'obliquus-capitis-inferior',
      'semispinalis-capitis',
      'splenius-capitis',
      'trapezius-upper',
      'trapezius-lower',
      'sternocleidomastoid-sternal',
      'sternocleidomastoid-clavicular',
    ],
    redFlags: [
      'Sudden severe neck pain or headache with dizziness, double vision, trouble speaking or swallowing, or a drooping face: call emergency services.',
      'Headache and neck pain after a fall, collision or other injury.',
      'Numbness, tingling or weakness in the arms or legs, or clumsiness and poor balance.',
      'Headache with fever and a stiff neck.',
    ],
    source: { ref: 'travell-simons-v1', chapter: 'Suboccipital muscles' },
  },
  {
    id: 'tmj-dysfunction',
    name: 'Jaw joint (TMJ) dysfunction',
    synonyms: ['TMJ', 'TMD', 'temporomandibular disorder', 'jaw pain', 'clicking jaw', 'teeth clenching pain'],
    category: 'myofascial',
    description:
      'Pain in and around the jaw joint, often with clicking, a stiff or limited mouth opening, earache or toothache without a dental cause. ' +
      'Trigger points in the chewing muscles are the most frequent source of this pain and also restrict how far the mouth opens. ' +
      'Neck muscles such as the sternocleidomastoid and upper trapezius refer pain into the jaw and face and keep the jaw muscles overloaded.',
    muscles: [
      'masseter',
      'temporalis',
      'sternocleidomastoid-sternal',
      'sternocleidomastoid-clavicular',
      'trapezius-upper',
    ],
    redFlags: [
      'Jaw, neck or arm pain that comes on with exertion or with chest pain, breathlessness or sweating: call emergency services.',
      'A jaw that locks and cannot open or close.',
      'Swelling, a lump, fever, or a tooth infection in the face or jaw.',
      'Over 50 with jaw pain on chewing, new headache, a tender scalp or changes in vision.',
    ],
    source: { ref: 'travell-simons-v1', chapter: 'Masseter muscle' },
  },
  {
    id: 'whiplash',
    name: 'Whiplash',
    synonyms: ['whiplash injury', 'whiplash-associated disorder', 'WAD', 'neck sprain', 'car accident neck pain'],
    category: 'myofascial',
    description:
      'Neck pain and stiffness after the head is thrown quickly back and forth, most often in a car accident. ' +
      'The sudden stretch can switch on trigger points in the front, side and back of the neck, which may then cause headaches, dizziness and pain in the shoulders and arms for months. ' +
      'After a doctor has ruled out damage to bones, nerves and ligaments, treating these trigger points often helps recovery.',
    muscles: [
      'sternocleidomastoid-sternal',
      'sternocleidomastoid-clavicular',
      'scalenus-anterior',
      'scalenus-medius',
      'scalenus-posterior',
      'splenius-capitis',
      'semispinalis-capitis',
      'rectus-capitis-posterior-major',
      'rectus-capitis-posterior-minor',
      'obliquus-capitis-inferior',
      'trapezius-upper',
      'levator-scapulae',
    ],
    redFlags: [
      'Severe neck pain, tenderness over the spine or being unable to turn the head after an accident: get checked for a fracture first.',
      'Numbness, tingling or weakness in the arms or legs.',
      'Severe headache, repeated vomiting, confusion, double vision, or trouble speaking or swallowing.',
      'Loss of consciousness at the time of the injury.',
    ],
    source: { ref: 'travell-simons-v1', chapter: 'Sternocleidomastoid muscle', locator: 'activation by motor vehicle accidents; also splenius, posterior cervical and scalene chapters' },
  },
  {
    id: 'thoracic-outlet-syndrome',
    name: 'Thoracic outlet syndrome',
    synonyms: ['TOS', 'scalene syndrome', 'pectoralis minor syndrome', 'neurogenic thoracic outlet syndrome'],
    category: 'neural-entrapment',
    description:
      'The nerves and blood vessels to the arm pass between the neck muscles, the collarbone and the first rib; when this passage is squeezed, the arm and hand ache, tingle or feel heavy, often worse with the arms raised. ' +
      'Tight scalene muscles and a tight pectoralis minor can narrow the passage themselves. ' +
      'Their trigger points, and those of muscles such as the subscapularis and latissimus dorsi, also refer pain and tingling down the arm that mimics the syndrome, so they are worth checking before anything more drastic is considered.',
    muscles: [
      'scalenus-anterior',
      'scalenus-medius',
      'scalenus-posterior',
      'pectoralis-minor',
      'pectoralis-major',
      'subscapularis',
      'latissimus-dorsi',
      'teres-major',
    ],
    redFlags: [
      'A cold, pale or bluish hand or fingers, or a swollen, heavy, discoloured arm: see a doctor urgently.',
      'Wasting of the muscles of the hand or steadily increasing weakness or clumsiness.',
      'Arm pain together with chest pain, breathlessness or sweating: call emergency services.',
    ],
    source: { ref: 'travell-simons-v1', chapter: 'Scalene muscles', locator: 'differential diagnosis: thoracic outlet syndrome; pectoralis minor chapter' },
  },
  {
    id: 'carpal-tunnel-syndrome',
    name: 'Carpal tunnel syndrome',
    synonyms: ['CTS', 'carpal tunnel', 'median nerve compression at the wrist', 'numb hand at night', 'tingling fingers'],
    category: 'nerve-compression',
    description:
      'The median nerve is squeezed where it passes through the wrist, causing tingling, numbness and pain in the thumb, index and middle fingers, often at night. ' +
      'Trigger points in the scalenes, pectoralis minor, brachialis and the forearm flexors refer pain and pins and needles into the same part of the hand and can mimic it. ' +
      'Checking these muscles is worthwhile, especially when nerve tests are normal or symptoms remain after treatment at the wrist.',
    muscles: [
      'scalenus-anterior',
      'scalenus-medius',
      'scalenus-posterior',
      'pectoralis-minor',
      'brachialis',
      'flexor-carpi-radialis',
      'flexor-digitorum-superficialis',
      'palmaris-longus',
      'pronator-teres',
      'flexor-digitorum-profundus',
      'flexor-pollicis-longus',
      'opponens-pollicis',
    ],
    redFlags: [
      'Constant numbness, or weakness and wasting of the muscles at the base of the thumb, or often dropping things.',
      'Numbness or tingling in both hands together with problems with balance, walking or bladder control.',
      'Symptoms that began after a fall onto the hand or a wrist injury.',
    ],
    source: { ref: 'travell-simons-v1', chapter: 'Hand and finger flexors in the forearm', locator: 'differential diagnosis: carpal tunnel syndrome; scalene, pectoralis minor and brachialis chapters' },
  },
  {
    id: 'cubital-tunnel-syndrome',
    name: 'Ulnar nerve entrapment (cubital tunnel syndrome)',
    synonyms: ['cubital tunnel syndrome', 'ulnar neuropathy', 'ulnar nerve entrapment', 'funny bone tingling', 'numb little finger'],
    category: 'neural-entrapment',
    description:
      'The ulnar nerve is squeezed behind the inner elbow or where it passes between the two heads of flexor carpi ulnaris, giving tingling and numbness in the ring and little fingers and, in time, a weak grip. ' +
      'Trigger points in flexor carpi ulnaris and the ulnar part of flexor digitorum profundus refer pain to the same side of the wrist and fingers, and a taut flexor carpi ulnaris can itself press on the nerve; the small ulnar-supplied hand muscles then weaken and ache.',
    muscles: ['flexor-carpi-ulnaris', 'flexor-digitorum-profundus', 'abductor-digiti-minimi-hand', 'palmar-interossei-hand', 'dorsal-interossei-hand'],
    redFlags: [
      'Wasting of the hand muscles (hollows between the knuckle bones on the back of the hand), a clawing little finger, or steadily weakening grip.',
      'Constant numbness of the little and ring fingers, or numbness that started after an elbow injury or fracture.',
      'Numbness or weakness in both hands together with problems with balance, walking or bladder control.',
    ],
    source: { ref: 'travell-simons-v1', chapter: 38, locator: 'flexor carpi ulnaris: ulnar nerve entrapment' },
  },
  {
    id: 'thumb-base-pain',
    name: 'Pain at the base of the thumb',
    synonyms: ['thumb pain', 'sore thumb', "de Quervain's", 'texting thumb', "gamer's thumb", 'thumb arthritis', 'basal thumb pain'],
    category: 'myofascial',
    description:
      'Aching at the base and along the side of the thumb, with a clumsy, weak pinch: buttoning, writing, opening jars. ' +
      'It is often put down to arthritis of the thumb joint or to de Quervain’s tendon irritation, but trigger points in adductor and opponens pollicis, flexor pollicis longus, brachialis, brachioradialis and supinator refer pain to exactly this place and can cause or add to it.',
    muscles: ['adductor-pollicis', 'opponens-pollicis', 'flexor-pollicis-longus', 'brachialis', 'brachioradialis', 'supinator'],
    redFlags: [
      'Pain in the hollow at the thumb side of the wrist after a fall onto the outstretched hand (possible scaphoid fracture, easily missed on first X-ray).',
      'A hot, red, swollen thumb joint, especially with fever.',
      'Numbness of the thumb and first fingers, or wasting of the ball of the thumb.',
    ],
    source: { ref: 'travell-simons-v1', chapter: 39, locator: 'adductor and opponens pollicis: differential diagnosis' },
  },
  {
    id: 'wrist-and-hand-pain',
    name: 'Wrist, hand and finger pain',
    synonyms: ['hand pain', 'wrist pain', 'finger pain', 'sore knuckles', 'stiff fingers', "Heberden's nodes", 'finger arthritis', 'trigger finger'],
    category: 'myofascial',
    description:
      'Aching and stiffness in the wrist, the back or palm of the hand and along the fingers, often blamed on arthritis or on overuse of the tendons. ' +
      'Trigger points in the forearm extensors and flexors and in the small muscles of the hand each send pain to their own part of the wrist or to the side of one finger, and make the hand feel stiff and weak; the interossei are linked with painful knobbly finger joints.',
    muscles: [
      'extensor-carpi-ulnaris',
      'extensor-indicis',
      'extensor-digitorum',
      'extensor-carpi-radialis-brevis',
      'flexor-carpi-ulnaris',
      'flexor-digitorum-profundus',
      'dorsal-interossei-hand',
      'palmar-interossei-hand',
      'abductor-digiti-minimi-hand',
    ],
    redFlags: [
      'Pain, swelling or deformity after a fall or a blow (possible fracture or dislocation).',
      'A hot, red, swollen joint, or fever (possible infection or gout).',
      'Morning stiffness lasting more than half an hour in several joints of both hands (possible inflammatory arthritis).',
      'Fingers that turn white or blue in the cold, or a cold, pale hand (a circulation problem).',
      'Numbness, weakness or wasting of the hand muscles.',
    ],
    source: { ref: 'travell-simons-v1', locator: 'Part 4, elbow-to-finger pain: chapters 34, 35, 38 and 40' },
  },
  {
    id: 'lateral-epicondylalgia',
    name: 'Tennis elbow',
    synonyms: ['lateral epicondylalgia', 'lateral epicondylitis', 'lateral epicondylosis', 'outer elbow pain'],
    category: 'myofascial',
    description:
      'Pain on the outside of the elbow, made worse by gripping, lifting with the palm down or twisting, such as turning a key or a screwdriver. ' +
      'Trigger points in the wrist and finger extensors, the supinator and the brachioradialis refer pain to exactly this spot, and so can the triceps and supraspinatus further up. ' +
      'Often the trigger points, not only the tendon, keep the pain going.',
    muscles: [
      'supinator',
      'extensor-carpi-radialis-longus',
      'extensor-carpi-radialis-brevis',
      'extensor-digitorum',
      'brachioradialis',
      'triceps-medial-head',
      'supraspinatus',
      'anconeus',
    ],
    redFlags: [
      'A swollen, red, hot elbow, especially with fever.',
      'Deformity, severe swelling or being unable to move the elbow after a fall.',
      'Numbness or weakness in the hand or fingers, or a wrist or fingers that will not straighten.',
    ],
    source: { ref: 'travell-simons-v1', chapter: 'Supinator muscle', locator: 'tennis elbow; also hand extensors and brachioradialis chapter' },
  },
  {
    id: 'medial-epicondylalgia',
    name: "Golfer's elbow",
    synonyms: ['medial epicondylalgia', 'medial epicondylitis', 'inner elbow pain', "thrower's elbow"],
    category: 'myofascial',
    description:
      'Pain on the inner side of the elbow, worse when gripping, lifting with the palm up or bending the wrist against resistance. ' +
      'Trigger points in the wrist and finger flexors of the forearm refer pain to this area, as do trigger points in the triceps and the chest muscles. ' +
      'Releasing them often eases the pain more quickly than resting the tendon alone.',
    muscles: [
      'flexor-carpi-radialis',
      'palmaris-longus',
      'flexor-digitorum-superficialis',
      'triceps-medial-head',
      'pectoralis-major',
      'pectoralis-minor',
      'flexor-carpi-ulnaris',
      'pronator-teres',
    ],
    redFlags: [
      'Numbness or tingling in the ring and little fingers with weakness of the hand.',
      'A swollen, red, hot elbow, especially with fever.',
      'Deformity, severe swelling or being unable to move the elbow after a fall.',
    ],
    source: { ref: 'travell-simons-v1', chapter: 'Hand and finger flexors in the forearm' },
  },
  {
    id: 'shoulder-impingement',
    name: 'Shoulder impingement',
    synonyms: ['subacromial pain', 'subacromial impingement', 'painful arc', "swimmer's shoulder", 'impingement syndrome'],
    category: 'myofascial',
    description:
      'Pain at the top and side of the shoulder when lifting the arm out to the side or overhead, typically through the middle of the movement. ' +
      'Tight, weak rotator cuff muscles with trigger points let the head of the arm bone ride up, and trigger points in the cuff and deltoid also refer pain to the same place. ' +
      'Muscles that steady the shoulder blade, such as the lower trapezius and serratus anterior, and a tight pectoralis minor affect how much room the tendons have.',
    muscles: [
      'supraspinatus',
      'infraspinatus',
      'teres-minor',
      'subscapularis',
      'deltoid-anterior',
      'deltoid-middle',
      'biceps-brachii',
      'pectoralis-minor',
      'serratus-anterior',
      'trapezius-lower',
      'coracobrachialis',
    ],
    redFlags: [
      'Sudden loss of the ability to lift the arm after a fall or injury, or a shoulder that looks out of place.',
      'Shoulder or arm pain with chest pain, breathlessness, sweating or nausea: call emergency services.',
      'A hot, swollen shoulder with fever, or constant night pain with unexplained weight loss.',
    ],
    source: { ref: 'travell-simons-v1', chapter: 'Supraspinatus muscle', locator: 'also infraspinatus and deltoid chapters' },
  },
  {
    id: 'frozen-shoulder',
    name: 'Frozen shoulder',
    synonyms: ['adhesive capsulitis', 'stiff shoulder', 'frozen shoulder syndrome', "can't raise my arm"],
    category: 'myofascial',
    description:
      'A painful shoulder that stiffens step by step until the arm can barely be raised or turned outwards. ' +
      'True frozen shoulder involves the joint capsule and takes months to settle, but trigger points in the subscapularis, together with the pectoralis major, teres major and latissimus dorsi, can produce a very similar painful restriction. ' +
      'When these are treated, movement often returns much faster than expected.',
    muscles: ['subscapularis', 'pectoralis-major', 'teres-major', 'latissimus-dorsi', 'infraspinatus'],
    redFlags: [
      'A hot, red, swollen shoulder or fever.',
      'Stiffness that began after a fall or dislocation, or a visible deformity.',
      'Shoulder pain with chest pain, breathlessness or sweating: call emergency services.',
      'Constant night pain with unexplained weight loss or a history of cancer.',
    ],
    source: { ref: 'travell-simons-v1', chapter: 'Subscapularis muscle', locator: 'frozen shoulder' },
  },
  {
    id: 'rotator-cuff-tendinopathy',
    name: 'Rotator cuff tendinopathy',
    synonyms: ['rotator cuff tendinitis', 'rotator cuff pain', 'cuff tendinosis', 'shoulder tendonitis'],
    category: 'myofascial',
    description:
      'An ache deep in the shoulder and down the outside of the upper arm, worse when lifting, reaching behind the back or lying on that side. ' +
      'The rotator cuff muscles that stabilise the shoulder often carry trigger points that refer pain to the same places and weaken the cuff. ' +
      'Trigger points in the deltoid add pain over the shoulder itself.',
    muscles: [
      'supraspinatus',
      'infraspinatus',
      'teres-minor',
      'subscapularis',
      'deltoid-anterior',
      'deltoid-middle',
      'deltoid-posterior',
      'teres-major',
      'coracobrachialis',
    ],
    redFlags: [
      'Sudden weakness or inability to lift the arm after a fall or a strong pull (possible tear).',
      'A hot, swollen shoulder with fever.',
      'Shoulder pain with chest pain, breathlessness or sweating: call emergency services.',
    ],
    source: { ref: 'travell-simons-v1', chapter: 'Infraspinatus muscle', locator: 'also supraspinatus, teres minor, subscapularis and deltoid chapters' },
  },
  {
    id: 'atypical-chest-pain',
    name: 'Non-cardiac chest pain',
    synonyms: ['atypical chest pain', 'chest wall pain', 'musculoskeletal chest pain', 'pseudo-angina', 'costochondral pain'],
    category: 'myofascial',
    description:
      'Pain in the front or side of the chest that comes from the chest wall rather than the heart, once a doctor has ruled the heart out. ' +
      'Trigger points in the pectoral muscles, the scalenes, the sternal head of the sternocleidomastoid and the abdominal wall can produce chest pain that feels alarmingly like angina. ' +
      'Chest pain must always be checked medically first; trigger point work comes after.',
    muscles: [
      'pectoralis-major',
      'pectoralis-minor',
      'sternocleidomastoid-sternal',
      'scalenus-anterior',
      'scalenus-medius',
      'scalenus-posterior',
      'serratus-anterior',
      'external-oblique',
      'rectus-abdominis',
    ],
    redFlags: [
      'Chest pain or pressure with breathlessness, sweating, nausea, light-headedness, or pain spreading to the arm, jaw, neck or back: call emergency services.',
      'Chest pain that comes on with exertion and eases with rest.',
      'Sudden sharp chest pain with breathlessness or coughing blood, especially after surgery, a long journey or with a swollen calf.',
      'Chest pain with fever, cough or feeling very unwell.',
    ],
    source: { ref: 'travell-simons-v1', chapter: 'Pectoralis major muscle', locator: 'cardiac-like chest pain; also pectoralis minor and scalene chapters' },
  },
  {
    id: 'low-back-pain',
    name: 'Low back pain',
    synonyms: ['lower back pain', 'lumbago', 'back ache', 'lumbar pain', 'sore lower back'],
    category: 'myofascial',
    description:
      'Aching or sharp pain across the lower back, sometimes spreading into the buttocks, that is one of the most common reasons people seek help. ' +
      'Most of it is not caused by a serious problem, and trigger points in the quadratus lumborum, the spinal muscles, the iliopsoas and the gluteal muscles are frequent contributors. ' +
      'Lifting awkwardly, sitting for long periods and an uneven pelvis keep these trigger points active.',
    muscles: [
      'quadratus-lumborum',
      'iliocostalis-lumborum',
      'longissimus-thoracis',
      'multifidus',
      'psoas-major',
      'iliacus',
      'gluteus-medius',
      'gluteus-maximus',
      'rectus-abdominis',
    ],
    redFlags: [
      'Numbness in the saddle area (between the legs or around the back passage), or loss of bladder or bowel control: go to an emergency department.',
      'Progressive weakness in one or both legs.',
      'Back pain with fever, unexplained weight loss, or a history of cancer.',
      'Severe back pain after a fall or injury, or constant pain that is worse at night.',
    ],
    source: { ref: 'travell-simons-v2', chapter: 'Quadratus lumborum muscle', locator: 'also travell-simons-v1, thoracolumbar paraspinal muscles' },
  },
  {
    id: 'sciatica-like-pain',
    name: 'Sciatica-like pain',
    synonyms: ['sciatica', 'pseudo-sciatica', 'pain down the leg', 'radiating leg pain', 'lumbar radiculopathy'],
    category: 'nerve-compression',
    description:
      'Pain that shoots or aches from the buttock down the back or side of the leg. ' +
      'True sciatica comes from a nerve root pressed in the spine, for example by a disc, and often brings numbness, weakness or lost reflexes. ' +
      'Trigger points in the gluteus minimus, piriformis and hamstrings can send pain along the same route without any nerve damage, and are a common reason for "sciatica" with normal scans.',
    muscles: [
      'gluteus-minimus',
      'piriformis',
      'gluteus-medius',
      'quadratus-lumborum',
      'biceps-femoris',
      'semitendinosus',
      'semimembranosus',
    ],
    redFlags: [
      'Numbness in the saddle area, or loss of bladder or bowel control: go to an emergency department.',
      'Progressive weakness of a leg or foot, such as a foot that drops or catches while walking.',
      'Pain in both legs at once, or with fever or unexplained weight loss.',
    ],
    source: { ref: 'travell-simons-v2', chapter: 'Gluteus minimus muscle', locator: 'pseudo-sciatica' },
  },
  {
    id: 'piriformis-syndrome',
    name: 'Piriformis syndrome',
    synonyms: ['piriformis', 'deep gluteal syndrome', 'buttock pain with sciatica', 'pain sitting on the buttock'],
    category: 'neural-entrapment',
    description:
      'Deep pain in the buttock, often worse when sitting, that may spread down the back of the thigh. ' +
      'The sciatic nerve runs under or through the piriformis muscle, so a tight piriformis can squeeze it, while the muscle\'s own trigger points refer pain to the buttock and hip. ' +
      'Trigger points in the gluteal muscles often sit alongside and add to the picture.',
    muscles: ['piriformis', 'gluteus-minimus', 'gluteus-medius', 'gluteus-maximus'],
    redFlags: [
      'Numbness in the saddle area, or loss of bladder or bowel control: go to an emergency department.',
      'Progressive weakness of the leg or foot.',
      'Buttock pain with fever, or with unexplained weight loss.',
    ],
    source: { ref: 'travell-simons-v2', chapter: 'Piriformis and other short lateral rotators' },
  },
  {
    id: 'sacroiliac-pain',
    name: 'Sacroiliac joint pain',
    synonyms: ['SI joint pain', 'sacroiliac dysfunction', 'pelvic pain at the back', 'sacroiliitis'],
    category: 'myofascial',
    description:
      'Pain over the dimples at the back of the pelvis, on one side of the base of the spine, sometimes spreading into the buttock or groin. ' +
      'Many muscles refer pain to this spot, including the gluteus medius and maximus, the quadratus lumborum, the deep spinal muscles, the iliopsoas and even the soleus in the calf. ' +
      'Treating those trigger points often settles pain that seems to come from the joint itself.',
    muscles: [
      'gluteus-medius',
      'gluteus-maximus',
      'quadratus-lumborum',
      'multifidus',
      'longissimus-thoracis',
      'psoas-major',
      'iliacus',
      'piriformis',
      'rectus-abdominis',
      'soleus',
    ],
    redFlags: [
      'Low back or buttock stiffness that is worst in the morning, lasts over half an hour and eases with movement, especially under age 45 (possible inflammatory arthritis).',
      'Pain with fever or feeling unwell.',
      'Severe pain after a fall or accident, or during pregnancy with bleeding or cramps.',
      'Numbness in the saddle area or loss of bladder or bowel control: go to an emergency department.',
    ],
    source: { ref: 'travell-simons-v2', chapter: 'Gluteus medius muscle', locator: 'also quadratus lumborum, iliopsoas and soleus chapters' },
  },
  {
    id: 'greater-trochanteric-pain',
    name: 'Outer hip pain (trochanteric pain)',
    synonyms: ['greater trochanteric pain syndrome', 'trochanteric bursitis', 'hip bursitis', 'GTPS', 'gluteal tendinopathy'],
    category: 'myofascial',
    description:
      'Pain and tenderness over the bony point on the outside of the hip, worse when lying on that side, climbing stairs or standing on one leg. ' +
      'It is often called bursitis, but trigger points in the gluteus medius and minimus, the tensor fasciae latae, the vastus lateralis and the quadratus lumborum refer pain to this very spot. ' +
      'Treating them frequently eases what looked like an inflamed bursa.',
    muscles: [
      'gluteus-medius',
      'gluteus-minimus',
      'tensor-fasciae-latae',
      'vastus-lateralis',
      'quadratus-lumborum',
    ],
    redFlags: [
      'Being unable to stand or walk after a fall, especially in older people: get checked for a fracture.',
      'Deep groin pain with a limp, or pain that is constant at rest and at night.',
      'A hot, swollen hip area with fever.',
    ],
    source: { ref: 'travell-simons-v2', chapter: 'Gluteus minimus muscle', locator: 'also gluteus medius and tensor fasciae latae chapters' },
  },
  {
    id: 'patellofemoral-pain',
    name: 'Kneecap pain (patellofemoral pain)',
    synonyms: ['patellofemoral pain syndrome', "runner's knee", 'anterior knee pain', 'PFPS', 'chondromalacia patellae'],
    category: 'myofascial',
    description:
      'Aching around or behind the kneecap, worse on stairs, squatting, kneeling or after sitting with bent knees. ' +
      'Trigger points in the quadriceps refer pain around the kneecap and can pull it off its track, and the adductor longus refers pain to the inner knee. ' +
      'Tight, weak thigh muscles with trigger points are among the most common contributors.',
    muscles: ['rectus-femoris', 'vastus-medialis', 'vastus-lateralis', 'vastus-intermedius', 'adductor-longus'],
    redFlags: [
      'A knee that swells quickly after a twist or injury, locks, or gives way.',
      'A hot, red, swollen knee, especially with fever.',
      'Being unable to bear weight on the leg.',
      'A swollen, warm, tender calf (possible blood clot).',
    ],
    source: { ref: 'travell-simons-v2', chapter: 'Quadriceps femoris group' },
  },
  {
    id: 'hamstring-strain-pattern',
    name: 'Hamstring strain-like pain',
    synonyms: ['pulled hamstring', 'hamstring strain', 'tight hamstrings', 'back of thigh pain'],
    category: 'myofascial',
    description:
      'Pain and tightness in the back of the thigh that feels like a pulled hamstring, often worse when sitting, bending forward or sprinting. ' +
      'Trigger points in the hamstrings themselves, and in the gluteus minimus and piriformis higher up, refer pain into this area. ' +
      'A real tear usually follows a sudden pop and bruising; a trigger-point pattern builds up more gradually.',
    muscles: ['biceps-femoris', 'semitendinosus', 'semimembranosus', 'gluteus-minimus', 'piriformis'],
    redFlags: [
      'A sudden pop or sharp pain during activity followed by bruising, a gap in the muscle or weakness: see a clinician for a possible tear.',
      'A swollen, warm, tender calf or back of the thigh (possible blood clot).',
      'Pain running down the leg with numbness, tingling or weakness, or with back pain.',
    ],
    source: { ref: 'travell-simons-v2', chapter: 'Hamstring muscles' },
  },
  {
    id: 'plantar-heel-pain',
    name: 'Plantar heel pain',
    synonyms: ['plantar fasciitis', 'plantar fasciopathy', 'heel spur pain', "policeman's heel", 'first-step heel pain'],
    category: 'myofascial',
    description:
      'Sharp or bruised-feeling pain under the heel, typically worst with the first steps in the morning or after sitting. ' +
      'A tight calf puts extra strain on the tissue under the foot, and trigger points in the soleus refer pain straight to the heel, while the gastrocnemius refers into the arch. ' +
      'Releasing the calf muscles is part of easing the heel.',
    muscles: ['soleus', 'gastrocnemius-medial', 'gastrocnemius-lateral', 'quadratus-plantae', 'abductor-hallucis', 'tibialis-posterior'],
    redFlags: [
      'Heel pain after a fall or a jump from a height (possible fracture).',
      'Burning, numbness or tingling in the sole of the foot.',
      'A hot, swollen heel, fever, or pain in several joints at once.',
    ],
    source: { ref: 'travell-simons-v2', chapter: 'Soleus and plantaris muscles', locator: 'heel pain; also gastrocnemius chapter' },
  },
  {
    id: 'metatarsalgia',
    name: 'Pain in the ball of the foot (metatarsalgia)',
    synonyms: ['metatarsalgia', 'ball of foot pain', 'forefoot pain', "Morton's neuroma", 'painful toes', 'sore top of the foot'],
    category: 'myofascial',
    description:
      'Aching or burning under the ball of the foot, along the toes or on the top of the foot, worse when standing, walking far or wearing tight or high-heeled shoes. ' +
      'Trigger points in the long toe flexors and extensors of the leg and in the small muscles of the foot each send pain to a part of the forefoot or to one toe, and can imitate a pinched nerve between the toes or a joint problem.',
    muscles: [
      'flexor-digitorum-longus',
      'flexor-hallucis-longus',
      'extensor-hallucis-longus',
      'extensor-digitorum-brevis',
      'extensor-hallucis-brevis',
      'flexor-digitorum-brevis',
      'abductor-digiti-minimi-foot',
      'lumbricals-foot',
      'flexor-hallucis-brevis',
      'adductor-hallucis',
      'flexor-digiti-minimi-brevis-foot',
      'interossei-foot',
    ],
    redFlags: [
      'Pain at one spot on a metatarsal bone that hurts to press, after an increase in walking or running (possible stress fracture).',
      'A hot, red, swollen big toe joint or other joint (possible gout or infection).',
      'Numbness in both feet, a sore that does not heal, or diabetes (nerve damage needs a foot check).',
      'A cold, pale or bluish foot, or toes that hurt at rest and at night (poor circulation).',
    ],
    source: { ref: 'travell-simons-v2', locator: 'chapters 24–27: long toe extensors and flexors, superficial and deep intrinsic foot muscles' },
  },
  {
    id: 'ankle-instability',
    name: 'Weak, turning ankles',
    synonyms: ['ankle instability', 'weak ankles', 'ankle sprain', 'rolling the ankle', 'turned ankle', 'outer ankle pain'],
    category: 'gait',
    description:
      'Ankles that turn over easily, with pain around the outer ankle bone, often after a sprain. ' +
      'Trigger points in the fibularis muscles weaken the muscles that steady the ankle and refer pain around and behind the outer ankle bone, so the ankle keeps giving way long after the ligament has healed.',
    muscles: ['fibularis-longus', 'fibularis-brevis', 'fibularis-tertius'],
    redFlags: [
      'Unable to take four steps after a twist or fall, or tender bone at the back edge of an ankle bone or the base of the fifth metatarsal (possible fracture).',
      'A foot that drops or drags, or numbness on the top of the foot (the nerve below the knee).',
      'A hot, swollen ankle without an injury, or with fever.',
    ],
    source: { ref: 'travell-simons-v2', chapter: 20, locator: 'weak ankles' },
  },
  {
    id: 'posterior-knee-pain',
    name: 'Pain behind the knee',
    synonyms: ['back of knee pain', 'posterior knee pain', 'popliteal pain', "Baker's cyst", 'pain in the knee pit'],
    category: 'myofascial',
    description:
      'Pain in the hollow behind the knee, worse when crouching, running downhill or going down stairs, and sometimes a knee that will not quite straighten. ' +
      'Trigger points in popliteus, plantaris, the heads of gastrocnemius and the hamstrings refer pain to this place, and are easily overlooked when a scan shows a small cyst or a worn meniscus.',
    muscles: ['popliteus', 'plantaris', 'gastrocnemius-medial', 'gastrocnemius-lateral', 'biceps-femoris', 'semitendinosus', 'semimembranosus'],
    redFlags: [
      'A swollen, warm, tender calf below the painful knee, or pain after a long journey, surgery or immobility (possible blood clot): see a doctor the same day.',
      'A pulsing lump behind the knee (possible aneurysm of the artery).',
      'A knee that locks, gives way or swells quickly after a twist (possible meniscus or ligament tear).',
      'A hot, swollen knee, especially with fever.',
    ],
    source: { ref: 'travell-simons-v2', chapter: 17, locator: 'popliteus: differential diagnosis; also soleus and plantaris chapter' },
  },
  {
    id: 'shin-splints',
    name: 'Shin splints',
    synonyms: ['medial tibial stress syndrome', 'MTSS', 'shin pain', 'anterior shin splints'],
    category: 'myofascial',
    description:
      'Aching along the shin bone brought on by running, jumping or a sudden increase in training. ' +
      'Trigger points in the tibialis anterior and the long toe extensors cause pain at the front of the shin, and the soleus adds pain along the inner edge of the bone. ' +
      'Overloaded muscles with trigger points are a common and treatable part of the problem.',
    muscles: ['tibialis-anterior', 'extensor-digitorum-longus', 'soleus', 'tibialis-posterior'],
    redFlags: [
      'Pain at one spot on the bone that hurts to press, worsens with each run or aches at rest and at night (possible stress fracture).',
      'A tight, swollen lower leg with severe pain, numbness or tingling in the foot during or after exercise (possible compartment syndrome): get urgent care.',
      'A swollen, warm, tender calf (possible blood clot).',
    ],
    source: { ref: 'travell-simons-v2', chapter: 'Tibialis anterior muscle', locator: 'shin splints; also soleus chapter' },
  },
  {
    id: 'calf-cramps',
    name: 'Calf cramps',
    synonyms: ['night cramps', 'leg cramps', 'charley horse', 'nocturnal calf cramps'],
    category: 'myofascial',
    description:
      'Sudden, painful tightening of the calf, often at night or after a long day on the feet. ' +
      'Trigger points in the gastrocnemius are strongly linked with night-time calf cramps, and those in the soleus add aching in the calf and heel. ' +
      'Gentle stretching of the calf and treating these trigger points often reduces how often cramps happen.',
    muscles: ['gastrocnemius-medial', 'gastrocnemius-lateral', 'soleus', 'plantaris', 'flexor-digitorum-longus', 'flexor-hallucis-longus'],
    redFlags: [
      'A calf that stays swollen, warm, red or tender (possible blood clot): see a doctor the same day.',
      'Cramping calf pain that comes on with walking and goes away with rest (possible poor circulation).',
      'Cramps together with muscle weakness, wasting or numbness, or that began with a new medicine.',
    ],
    source: { ref: 'travell-simons-v2', chapter: 'Gastrocnemius muscle', locator: 'nocturnal calf cramps' },
  },
  {
    id: 'forward-head-posture',
    name: 'Forward head posture',
    synonyms: ['text neck', 'poking chin', 'head-forward posture', 'forward head carriage'],
    category: 'postural',
    description:
      'A habitual posture with the head pushed forward of the shoulders and the shoulders rolled in, common with screens, desk work and driving. ' +
      'It overloads the muscles at the back of the neck and under the skull, shortens the chest and front-of-neck muscles, and both activates and keeps alive trigger points in them. ' +
      'Correcting the posture is part of any lasting relief of neck, head and shoulder pain.',
    muscles: [
      'sternocleidomastoid-sternal',
      'sternocleidomastoid-clavicular',
      'rectus-capitis-posterior-major',
      'rectus-capitis-posterior-minor',
      'obliquus-capitis-superior',
      'obliquus-capitis-inferior',
      'splenius-capitis',
      'semispinalis-capitis',
      'scalenus-anterior',
      'scalenus-medius',
      'scalenus-posterior',
      'trapezius-upper',
      'trapezius-middle',
      'trapezius-lower',
      'levator-scapulae',
      'pectoralis-major',
      'pectoralis-minor',
    ],
    redFlags: [
      'Neck pain with numbness, tingling or weakness in the arms or legs, clumsy hands, or problems with balance.',
      'A rounding of the upper back that appears or worsens quickly, or sudden back pain in an older person (possible spinal fracture).',
      'Neck stiffness with fever or feeling very unwell.',
    ],
    source: { ref: 'chaitow-delany-v1', locator: 'posture and upper crossed syndrome' },
  },
  {
    id: 'leg-length-inequality',
    name: 'Leg length difference',
    synonyms: ['leg length inequality', 'leg length discrepancy', 'short leg', 'uneven hips', 'small hemipelvis'],
    category: 'postural',
    description:
      'One leg, or one half of the pelvis, is slightly shorter than the other, so the pelvis tilts and the spine bends to compensate when standing, walking or sitting. ' +
      'This constant uneven load is one of the most common reasons trigger points in the quadratus lumborum, gluteal muscles and piriformis keep coming back. ' +
      'A measured difference can often be evened out with a heel lift or a sitting pad.',
    muscles: [
      'quadratus-lumborum',
      'gluteus-medius',
      'gluteus-minimus',
      'piriformis',
      'iliocostalis-lumborum',
      'scalenus-anterior',
      'scalenus-medius',
      'scalenus-posterior',
    ],
    redFlags: [
      'A leg that suddenly looks shorter or turns outwards after a fall, with hip or groin pain: get checked for a fracture.',
      'A child or teenager who starts limping or has hip, thigh or knee pain.',
      'A curve of the spine that is increasing, especially while still growing.',
    ],
    source: { ref: 'travell-simons-v2', chapter: 'Quadratus lumborum muscle', locator: 'lower limb-length inequality and small hemipelvis' },
  },
  {
    id: 'gait-dysfunction',
    name: 'Walking problems (gait dysfunction)',
    synonyms: ['gait dysfunction', 'limp', 'abnormal gait', 'knee buckling', 'tripping', 'weak ankle'],
    category: 'gait',
    description:
      'Changes in the way you walk: a limp, a hip that drops, a knee that suddenly buckles, or a foot that catches and trips. ' +
      'Trigger points weaken the muscles they sit in and make movement painful, so the body quietly changes its walking pattern, which then overloads other muscles. ' +
      'Trigger points in the hip, thigh and lower leg muscles are common causes, for example the vastus medialis for a buckling knee and the tibialis anterior for a catching foot.',
    muscles: [
      'gluteus-medius',
      'gluteus-minimus',
      'gluteus-maximus',
      'quadratus-lumborum',
      'psoas-major',
      'iliacus',
      'tensor-fasciae-latae',
      'vastus-medialis',
      'tibialis-anterior',
      'fibularis-longus',
      'gastrocnemius-medial',
      'gastrocnemius-lateral',
      'soleus',
      'tibialis-posterior',
      'fibularis-brevis',
      'extensor-hallucis-longus',
    ],
    redFlags: [
      'Sudden weakness, numbness or a drooping face on one side, or slurred speech: call emergency services.',
      'A foot that drops or drags, or weakness that steadily gets worse.',
      'Frequent falls, unsteadiness or dizziness when walking.',
      'Being unable to put weight on a leg after a fall or injury.',
    ],
    source: { ref: 'travell-simons-v2', locator: 'Part 2 and Part 3 overviews; gluteus medius, vastus medialis and tibialis anterior chapters' },
  },
] as const satisfies readonly Condition[]

/** Every condition: the core list, then the serious mimics, ischaemia, nerves, posture and gait (data/condition-sets/). */
export const CONDITIONS: readonly Condition[] = [
  ...CORE_CONDITIONS,
  ...MIMIC_CONDITIONS,
  ...ISCHEMIA_CONDITIONS,
  ...NERVE_CONDITIONS,
  ...POSTURE_GAIT_CONDITIONS,
]
