/**
 * Trigger points of the leg (knee to ankle): tibialis anterior, fibularis longus, gastrocnemius, soleus and
 * extensor digitorum longus (Travell & Simons Vol. 2, chapters 19, 20, 21, 22 and 24).
 *
 * Gastrocnemius TrP1–TrP4 are spread over the two heads: TrP1 and TrP3 in the medial head, TrP2 and TrP4 in the
 * lateral head. Authored for the LEFT muscle; mirrored for the right. Referral shapes are our own rendering of the
 * published descriptions: essential = felt by nearly everyone with that trigger point, spillover = felt by some.
 */
import type { Blob, TriggerPoint } from '../schema'

const TIBIALIS_ANTERIOR = { ref: 'travell-simons-v2', chapter: 19 } as const
const FIBULARIS = { ref: 'travell-simons-v2', chapter: 20 } as const
const GASTROCNEMIUS = { ref: 'travell-simons-v2', chapter: 21 } as const
const SOLEUS = { ref: 'travell-simons-v2', chapter: 22 } as const
const LONG_TOE_EXTENSORS = { ref: 'travell-simons-v2', chapter: 24 } as const

/** Over the sacroiliac joint, just below and inside the back hip bone (PSIS). */
const SACROILIAC_SPOT = {
  at: { landmark: 'psis', offset: [0, -0.02, -0.01] },
  radius: 0.035,
  facing: 'posterior',
} as const satisfies Blob

/** Down the back of the calf, from below the knee crease to above the Achilles tendon. */
const CALF_STRIPE = {
  at: { landmark: 'fibular-head', offset: [-0.03, -0.03, -0.05] },
  to: { landmark: 'medial-malleolus', offset: [0.03, 0.06, -0.04] },
  radius: 0.045,
  facing: 'posterior',
} as const satisfies Blob

/** Front of the ankle, between the malleoli. */
const FRONT_OF_ANKLE = {
  at: { landmark: 'medial-malleolus', offset: [0.02, -0.005, 0.04] },
  radius: 0.03,
  facing: 'anterior',
} as const satisfies Blob

const GASTROCNEMIUS_FACTORS = [
  'high heels',
  'walking uphill, climbing or cycling with a low saddle',
  'sleeping with the toes pointed under heavy covers',
  'a footrest or chair edge pressing the calf',
] as const

const GASTROCNEMIUS_SELF_CARE =
  'Stand in a lunge with the back knee straight and the heel down for a 30 s calf stretch, and keep the feet from pointing in bed.'

export const LEG_TRIGGER_POINTS = [
  // ── Gastrocnemius, medial head (v: medial femoral condyle 0 → Achilles tendon 1; u < 0.5 inner border) ─────────
  {
    id: 'gastrocnemius-medial-1',
    muscle: 'gastrocnemius-medial',
    label: 'TrP1',
    at: { u: 0.35, v: 0.3 },
    palpation:
      'Prone with the feet over the table end; pincer palpation of the medial head a little above the middle of its belly, toward its inner border.',
    referral: {
      essential: [
        {
          // The instep: the inner arch of the foot.
          blobs: [{ at: { landmark: 'navicular-tuberosity', offset: [0.005, -0.025, -0.01] }, radius: 0.035 }],
          areas: ['arch', 'sole'],
        },
      ],
      spillover: [
        {
          blobs: [
            { at: { landmark: 'femur-medial-epicondyle', offset: [0.02, -0.01, -0.05] }, radius: 0.035, facing: 'posterior' },
            {
              at: { landmark: 'femur-medial-epicondyle', offset: [0.015, -0.06, -0.05] },
              to: { landmark: 'medial-malleolus', offset: [0.01, 0.06, -0.04] },
              radius: 0.04,
              facing: 'posterior',
            },
            { at: { landmark: 'medial-malleolus', offset: [0, 0, -0.02] }, radius: 0.03 },
          ],
          areas: ['back-of-knee', 'calf', 'inner-ankle'],
        },
      ],
    },
    symptoms: [
      'calf cramps at night',
      'ache in the arch of the foot',
      'pain walking uphill or climbing stairs',
    ],
    conditions: ['calf-cramps', 'plantar-heel-pain', 'gait-dysfunction', 'intermittent-claudication', 'overpronation'],
    perpetuatingFactors: GASTROCNEMIUS_FACTORS,
    selfCare: GASTROCNEMIUS_SELF_CARE,
    prevalence: 'common',
    source: GASTROCNEMIUS,
  },
  {
    id: 'gastrocnemius-medial-2',
    muscle: 'gastrocnemius-medial',
    label: 'TrP3',
    at: { u: 0.5, v: 0.08 },
    palpation:
      'Prone with the knee slightly bent; flat palpation of the medial head just below the inner side of the knee crease, near its attachment to the femur.',
    landmarks: ['femur-medial-epicondyle'],
    referral: {
      essential: [
        {
          blobs: [
            { at: { landmark: 'femur-medial-epicondyle', offset: [0.02, -0.01, -0.05] }, radius: 0.04, facing: 'posterior' },
          ],
          areas: ['back-of-knee'],
        },
      ],
      spillover: [],
    },
    symptoms: ['pain behind the knee when walking or climbing', 'the back of the knee aches when the leg is straightened'],
    conditions: ['calf-cramps', 'intermittent-claudication'],
    perpetuatingFactors: GASTROCNEMIUS_FACTORS,
    selfCare: GASTROCNEMIUS_SELF_CARE,
    prevalence: 'occasional',
    source: GASTROCNEMIUS,
  },

  // ── Gastrocnemius, lateral head (v: lateral femoral condyle 0 → Achilles tendon 1; u < 0.5 inner border) ───────
  {
    id: 'gastrocnemius-lateral-1',
    muscle: 'gastrocnemius-lateral',
    label: 'TrP2',
    at: { u: 0.6, v: 0.3 },
    palpation: 'Prone with the feet over the table end; pincer palpation of the lateral head in the upper third of the calf.',
    referral: {
      essential: [
        {
          // Mostly around the spot itself, high on the outer back of the calf.
          blobs: [{ at: { landmark: 'fibular-head', offset: [-0.015, -0.06, -0.04] }, radius: 0.045, facing: 'posterior' }],
          areas: ['calf', 'outer-calf'],
        },
      ],
      spillover: [
        {
          blobs: [{ at: { landmark: 'fibular-head', offset: [-0.02, 0.04, -0.04] }, radius: 0.035, facing: 'posterior' }],
          areas: ['back-of-knee'],
        },
      ],
    },
    symptoms: ['a local ache high on the outer calf', 'calf cramps', 'pain walking on slopes'],
    conditions: ['calf-cramps', 'gait-dysfunction', 'intermittent-claudication'],
    perpetuatingFactors: GASTROCNEMIUS_FACTORS,
    selfCare: GASTROCNEMIUS_SELF_CARE,
    prevalence: 'common',
    source: GASTROCNEMIUS,
  },
  {
    id: 'gastrocnemius-lateral-2',
    muscle: 'gastrocnemius-lateral',
    label: 'TrP4',
    at: { u: 0.5, v: 0.08 },
    palpation:
      'Prone with the knee slightly bent; flat palpation of the lateral head just below the outer side of the knee crease, near its attachment to the femur.',
    landmarks: ['femur-lateral-epicondyle'],
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'fibular-head', offset: [-0.02, 0.04, -0.04] }, radius: 0.04, facing: 'posterior' }],
          areas: ['back-of-knee'],
        },
      ],
      spillover: [],
    },
    symptoms: ['pain behind the knee when walking or climbing', 'the back of the knee aches when the leg is straightened'],
    conditions: ['calf-cramps', 'intermittent-claudication'],
    perpetuatingFactors: GASTROCNEMIUS_FACTORS,
    selfCare: GASTROCNEMIUS_SELF_CARE,
    prevalence: 'occasional',
    source: GASTROCNEMIUS,
  },

  // ── Soleus (v: fibula and tibia 0 → calcaneus 1; u < 0.5 inner edge) ────────────────────────────────────────
  {
    id: 'soleus-1',
    muscle: 'soleus',
    label: 'TrP1',
    at: { u: 0.4, v: 0.85 },
    palpation:
      'Prone with the knee bent to 90°, or kneeling on a chair; pincer palpation just above the Achilles tendon, a few centimetres above where the muscle ends, slightly to the inner side.',
    referral: {
      essential: [
        {
          // The back and underside of the heel and the lower end of the heel cord.
          blobs: [
            { at: { landmark: 'heel' }, radius: 0.035 },
            { at: { landmark: 'heel-plantar' }, radius: 0.03, facing: 'inferior' },
            { at: { landmark: 'heel', offset: [0, 0.03, 0] }, to: { landmark: 'heel', offset: [0, 0.06, 0.005] }, radius: 0.025 },
          ],
          areas: ['heel', 'achilles'],
        },
      ],
      spillover: [
        {
          blobs: [{ at: { landmark: 'heel-plantar', offset: [0.005, -0.005, 0.05] }, radius: 0.035, facing: 'inferior' }],
          areas: ['sole'],
        },
      ],
    },
    symptoms: [
      'heel pain, worst with the first steps in the morning',
      'heel so tender it is hard to put weight on it',
      'pain walking uphill or on stairs',
    ],
    conditions: ['plantar-heel-pain', 'calf-cramps', 'gait-dysfunction', 'heel-strike-overload', 'tarsal-tunnel-syndrome'],
    perpetuatingFactors: [
      'high heels, or a sudden change to flat shoes',
      'running on hills or sand',
      'tight socks or a footrest pressing the calf',
      'standing for long periods',
    ],
    selfCare:
      'Sit with the lower calf resting on the opposite knee and press just above the heel cord for 30–60 s, then stretch with the knee bent and the heel down (wall lean).',
    prevalence: 'common',
    source: SOLEUS,
  },
  {
    id: 'soleus-2',
    muscle: 'soleus',
    label: 'TrP2',
    at: { u: 0.7, v: 0.12 },
    palpation:
      'Prone with the knee bent; press deep into the upper outer calf just below the head of the fibula, beneath the lateral gastrocnemius.',
    landmarks: ['fibular-head'],
    referral: {
      essential: [{ blobs: [CALF_STRIPE], areas: ['calf'] }],
      spillover: [
        {
          blobs: [{ at: { landmark: 'fibular-head', offset: [-0.03, 0.04, -0.04] }, radius: 0.035, facing: 'posterior' }],
          areas: ['back-of-knee'],
        },
      ],
    },
    symptoms: [
      'deep ache in the calf',
      'calf cramps at night',
      'puffy ankles after long standing',
    ],
    conditions: ['calf-cramps', 'shin-splints', 'chronic-exertional-compartment-syndrome', 'intermittent-claudication'],
    perpetuatingFactors: [
      'a chair edge or footrest pressing the calf',
      'long standing still',
      'running uphill',
      'tight knee-high socks',
    ],
    selfCare:
      'Kneel with a rolled towel behind the knees and sit back gently, or roll the calf slowly on a foam roller with the knee bent.',
    prevalence: 'occasional',
    source: SOLEUS,
  },
  {
    id: 'soleus-3',
    muscle: 'soleus',
    label: 'TrP3',
    at: { u: 0.65, v: 0.75 },
    palpation:
      'Prone with the knee bent; pincer palpation slightly above and to the outer side of TrP1, in front of the Achilles tendon.',
    referral: {
      essential: [{ blobs: [SACROILIAC_SPOT], areas: ['sacroiliac'] }],
      spillover: [],
    },
    symptoms: [
      'deep ache at the dimple of the low back on the same side',
      'back pain that does not settle with back treatment alone',
    ],
    conditions: ['sacroiliac-pain'],
    perpetuatingFactors: ['high heels', 'running on hills', 'long standing'],
    selfCare:
      'Press the lower outer calf just above the heel cord with a thumb for 30–60 s and stretch the calf with the knee bent and heel down.',
    prevalence: 'rare',
    source: SOLEUS,
  },

  // ── Tibialis anterior (v: tibia 0 → medial cuneiform and first metatarsal 1) ─────────────────────────────────
  {
    id: 'tibialis-anterior-1',
    muscle: 'tibialis-anterior',
    label: 'upper third',
    at: { u: 0.5, v: 0.2 },
    palpation: 'Supine; flat palpation of the muscle just outside the sharp front edge of the shin bone, in the upper third of the leg.',
    landmarks: ['tibial-crest'],
    referral: {
      essential: [
        {
          // Front-inner ankle and the top and inner side of the big toe.
          blobs: [
            FRONT_OF_ANKLE,
            { at: { landmark: 'medial-malleolus', offset: [0.005, 0, 0.015] }, radius: 0.025 },
            { at: { landmark: 'mtp-1', offset: [-0.005, 0, 0] }, to: { landmark: 'toe-tip-1' }, radius: 0.02, facing: 'superior' },
          ],
          areas: ['front-of-ankle', 'inner-ankle', 'big-toe'],
        },
      ],
      spillover: [
        {
          blobs: [
            {
              at: { landmark: 'tibial-tuberosity', offset: [0, -0.05, 0] },
              to: { landmark: 'medial-malleolus', offset: [0.02, 0.06, 0.035] },
              radius: 0.03,
              facing: 'anterior',
            },
            {
              at: { landmark: 'medial-malleolus', offset: [0.01, -0.02, 0.06] },
              to: { landmark: 'mtp-1', offset: [0, 0.01, -0.03] },
              radius: 0.025,
              facing: 'superior',
            },
          ],
          areas: ['shin', 'top-of-foot'],
        },
      ],
    },
    symptoms: [
      'pain at the front of the ankle and in the big toe',
      'tripping or catching the toes when walking',
      'a weak ankle',
    ],
    conditions: ['shin-splints', 'gait-dysfunction', 'chronic-exertional-compartment-syndrome', 'heel-strike-overload', 'lumbar-radiculopathy-l5'],
    perpetuatingFactors: [
      'walking on rough or sloping ground',
      'a stubbed toe or ankle sprain',
      'tight calf muscles',
      'long drives with the foot held up off the pedal',
    ],
    selfCare:
      'Kneel and sit back on the heels with the feet pointed to stretch the front of the shin, or press along the muscle beside the shin bone with a thumb.',
    prevalence: 'occasional',
    source: TIBIALIS_ANTERIOR,
  },

  // ── Fibularis longus (v: fibular head 0 → first metatarsal via the sole 1) ───────────────────────────────────
  {
    id: 'fibularis-longus-1',
    muscle: 'fibularis-longus',
    label: 'proximal',
    at: { u: 0.5, v: 0.1 },
    palpation:
      'Side-lying or supine; flat palpation against the fibula 2–4 cm below its head on the outside of the leg (mind the common fibular nerve just behind the head).',
    landmarks: ['fibular-head'],
    referral: {
      essential: [
        {
          // Around the outer ankle bone (above, behind, below) and a little way along the outer foot.
          blobs: [
            { at: { landmark: 'lateral-malleolus', offset: [0.01, 0, -0.005] }, radius: 0.035 },
            {
              at: { landmark: 'lateral-malleolus', offset: [0.005, -0.03, 0.02] },
              to: { landmark: 'base-metatarsal-5' },
              radius: 0.025,
            },
          ],
          areas: ['outer-ankle'],
        },
      ],
      spillover: [
        {
          blobs: [
            {
              at: { landmark: 'fibular-head', offset: [0.01, -0.06, 0] },
              to: { landmark: 'lateral-malleolus', offset: [0.015, 0.06, 0] },
              radius: 0.035,
              facing: 'lateral',
            },
          ],
          areas: ['outer-calf'],
        },
      ],
    },
    symptoms: [
      'pain around and behind the outer ankle bone',
      'weak, wobbly ankles that sprain easily',
      'ache along the outer edge of the foot',
    ],
    conditions: ['gait-dysfunction', 'overpronation', 'chronic-exertional-compartment-syndrome', 'lumbar-radiculopathy-l5'],
    perpetuatingFactors: [
      'sitting with the legs crossed (pressure below the outer knee)',
      'high heels',
      'a long second toe (Morton foot)',
      'tight elastic around the lower leg',
    ],
    selfCare:
      'Sit and press a thumb or ball into the outer leg just below the bony knob at the side of the knee, roll slowly down, then stretch by turning the sole inward.',
    prevalence: 'common',
    source: FIBULARIS,
  },

  // ── Extensor digitorum longus (v: lateral tibial condyle and fibula 0 → toes 2–5 1) ──────────────────────────
  {
    id: 'extensor-digitorum-longus-1',
    muscle: 'extensor-digitorum-longus',
    label: 'proximal',
    at: { u: 0.55, v: 0.12 },
    palpation:
      'Supine; flat palpation about 8 cm below the head of the fibula, between tibialis anterior and the fibular muscles, while the person lifts the toes.',
    landmarks: ['fibular-head'],
    referral: {
      essential: [
        {
          // Over the top of the foot toward the middle three toes.
          blobs: [
            {
              at: { landmark: 'medial-malleolus', offset: [0.025, -0.02, 0.06] },
              to: { landmark: 'mtp-1', offset: [0.03, 0.01, -0.02] },
              radius: 0.03,
              facing: 'superior',
            },
            { at: { landmark: 'mtp-1', offset: [0.03, 0, 0] }, to: { landmark: 'toe-tip-3' }, radius: 0.025, facing: 'superior' },
          ],
          areas: ['top-of-foot', 'toes'],
        },
      ],
      spillover: [
        {
          blobs: [
            FRONT_OF_ANKLE,
            {
              at: { landmark: 'lateral-malleolus', offset: [-0.02, 0.06, 0.05] },
              to: { landmark: 'medial-malleolus', offset: [0.04, 0.06, 0.04] },
              radius: 0.03,
              facing: 'anterior',
            },
          ],
          areas: ['front-of-ankle', 'shin'],
        },
      ],
    },
    symptoms: [
      'aching over the top of the foot',
      'night cramps at the front of the leg',
      'the foot slaps or drops when walking',
    ],
    conditions: ['shin-splints', 'chronic-exertional-compartment-syndrome', 'lumbar-radiculopathy-l5'],
    perpetuatingFactors: [
      'tight laces or a shoe tongue pressing the top of the foot',
      'walking on hard or uneven ground',
      'sleeping with the toes pointed under heavy covers',
      'high heels',
    ],
    selfCare:
      'Sit and curl the toes under while pointing the foot to stretch the front of the leg, then press the muscle outside the shin with a thumb.',
    prevalence: 'occasional',
    source: LONG_TOE_EXTENSORS,
  },
] as const satisfies readonly TriggerPoint[]
