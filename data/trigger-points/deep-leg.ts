/**
 * Trigger points of popliteus, plantaris, the deep calf (tibialis posterior, the long toe flexors), fibularis brevis
 * and tertius and extensor hallucis longus. Authored for the LEFT muscle; mirrored for the right.
 *
 * Locations and referred-pain patterns follow the published descriptions in Travell & Simons, Vol. 2 (1992), by
 * chapter; the wording and the blob shapes are our own.
 */
import type { Blob, TriggerPoint } from '../schema'

const POPLITEUS = { ref: 'travell-simons-v2', chapter: 17 } as const
const FIBULARIS = { ref: 'travell-simons-v2', chapter: 20 } as const
const PLANTARIS = { ref: 'travell-simons-v2', chapter: 22, locator: 'plantaris section' } as const
const TIBIALIS_POSTERIOR = { ref: 'travell-simons-v2', chapter: 23 } as const
const LONG_TOE_EXTENSORS = { ref: 'travell-simons-v2', chapter: 24 } as const
const LONG_TOE_FLEXORS = { ref: 'travell-simons-v2', chapter: 25 } as const

/** The upper part of the hollow behind the knee. */
const BACK_OF_KNEE = {
  at: { landmark: 'femur-lateral-epicondyle', offset: [-0.02, -0.012, -0.05] },
  to: { landmark: 'femur-medial-epicondyle', offset: [0.02, -0.016, -0.05] },
  radius: 0.03,
  facing: 'posterior',
} as const satisfies Blob

/** The Achilles tendon just above the heel. */
const ACHILLES = {
  at: { landmark: 'heel', offset: [0, 0.03, 0.002] },
  to: { landmark: 'heel', offset: [-0.002, 0.1, 0.014] },
  radius: 0.02,
  facing: 'posterior',
} as const satisfies Blob

/** The middle of the sole, from the heel pad forward to the ball of the foot. */
const MID_SOLE = {
  at: { landmark: 'heel-plantar', offset: [0.01, -0.008, 0.045] },
  to: { landmark: 'mtp-1', offset: [0.025, -0.012, -0.04] },
  radius: 0.03,
  facing: 'inferior',
} as const satisfies Blob

/** Under the heads of the lesser metatarsals. */
const BALL_OF_FOOT_LESSER = {
  at: { landmark: 'mtp-1', offset: [0.018, -0.014, -0.004] },
  to: { landmark: 'mtp-5', offset: [-0.008, -0.01, 0.002] },
  radius: 0.02,
  facing: 'inferior',
} as const satisfies Blob

const DEEP_CALF_FACTORS = [
  'running on uneven ground or banked tracks',
  'flat, overpronating feet or worn, unsupportive shoes',
  'standing or walking for long on hard floors',
] as const

export const DEEP_LEG_TRIGGER_POINTS = [
  // ── Popliteus (ch. 17) ────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'popliteus-1',
    muscle: 'popliteus',
    label: 'TrP near the medial attachment',
    at: { u: 0.5, v: 0.75, depth: 0.3 },
    palpation:
      'Lying on the side of the painful leg with the knee slightly bent, press just behind the upper inner tibia, below the knee crease, moving the medial head of gastrocnemius aside.',
    referral: {
      essential: [{ blobs: [BACK_OF_KNEE], areas: ['back-of-knee'] }],
      spillover: [],
    },
    symptoms: ['pain behind the knee when crouching, running or walking downhill', 'the knee does not quite straighten', 'pain behind the knee going down stairs'],
    conditions: ['posterior-knee-pain'],
    perpetuatingFactors: ['running or skiing downhill', 'sudden twisting on a bent, weight-bearing knee (football, tennis)', 'high-heeled shoes'],
    selfCare:
      'Sit with the knee bent and press gently into the upper inner calf just below the knee crease for 30 seconds, then straighten the knee slowly with the foot turned slightly out.',
    prevalence: 'occasional',
    source: POPLITEUS,
  },

  // ── Plantaris (ch. 22) ────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'plantaris-1',
    muscle: 'plantaris',
    label: 'TrP in the back of the knee',
    at: { u: 0.5, v: 0.08 },
    palpation:
      'Patient prone with the knee slightly bent; flat palpation in the back of the knee, just below and to the inside of the lateral head of gastrocnemius.',
    referral: {
      essential: [
        {
          blobs: [BACK_OF_KNEE, { at: { landmark: 'fibular-head', offset: [-0.04, -0.04, -0.055] }, to: { landmark: 'fibular-head', offset: [-0.04, -0.13, -0.055] }, radius: 0.03, facing: 'posterior' }],
          areas: ['back-of-knee', 'calf'],
        },
      ],
      spillover: [],
    },
    symptoms: ['ache behind the knee spreading into the upper calf', 'calf pain when rising on the toes'],
    conditions: ['posterior-knee-pain', 'calf-cramps'],
    perpetuatingFactors: ['high heels', 'sprinting and jumping', 'sitting with the legs crossed at the knee'],
    selfCare: 'Lying face down with a pillow under the ankle, press into the outer part of the knee hollow for 30 seconds, then stretch the calf with the knee straight.',
    prevalence: 'rare',
    source: PLANTARIS,
  },

  // ── Tibialis posterior (ch. 23) ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'tibialis-posterior-1',
    muscle: 'tibialis-posterior',
    label: 'TrP in the upper belly',
    at: { u: 0.5, v: 0.35, depth: 0.6 },
    palpation:
      'Deep muscle: pressure reaches it only indirectly, through soleus from behind or between soleus and the back edge of the tibia from the inside, a hand’s breadth below the knee.',
    referral: {
      essential: [{ blobs: [ACHILLES], areas: ['achilles'] }],
      spillover: [
        {
          blobs: [
            { at: { landmark: 'fibular-head', offset: [-0.04, -0.08, -0.05] }, to: { landmark: 'heel', offset: [0, 0.16, 0.005] }, radius: 0.03, facing: 'posterior' },
            { at: { landmark: 'heel-plantar', offset: [0, -0.006, 0] }, radius: 0.025 },
            MID_SOLE,
            { at: { landmark: 'toe-tip-3', offset: [-0.01, -0.002, -0.015] }, radius: 0.03, facing: 'inferior' },
          ],
          areas: ['calf', 'heel', 'sole', 'arch', 'toes'],
        },
      ],
    },
    symptoms: ['pain in the sole of the foot when walking or running, worst on uneven ground', 'ache above the heel along the Achilles tendon', 'the arch feels tired and collapsing'],
    conditions: ['shin-splints', 'plantar-heel-pain', 'gait-dysfunction'],
    perpetuatingFactors: [...DEEP_CALF_FACTORS, 'a difference in leg length'],
    selfCare:
      'Kneel on one knee and press the thumbs deep into the inner calf just behind the shin bone, a hand’s breadth below the knee, for 30 seconds; wear shoes that support the arch.',
    prevalence: 'occasional',
    source: TIBIALIS_POSTERIOR,
  },

  // ── Long flexors of the toes (ch. 25) ─────────────────────────────────────────────────────────────────────────
  {
    id: 'flexor-digitorum-longus-1',
    muscle: 'flexor-digitorum-longus',
    label: 'TrP in the upper medial calf',
    at: { u: 0.5, v: 0.3, depth: 0.5 },
    palpation:
      'Patient lying on the side of the leg, knee bent; press between soleus and the back edge of the tibia in the upper inner calf, toward the bone.',
    referral: {
      essential: [{ blobs: [MID_SOLE, BALL_OF_FOOT_LESSER], areas: ['sole', 'ball-of-foot'] }],
      spillover: [
        {
          blobs: [
            { at: { landmark: 'toe-tip-3', offset: [-0.01, -0.002, -0.015] }, radius: 0.025, facing: 'inferior' },
            { at: { landmark: 'medial-malleolus', offset: [-0.004, 0.04, -0.01] }, to: { landmark: 'medial-malleolus', offset: [-0.004, 0.12, -0.02] }, radius: 0.02, facing: 'medial' },
          ],
          areas: ['toes', 'inner-ankle', 'calf'],
        },
      ],
    },
    symptoms: ['pain in the middle of the sole and under the lesser toes when walking', 'cramping toes'],
    conditions: ['metatarsalgia', 'calf-cramps'],
    perpetuatingFactors: [...DEEP_CALF_FACTORS, 'walking or running in sand', 'tight shoes that cramp the toes'],
    selfCare: 'Press into the inner calf just behind the shin bone in its upper half for 30 seconds, then stretch by pulling the toes and foot up with the knee straight.',
    prevalence: 'occasional',
    source: LONG_TOE_FLEXORS,
  },
  {
    id: 'flexor-hallucis-longus-1',
    muscle: 'flexor-hallucis-longus',
    label: 'TrP in the lower calf',
    at: { u: 0.5, v: 0.55, depth: 0.5 },
    palpation:
      'Patient prone; deep flat palpation on the back of the fibula in the lower third of the calf, just beside the Achilles tendon, through soleus.',
    referral: {
      essential: [
        {
          blobs: [
            { at: { landmark: 'mtp-1', offset: [0, -0.012, 0.004] }, to: { landmark: 'toe-tip-1', offset: [0, -0.006, -0.006] }, radius: 0.016, facing: 'inferior' },
            { at: { landmark: 'mtp-1', offset: [0, -0.014, -0.008] }, radius: 0.018, facing: 'inferior' },
          ],
          areas: ['big-toe', 'ball-of-foot'],
        },
      ],
      spillover: [{ blobs: [MID_SOLE], areas: ['sole'] }],
    },
    symptoms: ['pain under the big toe and the ball of the foot behind it when standing and walking', 'big toe curls or cramps'],
    conditions: ['metatarsalgia', 'calf-cramps'],
    perpetuatingFactors: [...DEEP_CALF_FACTORS, 'running on tiptoe or dancing en pointe', 'a stiff big toe joint'],
    selfCare: 'Press into the lower calf beside the Achilles tendon on the outer side for 30 seconds, then pull the big toe back gently with the foot flexed up.',
    prevalence: 'occasional',
    source: LONG_TOE_FLEXORS,
  },

  // ── Fibularis brevis and tertius (ch. 20) ─────────────────────────────────────────────────────────────────────
  {
    id: 'fibularis-brevis-1',
    muscle: 'fibularis-brevis',
    label: 'TrP at the junction of the middle and lower thirds',
    at: { u: 0.5, v: 0.55 },
    palpation: 'Flat palpation against the fibula on the outer leg, on either side of the longus tendon, a hand’s breadth above the outer ankle bone.',
    landmarks: ['lateral-malleolus'],
    referral: {
      essential: [
        {
          blobs: [
            { at: { landmark: 'lateral-malleolus', offset: [0.004, 0.004, -0.008] }, radius: 0.025 },
            { at: { landmark: 'lateral-malleolus', offset: [0.004, -0.025, 0.02] }, to: { landmark: 'base-metatarsal-5', offset: [0.008, 0.002, 0] }, radius: 0.016, facing: 'lateral' },
          ],
          areas: ['outer-ankle', 'outer-edge-of-foot'],
        },
      ],
      spillover: [
        {
          blobs: [{ at: { landmark: 'lateral-malleolus', offset: [0.008, 0.05, 0] }, to: { landmark: 'lateral-malleolus', offset: [0.01, 0.11, 0] }, radius: 0.022, facing: 'lateral' }],
          areas: ['outer-calf'],
        },
      ],
    },
    symptoms: ['pain around and behind the outer ankle bone and along the outer edge of the foot', 'weak ankles that turn over easily'],
    conditions: ['ankle-instability', 'gait-dysfunction'],
    perpetuatingFactors: ['sprained ankles', 'high heels', 'sitting with the legs crossed or the feet tucked under'],
    selfCare: 'Press along the lower outer leg above the ankle for 30 seconds, then turn the sole inward gently to stretch.',
    prevalence: 'occasional',
    source: FIBULARIS,
  },
  {
    id: 'fibularis-tertius-1',
    muscle: 'fibularis-tertius',
    label: 'TrP in the lower front of the leg',
    at: { u: 0.5, v: 0.35 },
    palpation: 'Flat palpation in the lower front of the leg just toward the outside from the extensor digitorum longus tendon, a few finger-breadths above the ankle.',
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'lateral-malleolus', offset: [-0.012, -0.004, 0.03] }, radius: 0.024, facing: 'anterior' }],
          areas: ['front-of-ankle'],
        },
      ],
      spillover: [
        {
          blobs: [
            { at: { landmark: 'lateral-malleolus', offset: [0.004, 0.004, -0.004] }, radius: 0.02 },
            { at: { landmark: 'heel', offset: [0.012, 0.004, 0.004] }, radius: 0.02, facing: 'lateral' },
          ],
          areas: ['outer-ankle', 'heel'],
        },
      ],
    },
    symptoms: ['ache at the front and outside of the ankle', 'pain spreading toward the outer heel'],
    conditions: ['ankle-instability'],
    perpetuatingFactors: ['sprained ankles', 'walking far in shoes that do not support the foot', 'long drives with the foot held up on the pedal'],
    selfCare: 'Press into the lower outer shin just above the ankle for 30 seconds, then point the foot and turn the sole in.',
    prevalence: 'rare',
    source: FIBULARIS,
  },

  // ── Extensor hallucis longus (ch. 24) ─────────────────────────────────────────────────────────────────────────
  {
    id: 'extensor-hallucis-longus-1',
    muscle: 'extensor-hallucis-longus',
    label: 'TrP in the lower leg',
    at: { u: 0.5, v: 0.4 },
    palpation:
      'Flat palpation in the lower half of the front of the leg, between tibialis anterior and extensor digitorum longus, against the fibula; the band tightens as the big toe lifts.',
    referral: {
      essential: [
        {
          blobs: [
            { at: { landmark: 'navicular-tuberosity', offset: [0.02, 0.02, 0.02] }, to: { landmark: 'mtp-1', offset: [0.004, 0.014, -0.006] }, radius: 0.022, facing: 'superior' },
            { at: { landmark: 'mtp-1', offset: [0, 0.008, 0.01] }, to: { landmark: 'toe-tip-1', offset: [0, 0.004, -0.006] }, radius: 0.014, facing: 'superior' },
          ],
          areas: ['top-of-foot', 'big-toe'],
        },
      ],
      spillover: [
        {
          blobs: [{ at: { landmark: 'medial-malleolus', offset: [0.02, -0.005, 0.035] }, radius: 0.02, facing: 'anterior' }],
          areas: ['front-of-ankle'],
        },
      ],
    },
    symptoms: ['ache on top of the foot toward the big toe', 'weak lift of the big toe, catching the toe when walking'],
    conditions: ['metatarsalgia', 'gait-dysfunction'],
    perpetuatingFactors: ['long drives with the foot held up on the pedal', 'tight shoelaces over the top of the foot', 'running on hills'],
    selfCare: 'Press into the front of the lower leg just outside the shin muscle for 30 seconds, then curl the big toe down with the foot pointed.',
    prevalence: 'occasional',
    source: LONG_TOE_EXTENSORS,
  },
] as const satisfies readonly TriggerPoint[]
