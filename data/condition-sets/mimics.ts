/**
 * Trigger point pain that can be mistaken for, or can hide, something serious in the organs beneath: the belly wall,
 * the groin, the pelvis, between the shoulder blades, the flank, the tailbone. Each carries the red flags that send a
 * person to a doctor first. Descriptions are our own summaries; the red flags follow the screening literature.
 */
import type { Condition } from '../schema'

export const MIMIC_CONDITIONS = [
  {
    id: 'abdominal-wall-pain',
    name: 'Abdominal wall pain',
    synonyms: ['belly wall pain', 'stomach muscle pain', 'pseudo-appendicitis', 'abdominal muscle trigger points', 'side stitch'],
    category: 'myofascial',
    description:
      'Pain in the belly that comes from the muscles of its wall rather than from the organs inside. ' +
      'Trigger points in the rectus abdominis and the obliques can imitate heartburn, colic, appendicitis or period pain, and the lowest ones can send pain across the low back. ' +
      'It tends to change with sitting up, twisting or tensing the belly, and pressing one spot reproduces it — but the organs must be ruled out first.',
    muscles: ['rectus-abdominis', 'external-oblique'],
    redFlags: [
      'Pain that starts around the navel and settles low on the right, with fever, loss of appetite or vomiting (possible appendicitis): get seen the same day.',
      'Waves of severe pain from the side of the back into the groin, or blood in the urine (possible kidney stone).',
      'Pain under the right ribs after fatty meals, or with yellowing of the skin or eyes (possible gallbladder disease).',
      'Low belly pain in someone who could be pregnant, with a missed period, bleeding, shoulder-tip pain or fainting (possible ectopic pregnancy): call emergency services.',
      'A hard, rigid belly, vomiting blood, black or bloody stools, or a painful lump that will not go back in.',
    ],
    source: { ref: 'travell-simons-v1', chapter: 49, locator: 'abdominal muscles: symptoms that mimic visceral disease' },
  },
  {
    id: 'groin-pain',
    name: 'Groin and inner thigh pain',
    synonyms: ['groin strain', 'pulled groin', 'adductor pain', 'inguinal pain', 'testicle pain', 'pubic pain'],
    category: 'myofascial',
    description:
      'Aching in the groin, the inner thigh or deep at the front of the hip. ' +
      'Trigger points in the adductors, the iliopsoas, the sartorius and the lowest part of the belly wall send pain here, and the quadratus lumborum can add pain down into the groin and testicle. ' +
      'It often follows sport with quick changes of direction or long sitting with the knees crossed; hernia, the hip joint and the testicles must be checked first.',
    muscles: ['adductor-longus', 'adductor-magnus', 'gracilis', 'sartorius', 'iliacus', 'psoas-major', 'external-oblique', 'rectus-abdominis', 'quadratus-lumborum'],
    redFlags: [
      'Sudden, severe pain in a testicle, with swelling or vomiting (possible torsion): call emergency services, it must be treated within hours.',
      'A lump in the groin that grows on coughing or straining, or one that becomes painful, tense and will not go back in (possible strangulated hernia): get urgent care.',
      'Being unable to bear weight, or groin pain after a fall, especially in an older person (possible hip fracture).',
      'A child or teenager with groin, thigh or knee pain and a limp (possible hip joint disease).',
      'Fever, burning when passing urine, blood in the urine, or swollen glands in the groin.',
    ],
    source: { ref: 'goodman-snyder-2018', locator: 'screening the hip, groin and sacroiliac region; also Travell & Simons v2 ch. 15 (adductors)' },
  },
  {
    id: 'pelvic-pain',
    name: 'Chronic pelvic pain',
    synonyms: ['pelvic floor pain', 'painful periods', 'dysmenorrhoea', 'dysmenorrhea', 'perineal pain', 'vaginal pain', 'rectal pain'],
    category: 'myofascial',
    description:
      'Aching deep in the pelvis, around the pubic bone or the perineum, or cramping that makes periods more painful. ' +
      'Trigger points in the lowest part of the rectus abdominis, in the proximal adductor magnus and in the muscles of the pelvic floor refer pain into the pelvis. ' +
      'A gynaecological, bladder or bowel cause must be excluded before it is treated as muscle pain.',
    muscles: ['rectus-abdominis', 'adductor-magnus', 'gluteus-maximus'],
    redFlags: [
      'Sudden low belly or pelvic pain in someone who could be pregnant, or with bleeding or fainting (possible ectopic pregnancy): call emergency services.',
      'Numbness around the genitals or back passage, or new trouble passing or holding urine or stool (possible cauda equina syndrome): get urgent care.',
      'Fever, unusual discharge, bleeding between periods or after the menopause, or bleeding from the back passage.',
      'Pelvic pain with weight loss or a feeling of a mass.',
    ],
    source: { ref: 'travell-simons-v2', chapter: 6, locator: 'pelvic floor muscles; also v2 ch. 15 (adductor magnus) and v1 ch. 49 (dysmenorrhoea)' },
  },
  {
    id: 'interscapular-pain',
    name: 'Pain between the shoulder blades',
    synonyms: ['interscapular pain', 'upper back pain', 'pain beside the shoulder blade', 'knot between the shoulder blades'],
    category: 'myofascial',
    description:
      'A nagging ache or burning between the spine and the shoulder blade, often worse after desk work or carrying a bag on one shoulder. ' +
      'The rhomboids and the middle and lower trapezius are felt there, but much of it is referred: from the scalenes, the levator scapulae, the infraspinatus and the latissimus dorsi. ' +
      'The heart, the aorta and the lungs can also send pain here, so new pain needs its red flags checked first.',
    muscles: ['rhomboid-major', 'rhomboid-minor', 'trapezius-middle', 'trapezius-lower', 'infraspinatus', 'levator-scapulae', 'scalenus-anterior', 'scalenus-medius', 'scalenus-posterior', 'latissimus-dorsi', 'serratus-anterior'],
    redFlags: [
      'Pressure or tightness in the chest, pain spreading to the arm, neck or jaw, breathlessness, sweating or nausea (possible heart attack): call emergency services.',
      'Sudden, tearing or ripping pain between the shoulder blades (possible tear of the aorta): call emergency services.',
      'Pain that is sharper on breathing in, with sudden breathlessness or coughing blood (possible clot in the lung).',
      'Right shoulder-blade pain after fatty meals, or with yellowing skin (possible gallbladder disease).',
      'Back pain with fever, unexplained weight loss, a history of cancer, or pain that is worst at night.',
    ],
    source: { ref: 'goodman-snyder-2018', locator: 'screening the chest, back and shoulder for viscerogenic pain; also Travell & Simons v1 ch. 27 (rhomboids)' },
  },
  {
    id: 'flank-pain',
    name: 'Flank and side-of-trunk pain',
    synonyms: ['flank pain', 'side pain', 'loin pain', 'kidney area pain', 'pain in the side'],
    category: 'myofascial',
    description:
      'Aching along the side of the trunk, between the lowest ribs and the iliac crest. ' +
      'Trigger points in the latissimus dorsi, the quadratus lumborum, the iliocostalis and the obliques send pain here, usually worse with reaching, twisting or lying on that side. ' +
      'The kidney lies just beneath, so pain here with fever or urinary symptoms is the kidney until proven otherwise.',
    muscles: ['latissimus-dorsi', 'quadratus-lumborum', 'iliocostalis-lumborum', 'external-oblique', 'serratus-anterior'],
    redFlags: [
      'Fever, shivering, pain or burning when passing urine, or cloudy or bloody urine (possible kidney infection): see a doctor the same day.',
      'Waves of severe pain from the flank into the groin that make it impossible to keep still (possible kidney stone).',
      'Sudden severe flank, back or belly pain in an older person, especially with a pulsing feeling in the belly or fainting (possible aortic aneurysm): call emergency services.',
      'A burning band of pain on one side followed by a blistering rash (possible shingles).',
    ],
    source: { ref: 'goodman-snyder-2018', locator: 'screening for renal and urological causes of back and flank pain; also Travell & Simons v1 ch. 24 (latissimus dorsi)' },
  },
  {
    id: 'coccydynia',
    name: 'Tailbone pain (coccydynia)',
    synonyms: ['coccydynia', 'coccygodynia', 'tailbone pain', 'coccyx pain', 'sore tailbone when sitting'],
    category: 'myofascial',
    description:
      'Pain at the tailbone, worse when sitting on hard chairs or getting up from sitting. ' +
      'Trigger points in the lowest part of the gluteus maximus, the pelvic floor muscles and the deep spinal muscles at the sacrum refer pain to the coccyx, often without anything wrong with the bone itself.',
    muscles: ['gluteus-maximus', 'multifidus'],
    redFlags: [
      'Tailbone pain after a fall onto the bottom that makes sitting impossible (possible fracture).',
      'A painful swelling, redness or discharge in the cleft above the tailbone, or fever (possible abscess).',
      'Numbness around the genitals or back passage, or new trouble passing or holding urine or stool: get urgent care.',
      'Tailbone pain with weight loss, night pain or a history of cancer.',
    ],
    source: { ref: 'travell-simons-v2', chapter: 7, locator: 'gluteus maximus: coccygodynia; also ch. 6 (pelvic floor)' },
  },
] as const satisfies readonly Condition[]
