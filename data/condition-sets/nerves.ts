/**
 * Nerves pinched by soft tissue (neural entrapment: a muscle, a fascial band, a tunnel of ligament) and by bone or
 * disc (nerve compression: radiculopathy by level). Trigger points imitate both: their pain follows the same lines,
 * but without numbness, weakness or lost reflexes.
 */
import type { Condition } from '../schema'

const RADICULAR_FLAGS = [
  'Weakness that is getting worse, a foot that drops or a hand that loses its grip.',
  'Numbness around the genitals or back passage, or new trouble passing or holding urine or stool (possible cauda equina syndrome): get urgent care.',
  'Symptoms in both arms or both legs, clumsy hands or unsteady walking (possible pressure on the spinal cord).',
  'Pain after a fall or injury, or with fever, weight loss or a history of cancer.',
] as const

export const NERVE_CONDITIONS = [
  {
    id: 'pronator-teres-syndrome',
    name: 'Pronator teres syndrome',
    synonyms: ['pronator syndrome', 'median nerve entrapment at the elbow', 'pronator teres entrapment'],
    category: 'neural-entrapment',
    description:
      'Aching in the front of the forearm with tingling in the thumb, index and middle fingers, brought on by repeated turning of the palm down or gripping. ' +
      'The median nerve passes between the two heads of the pronator teres and under the fibrous arch of the flexor digitorum superficialis; a tight, trigger-point-laden muscle can press on it there. ' +
      'Unlike carpal tunnel syndrome the palm is numb too and night symptoms are less typical.',
    muscles: ['flexor-digitorum-superficialis', 'flexor-carpi-radialis', 'palmaris-longus'],
    redFlags: [
      'Numbness or weakness that is getting worse, or wasting of the thumb muscles.',
      'Symptoms after an elbow injury or fracture, or with a swelling at the elbow.',
      'Numbness in both hands, or with neck pain and clumsiness (possible nerve root or spinal cord problem).',
    ],
    source: { ref: 'travell-simons-v1', chapter: 38, locator: 'hand and finger flexors in the forearm: median nerve entrapment' },
  },
  {
    id: 'radial-tunnel-syndrome',
    name: 'Supinator entrapment (radial tunnel syndrome)',
    synonyms: ['radial tunnel syndrome', 'posterior interosseous nerve entrapment', 'supinator syndrome', 'resistant tennis elbow'],
    category: 'neural-entrapment',
    description:
      'Deep aching a few finger-widths below the outer elbow, often taken for a tennis elbow that will not heal, sometimes with weak finger and thumb extension. ' +
      'The deep branch of the radial nerve runs through the supinator under its fibrous upper edge (the arcade of Frohse) and past the edge of the extensor carpi radialis brevis; a tight supinator can squeeze it.',
    muscles: ['supinator', 'extensor-carpi-radialis-brevis', 'brachioradialis'],
    redFlags: [
      'Weakness in lifting the wrist or straightening the fingers that is getting worse (a dropping wrist or fingers).',
      'A lump at the outer elbow or forearm.',
      'Symptoms after an elbow dislocation or fracture.',
    ],
    source: { ref: 'travell-simons-v1', chapter: 36, locator: 'supinator: entrapment of the deep radial nerve' },
  },
  {
    id: 'meralgia-paresthetica',
    name: 'Meralgia paresthetica',
    synonyms: ['lateral femoral cutaneous nerve entrapment', 'burning outer thigh', 'numb outer thigh', 'Bernhardt-Roth syndrome'],
    category: 'neural-entrapment',
    description:
      'Burning, tingling or numbness over the front and outside of the thigh, with no weakness. ' +
      'The lateral femoral cutaneous nerve leaves the pelvis just inside the front point of the hip bone, under the inguinal ligament and next to the top of the sartorius; tight belts, heavy tool belts, weight gain and tight upper sartorius or iliacus can press on it.',
    muscles: ['sartorius', 'iliacus', 'tensor-fasciae-latae'],
    redFlags: [
      'Weakness of the thigh or a knee that gives way (a nerve root or femoral nerve problem, not this).',
      'Numbness that spreads, or appears on both sides.',
      'Thigh symptoms with fever, weight loss or a lump in the groin or belly.',
    ],
    source: { ref: 'travell-simons-v2', chapter: 12, locator: 'sartorius: entrapment of the lateral femoral cutaneous nerve' },
  },
  {
    id: 'tarsal-tunnel-syndrome',
    name: 'Tarsal tunnel syndrome',
    synonyms: ['tibial nerve entrapment at the ankle', 'tarsal tunnel', 'burning sole', 'posterior tibial nerve entrapment'],
    category: 'neural-entrapment',
    description:
      'Burning, tingling or numbness in the sole and the inner heel, often worse after standing or walking and at night. ' +
      'The tibial nerve runs behind the inner ankle bone under a band of ligament, together with the tendons of the deep calf muscles, and its branches then pass under the abductor hallucis; swelling, a flat, rolling-in foot and tight muscles in the tunnel can press on it. ' +
      'Trigger points in the deep calf and the sole give similar pain but not the numbness.',
    muscles: ['soleus', 'gastrocnemius-medial'],
    redFlags: [
      'Numbness in both feet, or climbing up the legs (possible neuropathy, e.g. from diabetes).',
      'Weakness of the toes or a foot that drops.',
      'A swelling behind the inner ankle, or symptoms after an ankle fracture.',
    ],
    source: { ref: 'travell-simons-v2', chapter: 'Superficial intrinsic foot muscles', locator: 'abductor hallucis: entrapment of the tibial nerve branches' },
  },
  {
    id: 'cervical-radiculopathy-c6',
    name: 'C6 nerve root irritation',
    synonyms: ['C6 radiculopathy', 'pinched nerve in the neck', 'C5-C6 disc', 'cervical radiculopathy C6'],
    category: 'nerve-compression',
    description:
      'Pain from the neck down the outside of the arm and the thumb side of the forearm into the thumb and index finger, with tingling there, from a C6 nerve root pressed by a disc or bony narrowing at C5–C6. ' +
      'Scalene, infraspinatus, brachialis, brachioradialis and supinator trigger points refer pain along much the same line; numbness, a weak biceps and a lost biceps reflex point to the root.',
    muscles: ['scalenus-anterior', 'scalenus-medius', 'scalenus-posterior', 'infraspinatus', 'brachialis', 'brachioradialis', 'supinator', 'extensor-carpi-radialis-longus'],
    redFlags: RADICULAR_FLAGS,
    source: { ref: 'goodman-snyder-2018', locator: 'cervical radiculopathy by level; also Travell & Simons v1 ch. 20 (scalenes)' },
  },
  {
    id: 'cervical-radiculopathy-c7',
    name: 'C7 nerve root irritation',
    synonyms: ['C7 radiculopathy', 'C6-C7 disc', 'cervical radiculopathy C7', 'pinched nerve middle finger'],
    category: 'nerve-compression',
    description:
      'Pain from the neck and the shoulder blade down the back of the arm and forearm into the middle finger, from a C7 root pressed at C6–C7, the most common level. ' +
      'Triceps, latissimus dorsi, pectoralis minor and finger extensor trigger points refer pain along the same path; numbness of the middle finger, a weak triceps and a lost triceps reflex point to the root.',
    muscles: ['triceps-long-head', 'triceps-lateral-head', 'triceps-medial-head', 'latissimus-dorsi', 'pectoralis-minor', 'extensor-digitorum', 'scalenus-posterior'],
    redFlags: RADICULAR_FLAGS,
    source: { ref: 'goodman-snyder-2018', locator: 'cervical radiculopathy by level; also Travell & Simons v1 ch. 32 (triceps)' },
  },
  {
    id: 'cervical-radiculopathy-c8',
    name: 'C8 nerve root irritation',
    synonyms: ['C8 radiculopathy', 'C7-T1 disc', 'cervical radiculopathy C8', 'pinched nerve little finger'],
    category: 'nerve-compression',
    description:
      'Pain down the inner arm and forearm to the ring and little fingers, with a weak grip, from a C8 root pressed at C7–T1. ' +
      'Pectoralis major and minor, serratus anterior, latissimus dorsi and the ulnar finger flexors refer pain to the same edge of the arm and hand, and a thoracic outlet problem can look alike.',
    muscles: ['pectoralis-major', 'pectoralis-minor', 'serratus-anterior', 'latissimus-dorsi', 'triceps-lateral-head', 'triceps-medial-head', 'flexor-digitorum-superficialis'],
    redFlags: RADICULAR_FLAGS,
    source: { ref: 'goodman-snyder-2018', locator: 'cervical radiculopathy by level; also Travell & Simons v1 ch. 42, 44 (pectorals)' },
  },
  {
    id: 'lumbar-radiculopathy-l4',
    name: 'L4 nerve root irritation',
    synonyms: ['L4 radiculopathy', 'L3-L4 disc', 'lumbar radiculopathy L4', 'femoral nerve pain'],
    category: 'nerve-compression',
    description:
      'Pain from the low back into the front of the thigh, the knee and the inside of the shin, from an L4 root pressed at L3–L4. ' +
      'Quadriceps, adductor and iliopsoas trigger points refer pain to the front of the thigh and the knee; a weak knee, a lost knee reflex or numbness on the inner shin point to the root.',
    muscles: ['vastus-medialis', 'rectus-femoris', 'vastus-intermedius', 'adductor-longus', 'psoas-major', 'iliacus'],
    redFlags: RADICULAR_FLAGS,
    source: { ref: 'goodman-snyder-2018', locator: 'lumbar radiculopathy by level; also Travell & Simons v2 ch. 14 (quadriceps)' },
  },
  {
    id: 'lumbar-radiculopathy-l5',
    name: 'L5 nerve root irritation',
    synonyms: ['L5 radiculopathy', 'L4-L5 disc', 'lumbar radiculopathy L5', 'sciatica to the big toe'],
    category: 'nerve-compression',
    description:
      'Pain from the buttock down the outside of the thigh and leg to the top of the foot and the big toe, from an L5 root pressed at L4–L5. ' +
      'The anterior gluteus minimus draws almost the same line (the "pseudo-sciatica" of the manual), and tibialis anterior, the long toe extensors and the fibulars add the lower leg; a weak big toe or ankle lift points to the root.',
    muscles: ['gluteus-minimus', 'gluteus-medius', 'tibialis-anterior', 'extensor-digitorum-longus', 'fibularis-longus', 'tensor-fasciae-latae', 'vastus-lateralis'],
    redFlags: RADICULAR_FLAGS,
    source: { ref: 'goodman-snyder-2018', locator: 'lumbar radiculopathy by level; also Travell & Simons v2 ch. 9 (gluteus minimus)' },
  },
  {
    id: 'lumbar-radiculopathy-s1',
    name: 'S1 nerve root irritation',
    synonyms: ['S1 radiculopathy', 'L5-S1 disc', 'lumbar radiculopathy S1', 'sciatica to the little toe'],
    category: 'nerve-compression',
    description:
      'Pain from the buttock down the back of the thigh and calf to the heel, the outer edge of the foot and the sole, from an S1 root pressed at L5–S1. ' +
      'Posterior gluteus minimus, piriformis, hamstring, gastrocnemius and soleus trigger points refer along the same back line; a weak push-off, a lost ankle reflex or numbness of the outer foot point to the root.',
    muscles: ['gluteus-minimus', 'piriformis', 'biceps-femoris', 'semitendinosus', 'semimembranosus', 'gastrocnemius-medial', 'gastrocnemius-lateral', 'soleus'],
    redFlags: RADICULAR_FLAGS,
    source: { ref: 'goodman-snyder-2018', locator: 'lumbar radiculopathy by level; also Travell & Simons v2 ch. 10 (piriformis), 16 (hamstrings)' },
  },
] as const satisfies readonly Condition[]
