/**
 * Trigger points of the intrinsic muscles of the foot: on the dorsum extensor digitorum and hallucis brevis; in the
 * sole abductor hallucis, flexor digitorum brevis, abductor digiti minimi (first layer), quadratus plantae and the
 * lumbricals (second), flexor hallucis brevis, adductor hallucis and flexor digiti minimi brevis (third) and the
 * interossei. Authored for the LEFT foot; mirrored for the right. The foot points +Z, its sole faces down.
 *
 * Locations and referred-pain patterns follow the published descriptions in Travell & Simons, Vol. 2 (1992),
 * chapters 26 (superficial intrinsic foot muscles) and 27 (deep intrinsic foot muscles); wording and blobs are our own.
 */
import type { Blob, TriggerPoint } from '../schema'

const SUPERFICIAL = { ref: 'travell-simons-v2', chapter: 26 } as const
const DEEP = { ref: 'travell-simons-v2', chapter: 27 } as const

/** The middle of the top of the foot, over the short extensors. */
const DORSUM = {
  at: { landmark: 'navicular-tuberosity', offset: [0.04, 0.02, 0.005] },
  to: { landmark: 'mtp-1', offset: [0.025, 0.015, -0.02] },
  radius: 0.025,
  facing: 'superior',
} as const satisfies Blob

/** Under the heel, on its weight-bearing pad. */
const PLANTAR_HEEL = { at: { landmark: 'heel-plantar', offset: [0, -0.006, 0.004] }, radius: 0.026, facing: 'inferior' } as const satisfies Blob

/** The inner side of the heel and the start of the arch. */
const MEDIAL_HEEL = { at: { landmark: 'heel-plantar', offset: [-0.018, 0.008, 0.01] }, radius: 0.022, facing: 'medial' } as const satisfies Blob

/** The inner arch, from the heel to the ball of the big toe. */
const INNER_ARCH = {
  at: { landmark: 'heel-plantar', offset: [-0.006, -0.004, 0.04] },
  to: { landmark: 'mtp-1', offset: [-0.004, -0.012, -0.04] },
  radius: 0.022,
  facing: 'inferior',
} as const satisfies Blob

/** Under the heads of the second to fourth metatarsals. */
const BALL_LESSER = {
  at: { landmark: 'mtp-1', offset: [0.018, -0.014, -0.004] },
  to: { landmark: 'mtp-5', offset: [-0.012, -0.01, 0.004] },
  radius: 0.018,
  facing: 'inferior',
} as const satisfies Blob

/** Under the head of the first metatarsal. */
const BALL_BIG_TOE = { at: { landmark: 'mtp-1', offset: [0, -0.014, -0.006] }, radius: 0.018, facing: 'inferior' } as const satisfies Blob

/** Under the head of the fifth metatarsal and along the outer sole. */
const BALL_LITTLE_TOE = {
  at: { landmark: 'mtp-5', offset: [-0.004, -0.01, 0] },
  to: { landmark: 'base-metatarsal-5', offset: [-0.006, -0.014, 0.01] },
  radius: 0.016,
  facing: 'inferior',
} as const satisfies Blob

const BIG_TOE = { at: { landmark: 'mtp-1', offset: [0, 0, 0.008] }, to: { landmark: 'toe-tip-1' }, radius: 0.016 } as const satisfies Blob

/** The middle toes, both faces. */
const MIDDLE_TOES = { at: { landmark: 'toe-tip-2', offset: [0.004, 0.002, -0.02] }, to: { landmark: 'toe-tip-3', offset: [0, 0.002, -0.02] }, radius: 0.018 } as const satisfies Blob

const SHOE_FACTORS = ['tight, narrow or stiff-soled shoes', 'high heels', 'walking barefoot on hard floors'] as const

export const FOOT_TRIGGER_POINTS = [
  // ── Superficial intrinsic muscles (ch. 26) ────────────────────────────────────────────────────────────────────
  {
    id: 'extensor-digitorum-brevis-1',
    muscle: 'extensor-digitorum-brevis',
    label: 'TrP in the belly on the outer dorsum',
    at: { u: 0.5, v: 0.3 },
    palpation: 'Flat palpation of the fleshy bulge on the outer top of the foot, just in front of the outer ankle bone, toes relaxed.',
    landmarks: ['lateral-malleolus'],
    referral: {
      essential: [{ blobs: [DORSUM], areas: ['top-of-foot'] }],
      spillover: [],
    },
    symptoms: ['ache on the top of the foot, worse in tight shoes', 'the top of the foot is sore after a long walk'],
    conditions: ['metatarsalgia'],
    perpetuatingFactors: [...SHOE_FACTORS, 'tight laces over the top of the foot'],
    selfCare: 'Press into the soft bulge on the outer top of the foot for 30 seconds, then curl the toes down and point the foot.',
    prevalence: 'occasional',
    source: SUPERFICIAL,
  },
  {
    id: 'extensor-hallucis-brevis-1',
    muscle: 'extensor-hallucis-brevis',
    label: 'TrP in the belly on the dorsum',
    at: { u: 0.5, v: 0.35 },
    palpation: 'Flat palpation on the top of the foot just toward the big toe from the short toe extensor bulge, big toe relaxed; the band tightens as the big toe lifts.',
    // The manual draws one pattern for the two short extensors.
    sharedPatternWith: 'extensor-digitorum-brevis-1',
    referral: {
      essential: [{ blobs: [DORSUM], areas: ['top-of-foot'] }],
      spillover: [],
    },
    symptoms: ['ache on the top of the foot toward the big toe'],
    conditions: ['metatarsalgia'],
    perpetuatingFactors: [...SHOE_FACTORS, 'tight laces over the top of the foot'],
    selfCare: 'Press into the top of the foot behind the big toe for 30 seconds, then curl the big toe down.',
    prevalence: 'rare',
    source: SUPERFICIAL,
  },
  {
    id: 'abductor-hallucis-1',
    muscle: 'abductor-hallucis',
    label: 'TrPs along the inner border of the foot',
    at: { u: 0.5, v: 0.35 },
    palpation: 'Flat palpation along the inner edge of the sole, in front of the heel and below the inner ankle bone, foot relaxed.',
    landmarks: ['medial-malleolus', 'navicular-tuberosity'],
    referral: {
      essential: [{ blobs: [MEDIAL_HEEL, PLANTAR_HEEL], areas: ['heel'] }],
      spillover: [{ blobs: [INNER_ARCH], areas: ['arch'] }],
    },
    symptoms: ['pain on the inner side of the heel and in the instep when walking', 'tenderness along the inner edge of the sole', 'burning or tingling in the sole when the nerve below the inner ankle is squeezed'],
    conditions: ['plantar-heel-pain'],
    perpetuatingFactors: [...SHOE_FACTORS, 'flat, overpronating feet'],
    selfCare: 'Roll the inner edge of the sole slowly over a ball, pausing on tender spots for 30 seconds; stretch by pulling the big toe back and out.',
    prevalence: 'occasional',
    source: SUPERFICIAL,
  },
  {
    id: 'flexor-digitorum-brevis-1',
    muscle: 'flexor-digitorum-brevis',
    label: 'TrPs in the middle of the sole',
    at: { u: 0.5, v: 0.4 },
    palpation: 'Flat palpation of the middle of the sole through the thick plantar fascia, toes stretched back to tense it.',
    referral: {
      essential: [{ blobs: [BALL_LESSER], areas: ['ball-of-foot'] }],
      spillover: [{ blobs: [{ at: { landmark: 'heel-plantar', offset: [0.012, -0.008, 0.07] }, to: { landmark: 'mtp-1', offset: [0.02, -0.012, -0.03] }, radius: 0.022, facing: 'inferior' }], areas: ['sole'] }],
    },
    symptoms: ['sore ball of the foot under the second to fourth toes', 'aching sole when walking'],
    conditions: ['metatarsalgia'],
    perpetuatingFactors: [...SHOE_FACTORS, 'a stiff, high arch'],
    selfCare: 'Roll the middle of the sole over a ball for a minute, then pull the toes back with the foot flexed up.',
    prevalence: 'occasional',
    source: SUPERFICIAL,
  },
  {
    id: 'abductor-digiti-minimi-foot-1',
    muscle: 'abductor-digiti-minimi-foot',
    label: 'TrPs along the outer border of the sole',
    at: { u: 0.5, v: 0.45 },
    palpation: 'Pincer or flat palpation along the outer edge of the sole between the heel and the little toe.',
    landmarks: ['base-metatarsal-5'],
    referral: {
      essential: [{ blobs: [BALL_LITTLE_TOE], areas: ['ball-of-foot'] }],
      spillover: [{ blobs: [{ at: { landmark: 'base-metatarsal-5', offset: [-0.004, -0.014, -0.02] }, radius: 0.02, facing: 'inferior' }], areas: ['sole', 'outer-edge-of-foot'] }],
    },
    symptoms: ['pain under the head of the fifth metatarsal, on the outer ball of the foot'],
    conditions: ['metatarsalgia'],
    perpetuatingFactors: [...SHOE_FACTORS, 'walking on the outer edges of the feet'],
    selfCare: 'Press along the outer edge of the sole for 30 seconds at each tender spot, then spread the little toe away from the others.',
    prevalence: 'occasional',
    source: SUPERFICIAL,
  },

  // ── Deep intrinsic muscles (ch. 27) ───────────────────────────────────────────────────────────────────────────
  {
    id: 'quadratus-plantae-1',
    muscle: 'quadratus-plantae',
    label: 'TrP in front of the heel',
    at: { u: 0.5, v: 0.3, depth: 0.5 },
    palpation: 'Deep pressure into the sole just in front of the heel, through the plantar fascia and flexor digitorum brevis, foot relaxed.',
    landmarks: ['heel-plantar'],
    referral: {
      essential: [{ blobs: [PLANTAR_HEEL], areas: ['heel'] }],
      spillover: [],
    },
    symptoms: ['sharp pain under the heel on standing and walking', 'heel pain that is often called plantar fasciitis'],
    conditions: ['plantar-heel-pain'],
    perpetuatingFactors: [...SHOE_FACTORS, 'running on hard surfaces'],
    selfCare: 'Press deep into the sole just in front of the heel pad for 30 seconds, then stretch by pulling the toes back.',
    prevalence: 'occasional',
    source: DEEP,
  },
  {
    id: 'lumbricals-foot-1',
    muscle: 'lumbricals-foot',
    label: 'TrPs between the metatarsal heads',
    at: { u: 0.5, v: 0.6, depth: 0.5 },
    palpation: 'Deep palpation from the sole between the metatarsal heads, toes held back.',
    referral: {
      essential: [{ blobs: [MIDDLE_TOES], areas: ['toes'] }],
      spillover: [{ blobs: [BALL_LESSER], areas: ['ball-of-foot'] }],
    },
    symptoms: ['pain along the side of a toe', 'the ball of the foot feels swollen or numb'],
    conditions: ['metatarsalgia'],
    perpetuatingFactors: [...SHOE_FACTORS, 'toes that claw or grip in shoes'],
    selfCare: 'Press gently between the metatarsal heads from the sole for 30 seconds, then spread and straighten the toes.',
    prevalence: 'rare',
    source: DEEP,
  },
  {
    id: 'flexor-hallucis-brevis-1',
    muscle: 'flexor-hallucis-brevis',
    label: 'TrPs under the first metatarsal',
    at: { u: 0.5, v: 0.6 },
    palpation: 'Flat palpation of the sole under the shaft of the first metatarsal, just behind the ball of the big toe, big toe pulled back.',
    landmarks: ['mtp-1'],
    referral: {
      essential: [{ blobs: [BALL_BIG_TOE, BIG_TOE], areas: ['ball-of-foot', 'big-toe'] }],
      spillover: [],
    },
    symptoms: ['pain around the ball of the big toe, underneath and on its inner side', 'pain pushing off from the big toe'],
    conditions: ['metatarsalgia'],
    perpetuatingFactors: [...SHOE_FACTORS, 'a stiff big toe joint or a bunion'],
    selfCare: 'Press under the shaft of the big toe’s metatarsal for 30 seconds, then pull the big toe back to stretch.',
    prevalence: 'occasional',
    source: DEEP,
  },
  {
    id: 'adductor-hallucis-1',
    muscle: 'adductor-hallucis',
    label: 'TrPs in the oblique and transverse heads',
    at: { u: 0.5, v: 0.5, depth: 0.5 },
    palpation: 'Deep palpation of the sole behind the ball of the foot, under the second to fourth metatarsals, toes held back.',
    referral: {
      essential: [{ blobs: [BALL_LESSER, BALL_BIG_TOE], areas: ['ball-of-foot'] }],
      spillover: [],
    },
    symptoms: ['ache across the ball of the foot', 'a numb or puffy feeling in the forefoot'],
    conditions: ['metatarsalgia'],
    perpetuatingFactors: [...SHOE_FACTORS, 'a bunion drawing the big toe inward'],
    selfCare: 'Roll the ball of the foot gently over a small ball for a minute, then spread the toes and pull the big toe away from the others.',
    prevalence: 'occasional',
    source: DEEP,
  },
  {
    // The manual draws no pattern of its own for this muscle; it shares abductor digiti minimi's place under the fifth metatarsal.
    id: 'flexor-digiti-minimi-brevis-foot-1',
    muscle: 'flexor-digiti-minimi-brevis-foot',
    label: 'TrP under the fifth metatarsal (pattern shared with abductor digiti minimi)',
    at: { u: 0.5, v: 0.5 },
    palpation: 'Flat palpation of the outer sole under the shaft of the fifth metatarsal, little toe pulled back.',
    landmarks: ['base-metatarsal-5'],
    referral: {
      essential: [{ blobs: [BALL_LITTLE_TOE], areas: ['ball-of-foot'] }],
      spillover: [],
    },
    symptoms: ['pain under the outer ball of the foot'],
    conditions: ['metatarsalgia'],
    perpetuatingFactors: [...SHOE_FACTORS],
    selfCare: 'Press along the outer sole behind the little toe for 30 seconds, then pull the little toe back.',
    prevalence: 'rare',
    source: DEEP,
  },
  {
    id: 'interossei-foot-1',
    muscle: 'interossei-foot',
    label: 'first dorsal interosseous TrP',
    at: { u: 0.15, v: 0.5 },
    palpation: 'Flat palpation from the top of the foot between the first and second metatarsals, toes relaxed.',
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'toe-tip-2', offset: [0.002, 0.002, -0.022] }, to: { landmark: 'toe-tip-2' }, radius: 0.013 }],
          areas: ['toes'],
        },
      ],
      spillover: [
        {
          blobs: [
            { at: { landmark: 'mtp-1', offset: [0.014, 0.014, -0.025] }, radius: 0.02, facing: 'superior' },
            { at: { landmark: 'mtp-1', offset: [0.016, -0.014, -0.004] }, radius: 0.018, facing: 'inferior' },
          ],
          areas: ['top-of-foot', 'ball-of-foot'],
        },
      ],
    },
    symptoms: ['pain along the side of the second toe, top and bottom', 'tingling in the toe and the front of the foot'],
    conditions: ['metatarsalgia'],
    perpetuatingFactors: [...SHOE_FACTORS, 'a high-arched, stiff foot'],
    selfCare: 'Press between the first two metatarsals on the top of the foot for 30 seconds, then spread the toes.',
    prevalence: 'occasional',
    source: DEEP,
  },
] as const satisfies readonly TriggerPoint[]
