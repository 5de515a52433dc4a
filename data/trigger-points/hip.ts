/**
 * Trigger points of the hip and pelvis: iliopsoas (psoas major, iliacus), gluteus maximus, medius and minimus,
 * piriformis and tensor fasciae latae (Travell & Simons Vol. 2, chapters 5, 7, 8, 9, 10 and 12).
 *
 * Authored for the LEFT muscle; mirrored for the right. Referral shapes are our own rendering of the published
 * descriptions: essential = felt by nearly everyone with that trigger point, spillover = felt by some.
 */
import type { Blob, ReferralZone, TriggerPoint } from '../schema'

const ILIOPSOAS = { ref: 'travell-simons-v2', chapter: 5 } as const
const GLUTEUS_MAXIMUS = { ref: 'travell-simons-v2', chapter: 7 } as const
const GLUTEUS_MEDIUS = { ref: 'travell-simons-v2', chapter: 8 } as const
const GLUTEUS_MINIMUS = { ref: 'travell-simons-v2', chapter: 9 } as const
const PIRIFORMIS = { ref: 'travell-simons-v2', chapter: 10 } as const
const TFL = { ref: 'travell-simons-v2', chapter: 12 } as const

/** Over the sacroiliac joint, just below and inside the back hip bone (PSIS). */
const SACROILIAC_SPOT = {
  at: { landmark: 'psis', offset: [0, -0.02, -0.01] },
  radius: 0.035,
  facing: 'posterior',
} as const satisfies Blob

/** The fleshy middle of the buttock. */
const BUTTOCK_CENTRE = {
  at: { landmark: 'ischial-tuberosity', offset: [0.035, 0.06, -0.06] },
  radius: 0.065,
  facing: 'posterior',
} as const satisfies Blob

/** Upper buttock just below the back of the iliac crest, outside the PSIS. */
const BELOW_CREST = {
  at: { landmark: 'psis', offset: [0.05, -0.04, 0] },
  radius: 0.045,
  facing: 'posterior',
} as const satisfies Blob

/** Along the top of the pelvis, from above the back hip bone (PSIS) round to the highest point of the crest. */
const ILIAC_CREST_BACK = {
  at: { landmark: 'psis', offset: [0.02, 0.04, 0] },
  to: { landmark: 'iliac-crest', offset: [0, 0.01, -0.01] },
  radius: 0.032,
} as const satisfies Blob

/** Along the top of the pelvis, from its highest point forward to above the front hip bone (ASIS). */
const ILIAC_CREST_FRONT = {
  at: { landmark: 'iliac-crest', offset: [0, 0.01, 0] },
  to: { landmark: 'asis', offset: [0, 0.03, -0.02] },
  radius: 0.03,
} as const satisfies Blob

/** Down the back of the thigh, from the gluteal fold to just above the knee crease. */
const BACK_OF_THIGH = {
  at: { landmark: 'ischial-tuberosity', offset: [0.02, -0.05, -0.04] },
  to: { landmark: 'femur-lateral-epicondyle', offset: [-0.04, 0.06, -0.05] },
  radius: 0.05,
  facing: 'posterior',
} as const satisfies Blob

/**
 * Iliopsoas (T&S Vol. 2 ch. 5): the same pattern from all three sites — a vertical strip beside the lumbar spine
 * down to the sacroiliac region, and the groin and upper front of the thigh; spillover to the upper sacrum and
 * inner upper buttock.
 */
const ILIOPSOAS_REFERRAL = {
  essential: [
    {
      blobs: [
        {
          at: { landmark: 't12-spinous', offset: [0.03, -0.02, -0.005] },
          to: { landmark: 's2', offset: [0.03, 0.03, 0] },
          radius: 0.035,
          facing: 'posterior',
        },
        SACROILIAC_SPOT,
      ],
      areas: ['low-back', 'sacroiliac'],
    },
    {
      blobs: [
        { at: { landmark: 'pubic-tubercle', offset: [0.04, 0, 0] }, radius: 0.04, facing: 'anterior' },
        { at: { landmark: 'hip-joint', offset: [0.01, -0.06, 0.06] }, radius: 0.06, facing: 'anterior' },
      ],
      areas: ['groin', 'front-of-thigh'],
    },
  ],
  spillover: [
    {
      blobs: [
        { at: { landmark: 's2', offset: [0.02, 0.01, -0.01] }, radius: 0.035, facing: 'posterior' },
        { at: { landmark: 'psis', offset: [0.015, -0.05, -0.03] }, radius: 0.045, facing: 'posterior' },
      ],
      areas: ['sacrum', 'buttock'],
    },
  ],
} as const satisfies { essential: readonly ReferralZone[]; spillover: readonly ReferralZone[] }

const ILIOPSOAS_SYMPTOMS = [
  'low back ache running up and down beside the spine',
  'pain in the groin and the front of the thigh',
  'worse standing upright, eased lying with the knees bent',
  'hard to get up from a deep chair',
] as const

const ILIOPSOAS_FACTORS = [
  'long sitting with the hips bent',
  'sleeping curled up',
  'sit-ups with the feet anchored',
  'leg-length difference',
] as const

const ILIOPSOAS_SELF_CARE =
  'Kneel on one knee in a lunge and slowly shift the pelvis forward with the trunk upright, holding 30 s on each side.'

/**
 * Piriformis (T&S Vol. 2 ch. 10): both sites refer to the sacroiliac region, across the buttock to the back of
 * the hip joint, with spillover down the upper two-thirds of the back of the thigh.
 */
const PIRIFORMIS_REFERRAL = {
  essential: [
    {
      blobs: [
        SACROILIAC_SPOT,
        {
          at: { landmark: 'psis', offset: [0.025, -0.05, -0.03] },
          to: { landmark: 'greater-trochanter', offset: [-0.025, 0.01, -0.05] },
          radius: 0.045,
          facing: 'posterior',
        },
        { at: { landmark: 'greater-trochanter', offset: [0, 0, -0.03] }, radius: 0.04 },
      ],
      areas: ['sacroiliac', 'buttock', 'outer-hip'],
    },
  ],
  spillover: [
    {
      blobs: [
        {
          at: { landmark: 'ischial-tuberosity', offset: [0.02, -0.05, -0.04] },
          to: { landmark: 'femur-lateral-epicondyle', offset: [-0.04, 0.06, -0.06] },
          radius: 0.045,
          facing: 'posterior',
        },
      ],
      areas: ['back-of-thigh'],
    },
  ],
} as const satisfies { essential: readonly ReferralZone[]; spillover: readonly ReferralZone[] }

const PIRIFORMIS_SYMPTOMS = [
  'deep buttock pain, worse sitting',
  'pain down the back of the thigh',
  'pain getting up from a chair or crossing the legs',
  'tingling or numbness down the leg when the nerve is squeezed',
] as const

const PIRIFORMIS_FACTORS = [
  'sitting on a wallet or for hours at a time',
  'long drives with the foot on the pedal',
  'leg-length difference',
  'twisting suddenly while catching a fall',
] as const

const PIRIFORMIS_SELF_CARE =
  'Lie on your back and draw the bent knee toward the opposite shoulder to stretch the buttock, or lie on a ball in the middle of the buttock for 30–60 s.'

export const HIP_TRIGGER_POINTS = [
  // ── Psoas major (v: T12–L4 vertebrae 0 → lesser trochanter 1; u < 0.5 toward the spine) ───────────────────────
  {
    id: 'psoas-major-1',
    muscle: 'psoas-major',
    label: 'paraumbilical (abdominal)',
    at: { u: 0.6, v: 0.3, depth: 0.2 },
    palpation:
      'Supine with the knees bent; sink the fingers slowly through the relaxed belly wall outside the rectus sheath at navel level, then press toward the spine.',
    referral: ILIOPSOAS_REFERRAL,
    symptoms: ILIOPSOAS_SYMPTOMS,
    conditions: ['low-back-pain', 'sacroiliac-pain', 'gait-dysfunction', 'lower-crossed-syndrome', 'groin-pain', 'lumbar-radiculopathy-l4'],
    perpetuatingFactors: ILIOPSOAS_FACTORS,
    selfCare: ILIOPSOAS_SELF_CARE,
    prevalence: 'common',
    source: ILIOPSOAS,
  },
  {
    id: 'psoas-major-2',
    muscle: 'psoas-major',
    label: 'distal (femoral triangle)',
    sharedPatternWith: 'psoas-major-1',
    at: { u: 0.5, v: 0.88 },
    palpation:
      'Supine with the thigh slightly bent and turned out; press on the outer wall of the femoral triangle, just outside the femoral pulse and below the inguinal ligament.',
    referral: ILIOPSOAS_REFERRAL,
    symptoms: ILIOPSOAS_SYMPTOMS,
    conditions: ['low-back-pain', 'gait-dysfunction', 'lower-crossed-syndrome', 'groin-pain'],
    perpetuatingFactors: ILIOPSOAS_FACTORS,
    selfCare: ILIOPSOAS_SELF_CARE,
    prevalence: 'common',
    source: ILIOPSOAS,
  },

  // ── Iliacus (v: iliac fossa 0 → lesser trochanter 1; u < 0.5 toward the pelvic brim) ───────────────────────────
  {
    id: 'iliacus-1',
    muscle: 'iliacus',
    label: 'iliac fossa (behind the ASIS)',
    sharedPatternWith: 'psoas-major-1',
    at: { u: 0.8, v: 0.15 },
    palpation:
      'Supine with the knees bent; curl the fingertips over the inner rim of the pelvis just behind the front hip bone (ASIS) and press back into the iliac fossa.',
    landmarks: ['asis'],
    referral: ILIOPSOAS_REFERRAL,
    symptoms: ILIOPSOAS_SYMPTOMS,
    conditions: ['low-back-pain', 'sacroiliac-pain', 'gait-dysfunction', 'lower-crossed-syndrome', 'groin-pain', 'meralgia-paresthetica'],
    perpetuatingFactors: ILIOPSOAS_FACTORS,
    selfCare: ILIOPSOAS_SELF_CARE,
    prevalence: 'common',
    source: ILIOPSOAS,
  },

  // ── Gluteus maximus (v: sacrum, coccyx, posterior ilium 0 → gluteal tuberosity and IT band 1; u > 0.5 lower fibres)
  {
    id: 'gluteus-maximus-1',
    muscle: 'gluteus-maximus',
    label: 'TrP1',
    at: { u: 0.35, v: 0.2 },
    palpation:
      'Side-lying with the hip bent; flat palpation of the fibres beside the sacrum at mid-sacral level, just outside the sacroiliac joint.',
    landmarks: ['s2'],
    referral: {
      essential: [
        {
          // A crescent: up along the sacroiliac joint, down the edge of the natal cleft, into the inner gluteal fold.
          blobs: [
            SACROILIAC_SPOT,
            {
              at: { landmark: 's2', offset: [0.02, -0.02, -0.01] },
              to: { landmark: 'coccyx', offset: [0.02, 0.035, -0.02] },
              radius: 0.03,
              facing: 'posterior',
            },
            { at: { landmark: 'ischial-tuberosity', offset: [-0.01, -0.02, -0.05] }, radius: 0.04, facing: 'posterior' },
          ],
          areas: ['sacroiliac', 'sacrum', 'buttock'],
        },
      ],
      spillover: [
        {
          blobs: [{ at: { landmark: 'ischial-tuberosity', offset: [0.02, 0.02, -0.06] }, radius: 0.045, facing: 'posterior' }],
          areas: ['buttock'],
        },
      ],
    },
    symptoms: [
      'restless, aching buttock when sitting for long',
      'pain walking uphill or bent forward',
      'ache along the sacroiliac joint',
    ],
    conditions: ['sacroiliac-pain', 'low-back-pain', 'gait-dysfunction', 'lower-crossed-syndrome'],
    perpetuatingFactors: [
      'sitting on a wallet or a hard seat',
      'climbing stairs or hills leaning forward',
      'sleeping on the side with the top knee dropped forward',
      'a fall or missed step',
    ],
    selfCare:
      'Lie on a tennis ball under the tender spot beside the sacrum for 30–60 s, then hug the knee toward the opposite shoulder.',
    prevalence: 'occasional',
    source: GLUTEUS_MAXIMUS,
  },
  {
    id: 'gluteus-maximus-2',
    muscle: 'gluteus-maximus',
    label: 'TrP2',
    at: { u: 0.8, v: 0.4 },
    palpation:
      'Side-lying with the hip bent; flat or pincer palpation of the lower fibres just above the sit bone (ischial tuberosity).',
    landmarks: ['ischial-tuberosity'],
    referral: {
      essential: [
        {
          // Most of the buttock, the lower sacrum and up to just below the iliac crest.
          blobs: [
            { at: { landmark: 'ischial-tuberosity', offset: [0.04, 0.05, -0.06] }, radius: 0.075, facing: 'posterior' },
            { at: { landmark: 's2', offset: [0.015, -0.03, -0.01] }, radius: 0.035, facing: 'posterior' },
            BELOW_CREST,
          ],
          areas: ['buttock', 'sacrum'],
        },
      ],
      spillover: [],
    },
    symptoms: [
      'pain when sitting, like sitting on a stone',
      'the whole buttock aches',
      'restless in a chair, shifting from side to side',
    ],
    conditions: ['low-back-pain', 'piriformis-syndrome', 'intermittent-claudication'],
    perpetuatingFactors: [
      'long sitting on hard chairs',
      'swimming with repeated hard kicks',
      'uphill walking bent forward',
      'a direct fall on the buttock',
    ],
    selfCare:
      'Sit on a firm cushion rather than the bare sit bone, and lie on a ball just above the sit bone for 30–60 s, then hug the knee to the chest.',
    prevalence: 'common',
    source: GLUTEUS_MAXIMUS,
  },
  {
    id: 'gluteus-maximus-3',
    muscle: 'gluteus-maximus',
    label: 'TrP3',
    at: { u: 0.9, v: 0.12 },
    palpation:
      'Side-lying with the hip bent; flat palpation of the lowest, innermost fibres beside the coccyx and above the sit bone.',
    landmarks: ['coccyx', 'ischial-tuberosity'],
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'coccyx', offset: [0.005, 0.01, -0.02] }, radius: 0.03, facing: 'posterior' }],
          areas: ['tailbone'],
        },
      ],
      spillover: [
        {
          blobs: [{ at: { landmark: 'ischial-tuberosity', offset: [-0.015, 0.02, -0.05] }, radius: 0.035, facing: 'posterior' }],
          areas: ['buttock'],
        },
      ],
    },
    symptoms: ['tailbone pain, worse sitting', 'ache deep at the inner lower buttock'],
    conditions: ['coccydynia', 'pelvic-pain'],
    perpetuatingFactors: ['sitting slumped back on the tailbone', 'hard seats', 'a fall onto the buttocks'],
    selfCare:
      'Sit on a cushion with a gap for the tailbone, and press gently beside the tailbone with a small ball while lying on your back.',
    prevalence: 'occasional',
    source: GLUTEUS_MAXIMUS,
  },

  // ── Gluteus medius (v: ilium below the crest 0 → greater trochanter 1; u < 0.5 posterior edge) ─────────────────
  {
    id: 'gluteus-medius-1',
    muscle: 'gluteus-medius',
    label: 'TrP1',
    at: { u: 0.15, v: 0.12 },
    palpation:
      'Side-lying on the other side; flat palpation just below the back of the iliac crest, close to the sacroiliac joint.',
    landmarks: ['iliac-crest-posterior'],
    referral: {
      essential: [
        {
          blobs: [
            {
              at: { landmark: 'psis', offset: [0.02, 0.035, 0] },
              to: { landmark: 'iliac-crest', offset: [-0.01, 0, -0.02] },
              radius: 0.03,
              facing: 'posterior',
            },
            SACROILIAC_SPOT,
            { at: { landmark: 's2', offset: [0.015, 0, -0.01] }, radius: 0.035, facing: 'posterior' },
          ],
          areas: ['iliac-crest', 'low-back', 'sacroiliac', 'sacrum'],
        },
      ],
      spillover: [{ blobs: [BELOW_CREST, BUTTOCK_CENTRE], areas: ['buttock'] }],
    },
    symptoms: [
      'low back pain along the top of the pelvis',
      'pain when walking',
      'cannot lie comfortably on the back or on that side',
    ],
    conditions: ['low-back-pain', 'sacroiliac-pain', 'leg-length-inequality'],
    perpetuatingFactors: [
      'leg-length difference',
      'standing with the weight on one leg',
      'sitting on a wallet',
      'walking or running on sand or slopes',
    ],
    selfCare:
      'Stand with your back to a wall and a ball just below the back of the hip bone, roll slowly to the tender spot and hold, then stretch by crossing that leg behind the other and leaning the hip out.',
    prevalence: 'common',
    source: GLUTEUS_MEDIUS,
  },
  {
    id: 'gluteus-medius-2',
    muscle: 'gluteus-medius',
    label: 'TrP2',
    at: { u: 0.5, v: 0.12 },
    palpation:
      'Side-lying on the other side; flat palpation just below the middle of the iliac crest, above the greater trochanter.',
    landmarks: ['iliac-crest', 'greater-trochanter'],
    referral: {
      essential: [
        {
          blobs: [
            { at: { landmark: 'greater-trochanter', offset: [-0.03, 0.03, -0.06] }, radius: 0.05, facing: 'posterior' },
            { at: { landmark: 'greater-trochanter', offset: [0, 0.045, -0.03] }, radius: 0.04 },
            BUTTOCK_CENTRE,
          ],
          areas: ['buttock', 'outer-hip'],
        },
      ],
      spillover: [
        {
          blobs: [
            {
              at: { landmark: 'greater-trochanter', offset: [-0.01, -0.05, -0.04] },
              to: { landmark: 'greater-trochanter', offset: [-0.05, -0.06, -0.06] },
              radius: 0.04,
            },
          ],
          areas: ['back-of-thigh', 'outer-thigh'],
        },
      ],
    },
    symptoms: [
      'aching at the side and middle of the buttock',
      'pain walking, sometimes with a limp',
      'pain lying on that side',
    ],
    conditions: ['low-back-pain', 'greater-trochanteric-pain', 'sciatica-like-pain', 'piriformis-syndrome', 'leg-length-inequality', 'gait-dysfunction', 'antalgic-gait', 'pelvic-tilt', 'lumbar-radiculopathy-l5'],
    perpetuatingFactors: [
      'leg-length difference',
      'long walks or runs, especially on slopes',
      'standing with the hip hitched out to one side',
      'sitting with the legs crossed',
    ],
    selfCare:
      'Lie on the side of the buttock on a ball just below the crest and roll slowly, then lie on the back and cross the ankle over the other knee to stretch.',
    prevalence: 'common',
    source: GLUTEUS_MEDIUS,
  },
  {
    id: 'gluteus-medius-3',
    muscle: 'gluteus-medius',
    label: 'TrP3',
    at: { u: 0.85, v: 0.12 },
    palpation:
      'Side-lying on the other side; flat palpation just below the crest a few centimetres behind the front hip bone (ASIS).',
    landmarks: ['asis'],
    referral: {
      essential: [
        {
          blobs: [ILIAC_CREST_BACK, ILIAC_CREST_FRONT],
          areas: ['iliac-crest', 'low-back'],
        },
      ],
      spillover: [
        {
          blobs: [{ at: { landmark: 's2', offset: [0.025, 0.02, -0.01] }, radius: 0.04, facing: 'posterior' }],
          areas: ['sacrum', 'sacroiliac', 'low-back'],
          laterality: 'bilateral',
        },
      ],
    },
    symptoms: ['ache along the top of the hip bone', 'low back pain when walking', 'pain on lying on that side'],
    conditions: ['low-back-pain'],
    perpetuatingFactors: ['leg-length difference', 'standing on one leg for long', 'running on banked roads'],
    selfCare:
      'Lie on the side with a ball just below the front of the hip bone and roll slowly backward along the crest, pausing on tender spots.',
    prevalence: 'rare',
    source: GLUTEUS_MEDIUS,
  },

  // ── Gluteus minimus (v: ilium 0 → front of greater trochanter 1; u < 0.5 posterior edge) ───────────────────────
  {
    id: 'gluteus-minimus-1',
    muscle: 'gluteus-minimus',
    label: 'anterior',
    at: { u: 0.8, v: 0.35, depth: 0.6 },
    palpation:
      'Supine; find the tensor fasciae latae below the front hip bone, then press deep just behind it toward the bone, between the ASIS and the greater trochanter.',
    landmarks: ['asis', 'greater-trochanter'],
    referral: {
      essential: [
        {
          // Lower outer buttock and a stripe down the outside of the thigh to the knee.
          blobs: [
            { at: { landmark: 'greater-trochanter', offset: [-0.02, -0.01, -0.05] }, radius: 0.045, facing: 'posterior' },
            {
              at: { landmark: 'greater-trochanter', offset: [0.02, -0.02, 0] },
              to: { landmark: 'femur-lateral-epicondyle', offset: [0.01, 0.04, 0] },
              radius: 0.05,
              facing: 'lateral',
            },
          ],
          areas: ['outer-hip', 'buttock', 'outer-thigh'],
        },
      ],
      spillover: [
        {
          // On past the knee down the outside of the leg to the ankle.
          blobs: [
            {
              at: { landmark: 'femur-lateral-epicondyle', offset: [0.01, 0, 0] },
              to: { landmark: 'lateral-malleolus', offset: [0.01, 0.01, 0] },
              radius: 0.035,
              facing: 'lateral',
            },
          ],
          areas: ['outer-knee', 'outer-calf', 'outer-ankle'],
        },
      ],
    },
    symptoms: [
      'pain at the side of the hip that shoots down the outside of the leg',
      'limping; pain getting up from a chair',
      'cannot sleep on that side',
      'pain that feels like sciatica',
    ],
    conditions: ['sciatica-like-pain', 'greater-trochanteric-pain', 'leg-length-inequality', 'gait-dysfunction', 'lumbar-radiculopathy-l5', 'antalgic-gait'],
    perpetuatingFactors: [
      'standing still for long periods',
      'walking or running too far, especially on slopes',
      'sitting motionless for hours in a car or at a desk',
      'leg-length difference',
    ],
    selfCare:
      'Lie face down angled onto a ball placed in front of and above the bony point of the hip and roll slowly; then stand, cross the leg behind the other and lean the hip out.',
    prevalence: 'common',
    source: GLUTEUS_MINIMUS,
  },
  {
    id: 'gluteus-minimus-2',
    muscle: 'gluteus-minimus',
    label: 'posterior',
    at: { u: 0.2, v: 0.4, depth: 0.7 },
    palpation:
      'Side-lying with the hip slightly bent; deep pressure through the gluteus medius and maximus along the upper border of the piriformis, midway between crest and trochanter.',
    landmarks: ['iliac-crest', 'greater-trochanter'],
    referral: {
      essential: [
        {
          // Most of the buttock, especially its lower inner part, and down the back of the thigh.
          blobs: [
            { at: { landmark: 'ischial-tuberosity', offset: [0.03, 0.04, -0.06] }, radius: 0.07, facing: 'posterior' },
            BACK_OF_THIGH,
          ],
          areas: ['buttock', 'back-of-thigh'],
        },
      ],
      spillover: [
        {
          blobs: [
            {
              at: { landmark: 'fibular-head', offset: [-0.03, 0.03, -0.045] },
              to: { landmark: 'medial-malleolus', offset: [0.025, 0.06, -0.04] },
              radius: 0.045,
              facing: 'posterior',
            },
          ],
          areas: ['back-of-knee', 'calf'],
        },
      ],
    },
    symptoms: [
      'deep buttock pain running down the back of the thigh',
      'pain that feels like sciatica',
      'hard to stand straight after sitting',
      'limping',
    ],
    conditions: ['sciatica-like-pain', 'piriformis-syndrome', 'hamstring-strain-pattern', 'leg-length-inequality', 'gait-dysfunction', 'lumbar-radiculopathy-s1'],
    perpetuatingFactors: [
      'sitting on a wallet',
      'sitting motionless for hours',
      'walking or running too far',
      'leg-length difference',
    ],
    selfCare:
      'Lie on a ball placed in the upper outer buttock, midway between the hip bone and the bony point of the hip, for 30–60 s, then hug the knee toward the opposite shoulder.',
    prevalence: 'common',
    source: GLUTEUS_MINIMUS,
  },

  // ── Piriformis (v: front of the sacrum 0 → greater trochanter 1; u < 0.5 upper edge) ───────────────────────────
  {
    id: 'piriformis-1',
    muscle: 'piriformis',
    label: 'TrP1 (lateral)',
    at: { u: 0.5, v: 0.7, depth: 0.6 },
    palpation:
      'Side-lying with the hip bent to about 90°; press through the gluteus maximus just inside the top of the greater trochanter, along a line toward the upper sacral border.',
    landmarks: ['greater-trochanter'],
    referral: PIRIFORMIS_REFERRAL,
    symptoms: PIRIFORMIS_SYMPTOMS,
    conditions: ['piriformis-syndrome', 'sciatica-like-pain', 'sacroiliac-pain', 'hamstring-strain-pattern', 'leg-length-inequality', 'lumbar-radiculopathy-s1', 'pelvic-tilt'],
    perpetuatingFactors: PIRIFORMIS_FACTORS,
    selfCare: PIRIFORMIS_SELF_CARE,
    prevalence: 'common',
    source: PIRIFORMIS,
  },
  {
    id: 'piriformis-2',
    muscle: 'piriformis',
    label: 'TrP2 (medial)',
    sharedPatternWith: 'piriformis-1',
    at: { u: 0.5, v: 0.3, depth: 0.7 },
    palpation:
      'Side-lying with the hip bent; press through the gluteus maximus beside the outer edge of the sacrum, in the upper inner part of the greater sciatic notch.',
    landmarks: ['sacrum-lateral-border'],
    referral: PIRIFORMIS_REFERRAL,
    symptoms: PIRIFORMIS_SYMPTOMS,
    conditions: ['piriformis-syndrome', 'sciatica-like-pain', 'sacroiliac-pain', 'hamstring-strain-pattern', 'leg-length-inequality', 'lumbar-radiculopathy-s1', 'pelvic-tilt'],
    perpetuatingFactors: PIRIFORMIS_FACTORS,
    selfCare: PIRIFORMIS_SELF_CARE,
    prevalence: 'common',
    source: PIRIFORMIS,
  },

  // ── Tensor fasciae latae (v: ASIS 0 → iliotibial band 1; u < 0.5 anterior edge) ────────────────────────────────
  {
    id: 'tensor-fasciae-latae-1',
    muscle: 'tensor-fasciae-latae',
    label: 'TrP',
    at: { u: 0.5, v: 0.4 },
    palpation:
      'Supine; flat palpation of the muscle just below and behind the front hip bone (ASIS), easier to feel while the person turns the thigh inward.',
    landmarks: ['asis'],
    referral: {
      essential: [
        {
          // Front-side of the hip over the trochanter and the upper outer-front thigh.
          blobs: [
            { at: { landmark: 'greater-trochanter', offset: [0.01, 0.01, 0.04] }, radius: 0.05 },
            { at: { landmark: 'greater-trochanter', offset: [0.01, -0.06, 0.035] }, radius: 0.06 },
          ],
          areas: ['greater-trochanter', 'outer-hip', 'outer-thigh', 'front-of-thigh'],
        },
      ],
      spillover: [
        {
          blobs: [
            {
              at: { landmark: 'greater-trochanter', offset: [0.01, -0.06, 0.03] },
              to: { landmark: 'femur-lateral-epicondyle', offset: [0.005, 0, 0.025] },
              radius: 0.04,
            },
          ],
          areas: ['outer-thigh', 'front-of-thigh', 'outer-knee'],
        },
      ],
    },
    symptoms: [
      'aching at the front-side of the hip',
      'pain lying on that side',
      'cannot sit long with the hips sharply bent',
      'pain walking fast',
    ],
    conditions: ['greater-trochanteric-pain', 'gait-dysfunction', 'lower-crossed-syndrome', 'meralgia-paresthetica'],
    perpetuatingFactors: [
      'long sitting with the hips sharply bent',
      'running on banked roads',
      'sleeping curled up on the side',
      'uphill walking or running',
    ],
    selfCare:
      'Lie face down with a ball under the front-side of the hip just below the hip bone and roll slowly; then stand, cross the leg behind and push the hip out.',
    prevalence: 'occasional',
    source: TFL,
  },
] as const satisfies readonly TriggerPoint[]
