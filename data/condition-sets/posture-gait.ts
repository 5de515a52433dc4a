/**
 * Posture and gait: the habitual ways of standing, sitting and walking that overload muscles and keep their trigger
 * points alive. They are perpetuating factors rather than diagnoses; the red flags say when the posture or the limp is
 * itself a sign of something else.
 */
import type { Condition } from '../schema'

export const POSTURE_GAIT_CONDITIONS = [
  {
    id: 'upper-crossed-syndrome',
    name: 'Upper crossed pattern',
    synonyms: ['upper crossed syndrome', 'rounded shoulders', 'hunched shoulders', 'desk posture', 'slumped posture'],
    category: 'postural',
    description:
      'A posture in which the chest muscles and the muscles from the neck to the shoulder (upper trapezius, levator scapulae) are short and tight, while the deep neck flexors and the muscles that hold the shoulder blades down and back (middle and lower trapezius, rhomboids, serratus anterior) are long and weak. ' +
      'The tight and the weak groups cross each other seen from the side, hence the name. The head pokes forward, the shoulders roll in and the shoulder blades wing, and the overloaded muscles on both sides of the cross collect trigger points.',
    muscles: ['trapezius-upper', 'levator-scapulae', 'pectoralis-major', 'pectoralis-minor', 'sternocleidomastoid-sternal', 'sternocleidomastoid-clavicular', 'trapezius-middle', 'trapezius-lower', 'rhomboid-major', 'rhomboid-minor', 'serratus-anterior'],
    redFlags: [
      'Neck or upper back pain with numbness, tingling or weakness in the arms, clumsy hands or unsteady walking.',
      'A rounding of the upper back that appears or worsens quickly, or sudden back pain in an older person (possible spinal fracture).',
      'Shoulder-tip or upper back pain with chest pain, breathlessness or sweating (the heart), or after a blow to the belly (the spleen or liver): call emergency services.',
    ],
    source: { ref: 'chaitow-delany-v1', locator: 'postural patterns: upper crossed syndrome (after Janda)' },
  },
  {
    id: 'lower-crossed-syndrome',
    name: 'Lower crossed pattern',
    synonyms: ['lower crossed syndrome', 'sway back', 'hollow back', 'tight hip flexors', 'weak glutes'],
    category: 'postural',
    description:
      'A posture in which the hip flexors (iliopsoas, rectus femoris, tensor fasciae latae) and the low back extensors are short and tight, while the abdominal and gluteal muscles are long and weak. ' +
      'The pelvis tips forward, the low back hollows, and walking and standing load the low back and the hips unevenly, feeding trigger points in the quadratus lumborum, the paraspinal muscles and the gluteals.',
    muscles: ['psoas-major', 'iliacus', 'rectus-femoris', 'tensor-fasciae-latae', 'longissimus-thoracis', 'iliocostalis-lumborum', 'multifidus', 'quadratus-lumborum', 'rectus-abdominis', 'external-oblique', 'gluteus-maximus', 'gluteus-medius'],
    redFlags: [
      'Low back pain with numbness around the genitals or back passage, or new trouble passing or holding urine or stool: get urgent care.',
      'Low back pain with fever, unexplained weight loss, a history of cancer, or pain that is worst at night and not eased by rest.',
      'Back pain after a fall or in someone with thin bones (possible fracture).',
    ],
    source: { ref: 'janda-1987', locator: 'the lower (pelvic) crossed syndrome; also Chaitow & DeLany v2, posture' },
  },
  {
    id: 'pelvic-tilt',
    name: 'Pelvic tilt and torsion',
    synonyms: ['tilted pelvis', 'anterior pelvic tilt', 'posterior pelvic tilt', 'lateral pelvic tilt', 'pelvic obliquity', 'hip hike', 'twisted pelvis'],
    category: 'postural',
    description:
      'A pelvis held tipped forward or back, dropped on one side, or twisted, when standing or sitting. ' +
      'Forward tilt goes with tight hip flexors and back extensors, backward tilt with tight hamstrings, and a sideways tilt with a tight quadratus lumborum, a short leg or a small half of the pelvis. ' +
      'Each keeps the muscles on one side working all day and so keeps their trigger points going; evening out the tilt is part of the treatment.',
    muscles: ['quadratus-lumborum', 'psoas-major', 'iliacus', 'gluteus-medius', 'gluteus-minimus', 'piriformis', 'rectus-femoris', 'biceps-femoris', 'semitendinosus', 'semimembranosus', 'adductor-longus', 'adductor-magnus'],
    redFlags: [
      'A tilt or a curve of the spine that is increasing, especially while still growing.',
      'A pelvis that tilts after a fall, with hip or groin pain or a leg that turns outwards (possible fracture).',
      'Pain in the sacroiliac joints with morning stiffness for more than half an hour in a young adult, or with eye inflammation or psoriasis (possible inflammatory arthritis).',
    ],
    source: { ref: 'travell-simons-v2', chapter: 4, locator: 'quadratus lumborum: pelvic tilt and torsion as perpetuating factors' },
  },
  {
    id: 'overpronation',
    name: 'Overpronation (rolling-in foot)',
    synonyms: ['overpronation', 'flat feet', 'fallen arches', 'pes planus', 'rolling in', "Morton's foot", 'long second toe'],
    category: 'gait',
    description:
      'A foot that rolls in too far or for too long when it takes weight, so the arch flattens and the shin turns in. ' +
      'A long second metatarsal with a short first one (the Morton foot structure) is a classic cause in the manual: the foot wobbles over the second metatarsal head and the fibularis longus, the calf muscles, the vastus medialis and the gluteus medius work harder at every step.',
    muscles: ['fibularis-longus', 'tibialis-anterior', 'soleus', 'gastrocnemius-medial', 'gastrocnemius-lateral', 'vastus-medialis', 'gluteus-medius', 'tensor-fasciae-latae'],
    redFlags: [
      'A foot whose arch flattens over weeks or months on one side, with pain behind the inner ankle (possible failing tibialis posterior tendon).',
      'A hot, red, swollen foot, especially with diabetes or numb feet (possible Charcot foot or infection): see a doctor the same day.',
      'A rigid flat foot in a child or teenager.',
    ],
    source: { ref: 'travell-simons-v2', chapter: 20, locator: 'fibular muscles: the Morton foot structure' },
  },
  {
    id: 'antalgic-gait',
    name: 'Limp (antalgic gait)',
    synonyms: ['limp', 'limping', 'antalgic gait', 'favouring one leg', 'hip drop', 'Trendelenburg gait'],
    category: 'gait',
    description:
      'Walking that spares a painful leg: a short, quick step onto it, or a dip of the pelvis or a lean of the trunk over it. ' +
      'A limp protects the painful part but overloads the other side and the muscles of the hip and trunk, so trigger points in the gluteus medius and minimus, the quadratus lumborum and the calf often follow a limp and outlast what caused it.',
    muscles: ['gluteus-medius', 'gluteus-minimus', 'quadratus-lumborum', 'tensor-fasciae-latae', 'soleus', 'gastrocnemius-medial', 'gastrocnemius-lateral'],
    redFlags: [
      'A child who limps, will not bear weight, or has a fever with it: see a doctor the same day.',
      'A limp after a fall, with hip or groin pain or a leg that turns outwards (possible fracture).',
      'A hot, swollen joint, or a limp with fever.',
      'A limp that comes with sudden weakness, numbness or a drooping face: call emergency services.',
    ],
    source: { ref: 'travell-simons-v2', chapter: 8, locator: 'gluteus medius: gait and the Trendelenburg sign' },
  },
  {
    id: 'heel-strike-overload',
    name: 'Hard heel strike',
    synonyms: ['heel strike', 'heavy heel strike', 'heel striking', 'pounding gait', 'foot slap'],
    category: 'gait',
    description:
      'Landing hard on the heel with the knee straight, or letting the forefoot slap down after the heel. ' +
      'The tibialis anterior and the toe extensors must brake the foot at every heel strike, and the soleus and the quadriceps must absorb the jolt; hard surfaces, stiff shoes and long strides overload them and feed shin and heel pain.',
    muscles: ['tibialis-anterior', 'extensor-digitorum-longus', 'soleus', 'gastrocnemius-medial', 'vastus-medialis', 'rectus-femoris'],
    redFlags: [
      'A foot that slaps or drops and cannot be lifted at the ankle (possible nerve damage): see a doctor.',
      'Heel pain in both heels with morning stiffness of the back or other joints (possible inflammatory arthritis).',
      'Heel or shin pain at one spot on the bone that hurts to press and worsens with each run (possible stress fracture).',
    ],
    source: { ref: 'travell-simons-v2', chapter: 19, locator: 'tibialis anterior: foot slap and deceleration at heel strike' },
  },
] as const satisfies readonly Condition[]
