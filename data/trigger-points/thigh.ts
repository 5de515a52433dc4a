/**
 * Trigger points of the thigh: quadriceps (rectus femoris, vastus lateralis, medialis, intermedius), adductors
 * (longus, magnus, gracilis), sartorius and hamstrings (Travell & Simons Vol. 2, chapters 12, 14, 15 and 16).
 *
 * Authored for the LEFT muscle; mirrored for the right. Referral shapes are our own rendering of the published
 * descriptions: essential = felt by nearly everyone with that trigger point, spillover = felt by some.
 */
import { areaZone } from './area-zone'
import type { Blob, ReferralZone, TriggerPoint } from '../schema'

const SARTORIUS = { ref: 'travell-simons-v2', chapter: 12 } as const
const QUADRICEPS = { ref: 'travell-simons-v2', chapter: 14 } as const
const ADDUCTORS = { ref: 'travell-simons-v2', chapter: 15 } as const
const HAMSTRINGS = { ref: 'travell-simons-v2', chapter: 16 } as const

/** Straight down the outside of the thigh, from below the greater trochanter to above the lateral knee. */
const OUTER_THIGH = {
  at: { landmark: 'greater-trochanter', offset: [0.02, -0.03, 0] },
  to: { landmark: 'femur-lateral-epicondyle', offset: [0.01, 0.04, 0] },
  radius: 0.05,
  facing: 'lateral',
} as const satisfies Blob

/** The outer side of the knee. */
const OUTER_KNEE = {
  at: { landmark: 'femur-lateral-epicondyle', offset: [0.01, -0.01, 0.01] },
  radius: 0.04,
  facing: 'lateral',
} as const satisfies Blob

/** The hollow at the back of the knee. */
const BACK_OF_KNEE = {
  at: { landmark: 'fibular-head', offset: [-0.03, 0.04, -0.04] },
  radius: 0.045,
  facing: 'posterior',
} as const satisfies Blob

/** Down the inside of the thigh, from below the groin to above the inner knee. */
const INNER_THIGH = {
  at: { landmark: 'pubic-tubercle', offset: [0, -0.05, -0.03] },
  to: { landmark: 'femur-medial-epicondyle', offset: [-0.01, 0.06, 0] },
  radius: 0.045,
  facing: 'medial',
} as const satisfies Blob

/** The inner side of the knee. */
const INNER_KNEE = {
  at: { landmark: 'femur-medial-epicondyle', offset: [-0.01, -0.005, 0.01] },
  radius: 0.04,
  facing: 'medial',
} as const satisfies Blob

const VASTUS_LATERALIS_FACTORS = [
  'a sudden overload such as stepping into a hole or a skiing fall',
  'sleeping on that side on a firm surface',
  'deep squats or running downhill',
  'keeping the knee straight and still for long (e.g., in a brace)',
] as const

const VASTUS_LATERALIS_SELF_CARE =
  'Lie on your side on a foam roller or ball and roll slowly along the outer thigh, pausing on tender spots and easing in gradually.'

/**
 * Semitendinosus and semimembranosus (T&S Vol. 2 ch. 16): pain goes upward to the lower buttock and gluteal fold
 * and the upper back of the thigh; spillover down the inner back of the thigh and knee, sometimes the inner calf.
 */
const MEDIAL_HAMSTRING_REFERRAL = {
  essential: [
    {
      blobs: [
        { at: { landmark: 'ischial-tuberosity', offset: [0.02, -0.01, -0.05] }, radius: 0.05, facing: 'posterior' },
        { at: { landmark: 'ischial-tuberosity', offset: [0.01, -0.06, -0.04] }, radius: 0.045, facing: 'posterior' },
      ],
      areas: ['buttock', 'back-of-thigh'],
    },
  ],
  spillover: [
    {
      blobs: [
        {
          at: { landmark: 'ischial-tuberosity', offset: [0, -0.06, -0.04] },
          to: { landmark: 'femur-medial-epicondyle', offset: [0.01, 0.02, -0.04] },
          radius: 0.04,
          facing: 'posterior',
        },
        { at: { landmark: 'femur-medial-epicondyle', offset: [0, -0.01, -0.03] }, radius: 0.035 },
        { at: { landmark: 'fibular-head', offset: [-0.06, -0.05, -0.05] }, radius: 0.04, facing: 'posterior' },
      ],
      areas: ['back-of-thigh', 'back-of-knee', 'inner-knee', 'calf'],
    },
  ],
} as const satisfies { essential: readonly ReferralZone[]; spillover: readonly ReferralZone[] }

const MEDIAL_HAMSTRING_SYMPTOMS = [
  'pain at the sit bone and lower buttock, worse sitting',
  'pain walking, sometimes with a limp',
  'ache at the back of the thigh',
] as const

const HAMSTRING_FACTORS = [
  'a chair edge pressing under the thighs',
  'long sitting with the knees bent',
  'sleeping with the knees drawn up',
  'sprinting or a sudden overstretch',
] as const

const HAMSTRING_SELF_CARE =
  'Sit on a firm chair with a ball under the back of the thigh and slide it slowly, then rest the heel on a step and hinge forward at the hips.'

const SARTORIUS_FACTORS = [
  'sitting cross-legged or in a lotus position',
  'feet that roll inward',
  'a sudden sprint or kick',
] as const

const SARTORIUS_SELF_CARE =
  'Lying on the back, let the leg hang off the side of the bed with the knee straight to stretch the front of the hip, and stroke lightly along the muscle.'

export const THIGH_TRIGGER_POINTS = [
  // ── Rectus femoris (v: AIIS 0 → patella 1) ──────────────────────────────────────────────────────────────────
  {
    id: 'rectus-femoris-1',
    muscle: 'rectus-femoris',
    label: 'proximal (below the AIIS)',
    at: { u: 0.5, v: 0.08 },
    palpation:
      'Supine; flat palpation just below the front of the hip joint, between sartorius and tensor fasciae latae, while the person lifts the straight leg a little.',
    landmarks: ['hip-joint'],
    referral: {
      essential: [
        {
          // Around and deep in the kneecap.
          blobs: [{ at: { landmark: 'patella', offset: [0, 0, 0] }, radius: 0.045, facing: 'anterior' }],
          areas: ['kneecap'],
        },
      ],
      spillover: [
        {
          blobs: [{ at: { landmark: 'patella', offset: [0, 0.06, 0.02] }, radius: 0.045, facing: 'anterior' }],
          areas: ['front-of-thigh'],
        },
      ],
    },
    symptoms: [
      'pain around and deep in the kneecap',
      'knee ache that wakes you at night',
      'the knee feels weak going down stairs',
    ],
    conditions: ['patellofemoral-pain', 'lower-crossed-syndrome', 'lumbar-radiculopathy-l4'],
    perpetuatingFactors: [
      'long drives or sitting with the knees bent',
      'repeated deep squats or kicking',
      'a heavy object resting on the thighs',
      'sleeping with the knee bent',
    ],
    selfCare:
      'Standing and holding a support, bring the heel toward the buttock with the pelvis tucked under and hold 30 s.',
    prevalence: 'common',
    source: QUADRICEPS,
  },

  // ── Vastus lateralis (v: greater trochanter 0 → patella 1; u < 0.5 anterior edge, > 0.5 posterior edge) ──────────
  {
    id: 'vastus-lateralis-1',
    muscle: 'vastus-lateralis',
    label: 'TrP1 (distal, anterior)',
    at: { u: 0.3, v: 0.85 },
    palpation: 'Supine with a small roll under the knee; flat palpation just above and outside the kneecap.',
    landmarks: ['patella'],
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'patella', offset: [0.03, 0, 0] }, radius: 0.035, facing: 'anterior' }, OUTER_KNEE],
          areas: ['kneecap', 'outer-knee'],
        },
      ],
      spillover: [
        {
          blobs: [
            { at: { landmark: 'femur-lateral-epicondyle', offset: [0.01, 0.06, 0.01] }, radius: 0.045, facing: 'lateral' },
          ],
          areas: ['outer-thigh'],
        },
      ],
    },
    symptoms: [
      'pain along the outer edge of the kneecap',
      'the kneecap feels stuck; the knee is hard to bend or straighten',
      'pain walking',
    ],
    conditions: ['patellofemoral-pain'],
    perpetuatingFactors: VASTUS_LATERALIS_FACTORS,
    selfCare: VASTUS_LATERALIS_SELF_CARE,
    prevalence: 'common',
    source: QUADRICEPS,
  },
  {
    id: 'vastus-lateralis-2',
    muscle: 'vastus-lateralis',
    label: 'TrP2 (distal, lateral)',
    at: { u: 0.6, v: 0.75 },
    palpation: 'Side-lying on the other side; flat palpation of the outer thigh a hand-width above the knee, under the iliotibial band.',
    referral: {
      essential: [
        {
          blobs: [
            {
              at: { landmark: 'femur-lateral-epicondyle', offset: [0.01, 0.06, 0] },
              to: { landmark: 'femur-lateral-epicondyle', offset: [0.01, -0.02, 0] },
              radius: 0.045,
              facing: 'lateral',
            },
          ],
          areas: ['outer-knee', 'outer-thigh'],
        },
      ],
      spillover: [
        {
          blobs: [{ at: { landmark: 'fibular-head', offset: [0.01, -0.04, 0] }, radius: 0.035, facing: 'lateral' }],
          areas: ['outer-calf'],
        },
      ],
    },
    symptoms: ['pain at the outside of the knee', 'pain lying on that side', 'pain walking or climbing stairs'],
    conditions: ['patellofemoral-pain'],
    perpetuatingFactors: VASTUS_LATERALIS_FACTORS,
    selfCare: VASTUS_LATERALIS_SELF_CARE,
    prevalence: 'occasional',
    source: QUADRICEPS,
  },
  {
    id: 'vastus-lateralis-3',
    muscle: 'vastus-lateralis',
    label: 'TrP3 (mid-thigh, posterolateral)',
    at: { u: 0.8, v: 0.55 },
    palpation:
      'Side-lying on the other side; flat palpation at mid-thigh just behind the iliotibial band, against the back edge of the muscle.',
    referral: {
      essential: [
        {
          // Up and down the back part of the outer thigh, into the outer back of the knee.
          blobs: [
            {
              at: { landmark: 'greater-trochanter', offset: [0.01, -0.06, -0.03] },
              to: { landmark: 'femur-lateral-epicondyle', offset: [0, 0.04, -0.03] },
              radius: 0.045,
              facing: 'lateral',
            },
            { at: { landmark: 'fibular-head', offset: [-0.01, 0.05, -0.03] }, radius: 0.035 },
          ],
          areas: ['outer-thigh', 'outer-knee', 'back-of-knee'],
        },
      ],
      spillover: [],
    },
    symptoms: [
      'aching along the outer back of the thigh',
      'pain at the outer back of the knee',
      'cannot lie on that side at night',
    ],
    conditions: ['patellofemoral-pain', 'lumbar-radiculopathy-l5'],
    perpetuatingFactors: VASTUS_LATERALIS_FACTORS,
    selfCare: VASTUS_LATERALIS_SELF_CARE,
    prevalence: 'occasional',
    source: QUADRICEPS,
  },
  {
    id: 'vastus-lateralis-4',
    muscle: 'vastus-lateralis',
    label: 'TrP4 (mid-thigh, lateral)',
    at: { u: 0.5, v: 0.5, depth: 0.5 },
    palpation:
      'Side-lying on the other side; firm flat palpation through the iliotibial band at mid-thigh, pressing toward the femur.',
    referral: {
      essential: [{ blobs: [OUTER_THIGH], areas: ['outer-thigh'] }],
      spillover: [
        {
          // Upward over the trochanter nearly to the iliac crest, and down to the outer knee.
          blobs: [
            {
              at: { landmark: 'iliac-crest', offset: [0.03, -0.03, 0] },
              to: { landmark: 'greater-trochanter', offset: [0.02, 0.02, 0] },
              radius: 0.04,
              facing: 'lateral',
            },
            OUTER_KNEE,
          ],
          areas: ['outer-hip', 'outer-knee'],
        },
      ],
    },
    symptoms: [
      'pain all along the outside of the thigh',
      'cannot lie on that side at night',
      'pain walking',
    ],
    conditions: ['greater-trochanteric-pain'],
    perpetuatingFactors: VASTUS_LATERALIS_FACTORS,
    selfCare: VASTUS_LATERALIS_SELF_CARE,
    prevalence: 'common',
    source: QUADRICEPS,
  },
  {
    id: 'vastus-lateralis-5',
    muscle: 'vastus-lateralis',
    label: 'TrP5 (proximal)',
    at: { u: 0.5, v: 0.1 },
    palpation: 'Side-lying on the other side; flat palpation just below the greater trochanter on the outer thigh.',
    landmarks: ['greater-trochanter'],
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'greater-trochanter', offset: [0.02, -0.05, 0] }, radius: 0.05, facing: 'lateral' }],
          areas: ['outer-thigh', 'outer-hip'],
        },
      ],
      spillover: [],
    },
    symptoms: ['pain just below the bony point of the hip', 'pain lying on that side'],
    conditions: ['greater-trochanteric-pain'],
    perpetuatingFactors: VASTUS_LATERALIS_FACTORS,
    selfCare: VASTUS_LATERALIS_SELF_CARE,
    prevalence: 'occasional',
    source: QUADRICEPS,
  },

  // ── Vastus medialis (v: femur 0 → inner patella 1) ──────────────────────────────────────────────────────────
  {
    id: 'vastus-medialis-1',
    muscle: 'vastus-medialis',
    label: 'distal (TrP1)',
    at: { u: 0.5, v: 0.85 },
    palpation: 'Supine with the knee slightly bent and supported; flat palpation of the bulge just above and inside the kneecap.',
    landmarks: ['patella'],
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'patella', offset: [-0.025, 0.005, -0.01] }, radius: 0.04, facing: 'anterior' }, INNER_KNEE],
          areas: ['kneecap', 'inner-knee'],
        },
      ],
      spillover: [
        {
          blobs: [{ at: { landmark: 'femur-medial-epicondyle', offset: [0, 0.06, 0.03] }, radius: 0.04 }],
          areas: ['inner-thigh'],
        },
      ],
    },
    symptoms: [
      'pain at the inner front of the knee',
      'the knee suddenly gives way',
      'knee pain that disturbs sleep',
    ],
    conditions: ['patellofemoral-pain', 'gait-dysfunction', 'overpronation', 'lumbar-radiculopathy-l4'],
    perpetuatingFactors: [
      'flat feet or a long second toe (Morton foot)',
      'jogging, skiing or deep knee bends',
      'kneeling on hard floors',
      'a blow to the inner thigh',
    ],
    selfCare: 'Press a ball just above and inside the kneecap for 30–60 s while slowly bending and straightening the knee.',
    prevalence: 'common',
    source: QUADRICEPS,
  },
  {
    id: 'vastus-medialis-2',
    muscle: 'vastus-medialis',
    label: 'proximal (TrP2)',
    at: { u: 0.5, v: 0.5 },
    palpation: 'Supine with the thigh turned out slightly; flat palpation of the inner front of the thigh at mid-thigh.',
    referral: {
      essential: [
        {
          // A narrow line down the inner front of the thigh into the knee.
          blobs: [
            {
              at: { landmark: 'pubic-tubercle', offset: [0.045, -0.06, -0.01] },
              to: { landmark: 'femur-medial-epicondyle', offset: [-0.005, -0.005, 0.02] },
              radius: 0.035,
            },
          ],
          areas: ['inner-thigh', 'front-of-thigh', 'inner-knee'],
        },
      ],
      spillover: [],
    },
    symptoms: ['a line of ache down the inner front of the thigh', 'inner knee pain', 'the knee buckles on stairs'],
    conditions: ['patellofemoral-pain', 'gait-dysfunction', 'lumbar-radiculopathy-l4'],
    perpetuatingFactors: ['flat feet', 'jogging or skiing', 'deep knee bends', 'kneeling for long'],
    selfCare: 'Lie face down with a foam roller under the inner front of the thigh and roll slowly from mid-thigh to the knee.',
    prevalence: 'occasional',
    source: QUADRICEPS,
  },

  // ── Vastus intermedius (v: front of the femur 0 → patella 1) ─────────────────────────────────────────────────
  {
    id: 'vastus-intermedius-1',
    muscle: 'vastus-intermedius',
    label: 'proximal (deep to rectus femoris)',
    at: { u: 0.6, v: 0.3, depth: 0.7 },
    palpation:
      'Supine with the knee straight; push the rectus femoris aside and press deep onto the femur in the upper front of the thigh.',
    referral: {
      essential: [
        {
          blobs: [
            {
              at: { landmark: 'hip-joint', offset: [0.01, -0.06, 0.06] },
              to: { landmark: 'patella', offset: [0, 0.06, 0.02] },
              radius: 0.05,
              facing: 'anterior',
            },
          ],
          areas: ['front-of-thigh'],
        },
      ],
      spillover: [],
    },
    symptoms: [
      'front-of-thigh ache when walking or climbing stairs',
      'hard to straighten the knee fully after sitting',
      'thigh pain with movement rather than at rest',
    ],
    conditions: ['patellofemoral-pain', 'lumbar-radiculopathy-l4'],
    perpetuatingFactors: [
      'running or jumping overload',
      'long sitting with the knees bent',
      'a bruising blow to the thigh',
    ],
    selfCare: 'Lie face down on a foam roller under the front of the thigh and roll slowly, pausing on tender spots.',
    prevalence: 'occasional',
    source: QUADRICEPS,
  },

  // ── Adductor longus (v: pubis 0 → linea aspera 1) ───────────────────────────────────────────────────────────
  {
    id: 'adductor-longus-1',
    muscle: 'adductor-longus',
    label: 'proximal',
    at: { u: 0.5, v: 0.3 },
    palpation:
      'Supine with the hip bent and the thigh dropped outward (frog position); pincer palpation of the belly a hand-width below the pubic bone.',
    landmarks: ['pubic-tubercle'],
    referral: {
      essential: [
        {
          // Deep in the groin, and above the inner knee.
          blobs: [
            { at: { landmark: 'pubic-tubercle', offset: [0.03, -0.02, -0.01] }, radius: 0.04 },
            { at: { landmark: 'femur-medial-epicondyle', offset: [-0.01, 0.025, 0.01] }, radius: 0.04, facing: 'medial' },
          ],
          areas: ['groin', 'inner-thigh', 'inner-knee'],
        },
      ],
      spillover: [
        {
          blobs: [
            INNER_THIGH,
            {
              at: { landmark: 'tibial-tuberosity', offset: [-0.02, -0.03, 0] },
              to: { landmark: 'medial-malleolus', offset: [0.01, 0.06, 0.03] },
              radius: 0.03,
              facing: 'anterior',
            },
          ],
          areas: ['inner-thigh', 'shin'],
        },
      ],
    },
    symptoms: [
      'groin pain when walking or standing on the leg',
      'pain at the inner knee',
      'pain on twisting or spreading the legs',
    ],
    conditions: ['patellofemoral-pain', 'groin-pain', 'lumbar-radiculopathy-l4'],
    perpetuatingFactors: [
      'a slip into the splits',
      'long sitting with the legs crossed',
      'skiing or horse riding',
      'a stiff, arthritic hip',
    ],
    selfCare:
      'Sit with the soles together and let the knees fall outward for a gentle 30 s groin stretch, or lie face down with a ball under the inner upper thigh.',
    prevalence: 'common',
    source: ADDUCTORS,
  },

  // ── Adductor magnus (v: ischiopubic ramus and ischial tuberosity 0 → linea aspera and adductor tubercle 1) ─────
  {
    id: 'adductor-magnus-1',
    muscle: 'adductor-magnus',
    label: 'TrP1 (mid-thigh)',
    at: { u: 0.5, v: 0.5 },
    palpation: 'Supine in the frog position; flat palpation of the inner thigh behind the gracilis, midway between groin and knee.',
    referral: {
      essential: [
        {
          // From just below the groin crease down the inner front of the thigh nearly to the knee.
          blobs: [
            {
              at: { landmark: 'pubic-tubercle', offset: [0.04, -0.02, -0.01] },
              to: { landmark: 'femur-medial-epicondyle', offset: [-0.005, 0.06, 0.01] },
              radius: 0.045,
            },
          ],
          areas: ['groin', 'inner-thigh', 'front-of-thigh'],
        },
      ],
      spillover: [],
    },
    symptoms: [
      'pain down the inner thigh toward the knee',
      'groin ache',
      'pain getting in and out of a car',
    ],
    conditions: ['groin-pain'],
    perpetuatingFactors: [
      'skiing or riding',
      'slipping on ice with the legs spreading',
      'sitting with the hips bent and legs crossed',
    ],
    selfCare: 'Sit with the legs wide apart and lean forward gently from the hips for 30 s, or roll the inner thigh on a foam roller.',
    prevalence: 'occasional',
    source: ADDUCTORS,
  },
  {
    id: 'adductor-magnus-2',
    muscle: 'adductor-magnus',
    label: 'TrP2 (proximal)',
    at: { u: 0.3, v: 0.1 },
    palpation:
      'Side-lying on that side with the top leg forward; press up against the ischiopubic ramus just in front of the sit bone.',
    landmarks: ['ischiopubic-ramus', 'ischial-tuberosity'],
    referral: {
      essential: [
        {
          // Deep inside the pelvis: toward the pubic bone and the perineum.
          blobs: [
            { at: { landmark: 'pubic-symphysis', offset: [0.015, 0, 0.005] }, radius: 0.035 },
            { at: { landmark: 'ischial-tuberosity', offset: [-0.045, -0.02, 0.04] }, radius: 0.035 },
          ],
          areas: ['groin'],
        },
        areaZone('perineum'),
      ],
      spillover: [],
    },
    symptoms: [
      'deep pain inside the pelvis, sometimes sudden and sharp',
      'pain toward the pubic bone, vagina or rectum',
      'pain sitting on a hard seat',
    ],
    conditions: ['groin-pain', 'pelvic-pain'],
    perpetuatingFactors: ['slipping on ice with the legs spreading', 'horse riding', 'long sitting with the knees together'],
    selfCare:
      'Lie on your back with the soles together and knees falling open, supported by pillows, and breathe slowly for a minute.',
    prevalence: 'occasional',
    source: ADDUCTORS,
  },

  // ── Gracilis (v: pubis 0 → pes anserinus 1) ─────────────────────────────────────────────────────────────────
  {
    id: 'gracilis-1',
    muscle: 'gracilis',
    label: 'mid-thigh',
    at: { u: 0.5, v: 0.4 },
    palpation: 'Supine in the frog position; pincer the thin, most inner strap of the thigh at mid-thigh.',
    referral: {
      essential: [
        {
          // Hot, stinging pain just under the skin, up and down the inner thigh.
          blobs: [
            {
              at: { landmark: 'pubic-tubercle', offset: [0, -0.06, -0.03] },
              // Down the inner thigh to the inner side of the knee (ch. 15).
              to: { landmark: 'femur-medial-epicondyle', offset: [-0.015, 0, 0] },
              radius: 0.035,
              facing: 'medial',
            },
          ],
          areas: ['inner-thigh', 'inner-knee'],
        },
      ],
      spillover: [],
    },
    symptoms: [
      'hot, stinging pain just under the skin of the inner thigh',
      'a restless ache that changing position does not relieve',
    ],
    conditions: ['groin-pain'],
    perpetuatingFactors: ['horse riding', 'sudden sideways slips', 'long sitting with the knees pressed together'],
    selfCare: 'Sit with the legs wide apart and lean gently toward one foot, then roll the inner thigh lightly with the palm.',
    prevalence: 'occasional',
    source: ADDUCTORS,
  },

  // ── Sartorius (v: ASIS 0 → pes anserinus 1) ─────────────────────────────────────────────────────────────────
  {
    id: 'sartorius-1',
    muscle: 'sartorius',
    label: 'upper',
    at: { u: 0.5, v: 0.15 },
    palpation: 'Supine with the thigh slightly turned out; light flat palpation of the strap just below and inside the front hip bone (ASIS).',
    landmarks: ['asis'],
    referral: {
      essential: [
        {
          // Sharp or tingling pain in a strip at the upper front of the thigh.
          blobs: [
            {
              at: { landmark: 'asis', offset: [0, -0.04, 0] },
              to: { landmark: 'hip-joint', offset: [0.005, -0.06, 0.06] },
              radius: 0.03,
              facing: 'anterior',
            },
          ],
          areas: ['front-of-thigh', 'groin'],
        },
      ],
      spillover: [],
    },
    symptoms: ['sharp or tingling pain just under the skin at the upper front of the thigh', 'pain crossing the legs'],
    conditions: ['meralgia-paresthetica', 'groin-pain'],
    perpetuatingFactors: SARTORIUS_FACTORS,
    selfCare: SARTORIUS_SELF_CARE,
    prevalence: 'rare',
    source: SARTORIUS,
  },
  {
    id: 'sartorius-2',
    muscle: 'sartorius',
    label: 'middle',
    at: { u: 0.5, v: 0.5 },
    palpation: 'Supine with the thigh slightly turned out; light flat palpation of the strap crossing the inner front of the mid-thigh.',
    referral: {
      essential: [
        {
          blobs: [
            {
              at: { landmark: 'hip-joint', offset: [-0.01, -0.06, 0.06] },
              to: { landmark: 'femur-medial-epicondyle', offset: [0, 0.06, 0.03] },
              radius: 0.03,
            },
          ],
          areas: ['front-of-thigh', 'inner-thigh'],
        },
      ],
      spillover: [],
    },
    symptoms: ['sharp or tingling pain along the inner front of the thigh', 'pain crossing the legs'],
    conditions: ['groin-pain'],
    perpetuatingFactors: SARTORIUS_FACTORS,
    selfCare: SARTORIUS_SELF_CARE,
    prevalence: 'rare',
    source: SARTORIUS,
  },
  {
    id: 'sartorius-3',
    muscle: 'sartorius',
    label: 'lower',
    at: { u: 0.5, v: 0.85 },
    palpation: 'Supine with the knee slightly bent; light flat palpation of the strap just above and behind the inner knee.',
    referral: {
      essential: [{ blobs: [INNER_KNEE], areas: ['inner-knee'] }],
      spillover: [
        {
          blobs: [{ at: { landmark: 'femur-medial-epicondyle', offset: [-0.01, 0.06, 0.01] }, radius: 0.035, facing: 'medial' }],
          areas: ['inner-thigh'],
        },
      ],
    },
    symptoms: ['sharp pain at the inner knee', 'tingling along the inner knee when sitting cross-legged'],
    conditions: ['groin-pain'],
    perpetuatingFactors: SARTORIUS_FACTORS,
    selfCare: SARTORIUS_SELF_CARE,
    prevalence: 'occasional',
    source: SARTORIUS,
  },

  // ── Hamstrings (v: ischial tuberosity 0 → below the knee 1; u < 0.5 medial edge) ─────────────────────────────
  {
    id: 'biceps-femoris-1',
    muscle: 'biceps-femoris',
    label: 'distal half',
    at: { u: 0.6, v: 0.6 },
    palpation: 'Prone with the knee slightly bent over a pillow; pincer or flat palpation of the outer hamstring in the lower half of the thigh.',
    referral: {
      essential: [{ blobs: [BACK_OF_KNEE], areas: ['back-of-knee'] }],
      spillover: [
        {
          // Up the back of the thigh to the gluteal fold, and a little below the knee.
          blobs: [
            {
              at: { landmark: 'ischial-tuberosity', offset: [0.03, -0.04, -0.04] },
              to: { landmark: 'fibular-head', offset: [-0.02, 0.06, -0.04] },
              radius: 0.045,
              facing: 'posterior',
            },
            { at: { landmark: 'fibular-head', offset: [-0.02, -0.04, -0.045] }, radius: 0.04, facing: 'posterior' },
          ],
          areas: ['back-of-thigh', 'calf'],
        },
      ],
    },
    symptoms: [
      'pain behind the knee, worse walking',
      'an ache behind the knee that disturbs sleep',
      'pain when a chair edge presses the back of the thigh',
    ],
    conditions: ['hamstring-strain-pattern', 'sciatica-like-pain', 'lumbar-radiculopathy-s1'],
    perpetuatingFactors: HAMSTRING_FACTORS,
    selfCare: HAMSTRING_SELF_CARE,
    prevalence: 'common',
    source: HAMSTRINGS,
  },
  {
    id: 'semitendinosus-1',
    muscle: 'semitendinosus',
    label: 'mid-thigh',
    at: { u: 0.5, v: 0.5 },
    palpation: 'Prone with the knee slightly bent over a pillow; pincer palpation of the inner hamstring mass at mid-thigh.',
    referral: MEDIAL_HAMSTRING_REFERRAL,
    symptoms: MEDIAL_HAMSTRING_SYMPTOMS,
    conditions: ['hamstring-strain-pattern', 'sciatica-like-pain', 'lumbar-radiculopathy-s1'],
    perpetuatingFactors: HAMSTRING_FACTORS,
    selfCare: HAMSTRING_SELF_CARE,
    prevalence: 'common',
    source: HAMSTRINGS,
  },
  {
    id: 'semimembranosus-1',
    muscle: 'semimembranosus',
    label: 'mid-thigh',
    sharedPatternWith: 'semitendinosus-1',
    at: { u: 0.5, v: 0.55, depth: 0.3 },
    palpation:
      'Prone with the knee slightly bent over a pillow; flat palpation of the broad inner hamstring at and below mid-thigh, on either side of the semitendinosus tendon.',
    referral: MEDIAL_HAMSTRING_REFERRAL,
    symptoms: MEDIAL_HAMSTRING_SYMPTOMS,
    conditions: ['hamstring-strain-pattern', 'sciatica-like-pain', 'lumbar-radiculopathy-s1'],
    perpetuatingFactors: HAMSTRING_FACTORS,
    selfCare: HAMSTRING_SELF_CARE,
    prevalence: 'common',
    source: HAMSTRINGS,
  },
] as const satisfies readonly TriggerPoint[]
