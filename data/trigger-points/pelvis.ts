/**
 * Trigger points of the pelvic floor (Travell & Simons Vol. 2, pelvic floor muscles), obturator internus and the
 * other short lateral rotators (piriformis and other short lateral rotators), pectineus and adductor brevis (with
 * the adductors of the hip).
 *
 * Authored for the LEFT muscle; mirrored for the right. Referral shapes are our own rendering of the published
 * descriptions: essential = felt by nearly everyone with that trigger point, spillover = felt by some.
 */
import type { Blob, TriggerPoint } from '../schema'

const v2 = (chapter: string, locator?: string): TriggerPoint['source'] =>
  locator ? { ref: 'travell-simons-v2', chapter, locator } : { ref: 'travell-simons-v2', chapter }
const PELVIC_FLOOR = 'Pelvic floor muscles'
const ROTATORS = 'Piriformis and other short lateral rotators'

/** The tailbone and the region between it and the anus. */
const COCCYX: Blob = { at: { landmark: 'coccyx', offset: [0, -0.004, -0.012] }, radius: 0.03 }
/** The anal region and the perineum between the legs. */
const PERINEUM: Blob = { at: { landmark: 'pubic-symphysis', offset: [0, -0.075, -0.07] }, radius: 0.04, facing: 'inferior' }
/** Down the back of the thigh from the gluteal fold. */
const BACK_OF_THIGH: Blob = {
  at: { landmark: 'ischial-tuberosity', offset: [0.02, -0.04, -0.03] },
  to: { landmark: 'femur-lateral-epicondyle', offset: [-0.03, 0.2, -0.06] },
  radius: 0.035,
  facing: 'posterior',
}
/** Over the buttock, from the sacrum out toward the hip joint. */
const BUTTOCK: Blob = {
  at: { landmark: 's2', offset: [0.04, -0.03, -0.03] },
  to: { landmark: 'greater-trochanter', offset: [-0.02, 0.01, -0.06] },
  radius: 0.045,
  facing: 'posterior',
}

const PELVIC_FLOOR_CARE =
  'Sit on a soft ball placed beside the tailbone for a minute, breathing slowly into the belly and letting the pelvic floor drop as you breathe in; a pelvic health physiotherapist can treat these muscles from inside.'

export const PELVIS_TRIGGER_POINTS = [
  // ── Pelvic floor ──────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'coccygeus-1',
    muscle: 'coccygeus',
    label: 'beside the coccyx',
    at: { u: 0.5, v: 0.7 },
    palpation:
      'Examined by a clinician from inside (rectally or vaginally) on the side of the coccyx; from outside, deep pressure just beside the tip of the tailbone gives a hint.',
    landmarks: ['coccyx'],
    referral: {
      essential: [{ blobs: [COCCYX], areas: ['tailbone'] }],
      spillover: [
        { blobs: [{ at: { landmark: 's2', offset: [0.0, -0.02, -0.02] }, radius: 0.035 }], areas: ['sacrum'] },
      ],
    },
    symptoms: ['aching tailbone, worst when sitting', 'pain on getting up from a chair', 'low back ache near the sacrum'],
    conditions: ['coccydynia', 'pelvic-pain'],
    perpetuatingFactors: ['slumped sitting that rolls the weight onto the tailbone', 'a fall onto the bottom', 'hard chairs', 'childbirth'],
    selfCare: PELVIC_FLOOR_CARE,
    prevalence: 'occasional',
    source: v2(PELVIC_FLOOR, 'coccygeus'),
  },
  {
    id: 'levator-ani-1',
    muscle: 'levator-ani',
    label: 'funnel beside the anal canal',
    at: { u: 0.5, v: 0.6, depth: 0.5 },
    palpation: 'Examined by a clinician from inside (rectally or vaginally), sweeping along the muscle from the pubis back toward the coccyx.',
    landmarks: ['coccyx', 'ischial-tuberosity'],
    referral: {
      essential: [{ blobs: [COCCYX, PERINEUM], areas: ['tailbone', 'perineum'], laterality: 'bilateral' }],
      spillover: [
        { blobs: [{ at: { landmark: 's2', offset: [0.0, -0.03, -0.02] }, radius: 0.035 }], areas: ['sacrum'] },
        { blobs: [{ at: { landmark: 'pubic-symphysis', offset: [0, -0.05, -0.02] }, radius: 0.03, facing: 'inferior' }], areas: ['genitals'] },
      ],
    },
    symptoms: ['a deep ache in the tailbone and rectum', 'pain sitting, better standing or lying', 'a feeling of fullness in the rectum', 'pain with intercourse or bowel movements'],
    conditions: ['pelvic-pain', 'coccydynia'],
    perpetuatingFactors: ['slumped sitting for long', 'holding the pelvic floor tight under stress', 'straining with constipation', 'childbirth or pelvic surgery'],
    selfCare: PELVIC_FLOOR_CARE,
    prevalence: 'occasional',
    source: v2(PELVIC_FLOOR, 'levator ani'),
  },
  {
    id: 'external-anal-sphincter-1',
    muscle: 'external-anal-sphincter',
    label: 'round the anus',
    at: { u: 0.5, v: 0.5 },
    palpation: 'Examined by a clinician, with a gloved finger just inside the anal opening, pressing out against the ring of muscle.',
    referral: {
      essential: [{ blobs: [{ at: { landmark: 'coccyx', offset: [0, -0.025, 0.025] }, radius: 0.025, facing: 'inferior' }], areas: ['perineum'], laterality: 'bilateral' }],
      spillover: [{ blobs: [COCCYX], areas: ['tailbone'] }],
    },
    symptoms: ['a poorly placed ache round the back passage', 'pain with bowel movements', 'discomfort sitting'],
    conditions: ['pelvic-pain', 'coccydynia'],
    perpetuatingFactors: ['straining with constipation', 'haemorrhoids or a fissure', 'holding the sphincter tight under stress'],
    selfCare: 'Soak in a warm bath, keep stools soft, and practise letting the back passage relax as you breathe in slowly.',
    prevalence: 'rare',
    source: v2(PELVIC_FLOOR, 'anal sphincter'),
  },
  {
    id: 'bulbospongiosus-1',
    muscle: 'bulbospongiosus',
    label: 'perineal belly',
    at: { u: 0.5, v: 0.4 },
    palpation: 'Examined by a clinician; flat palpation in the perineum in front of the anus, or beside the vaginal opening.',
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'pubic-symphysis', offset: [0, -0.065, -0.04] }, radius: 0.03, facing: 'inferior' }],
          areas: ['perineum', 'genitals'],
          laterality: 'bilateral',
        },
      ],
      spillover: [],
    },
    symptoms: ['ache in the perineum, worse sitting upright', 'pain with intercourse', 'discomfort in the base of the penis or around the vaginal opening'],
    conditions: ['pelvic-pain', 'groin-pain'],
    perpetuatingFactors: ['cycling on a narrow saddle', 'sitting upright on hard seats', 'holding the pelvic floor tight'],
    selfCare: 'Sit on a soft cushion with a gap for the perineum, avoid narrow saddles, and breathe slowly into the belly letting the pelvic floor drop.',
    prevalence: 'rare',
    source: v2(PELVIC_FLOOR, 'bulbospongiosus'),
  },
  {
    id: 'ischiocavernosus-1',
    muscle: 'ischiocavernosus',
    label: 'along the ischial ramus',
    at: { u: 0.5, v: 0.5 },
    palpation: 'Examined by a clinician; flat palpation along the inner edge of the sit bone’s forward ramus, beside the perineum.',
    landmarks: ['ischiopubic-ramus'],
    referral: {
      essential: [{ blobs: [{ at: { landmark: 'ischial-tuberosity', offset: [-0.02, -0.02, 0.02] }, radius: 0.03, facing: 'inferior' }], areas: ['perineum'] }],
      spillover: [],
    },
    symptoms: ['an ache in the perineum beside the sit bone', 'discomfort sitting'],
    conditions: ['pelvic-pain', 'groin-pain'],
    perpetuatingFactors: ['long sitting on a hard seat', 'cycling', 'holding the pelvic floor tight'],
    selfCare: PELVIC_FLOOR_CARE,
    prevalence: 'rare',
    source: v2(PELVIC_FLOOR, 'ischiocavernosus'),
  },
  {
    id: 'transverse-perineal-1',
    muscle: 'transverse-perineal',
    label: 'between the sit bone and the perineal body',
    at: { u: 0.5, v: 0.5 },
    palpation: 'Examined by a clinician; flat palpation across the perineum from the sit bone in toward the midline in front of the anus.',
    referral: {
      essential: [{ blobs: [PERINEUM], areas: ['perineum'] }],
      spillover: [],
    },
    symptoms: ['an ache deep in the perineum', 'discomfort sitting'],
    conditions: ['pelvic-pain'],
    perpetuatingFactors: ['childbirth tears or an episiotomy scar', 'long sitting', 'cycling'],
    selfCare: PELVIC_FLOOR_CARE,
    prevalence: 'rare',
    source: v2(PELVIC_FLOOR, 'transverse perineal'),
  },
  // ── Obturator internus and the other short lateral rotators ──────────────────────────────────────────────────
  {
    id: 'obturator-internus-1',
    muscle: 'obturator-internus',
    label: 'inside the pelvis, on the obturator membrane',
    at: { u: 0.5, v: 0.3, depth: 0.5 },
    palpation:
      'Examined by a clinician from inside (rectally or vaginally) on the side wall of the pelvis; its tendon can be felt from outside between the sit bone and the greater trochanter.',
    landmarks: ['ischial-tuberosity', 'greater-trochanter'],
    referral: {
      essential: [{ blobs: [COCCYX, PERINEUM], areas: ['tailbone', 'perineum'] }],
      spillover: [{ blobs: [BACK_OF_THIGH], areas: ['back-of-thigh'] }],
    },
    symptoms: ['pain and fullness in the rectum or vagina', 'ache round the tailbone', 'pain sitting, spreading to the back of the thigh'],
    conditions: ['pelvic-pain', 'coccydynia', 'piriformis-syndrome'],
    perpetuatingFactors: ['long sitting', 'a fall onto the bottom', 'running or cutting sports that load hip rotation', 'childbirth'],
    selfCare: 'Lie on the back, bend the knee and let it fall out to the side; press gently into the buttock between the sit bone and the hip bone with a ball while breathing slowly.',
    prevalence: 'occasional',
    source: v2(ROTATORS, 'obturator internus'),
  },
  {
    id: 'obturator-externus-1',
    muscle: 'obturator-externus',
    label: 'deep in the groin, below pectineus',
    at: { u: 0.5, v: 0.5, depth: 0.8 },
    palpation: 'Supine with the hip bent and turned out; deep pressure into the groin below pectineus, against the obturator membrane (hard to reach).',
    landmarks: ['ischiopubic-ramus'],
    referral: {
      essential: [{ blobs: [BUTTOCK], areas: ['buttock'] }],
      spillover: [
        { blobs: [{ at: { landmark: 'pubic-tubercle', offset: [0.02, -0.03, -0.01] }, radius: 0.03 }], areas: ['groin'] },
        { blobs: [BACK_OF_THIGH], areas: ['back-of-thigh'] },
      ],
    },
    symptoms: ['deep ache in the buttock and groin', 'hip feels stiff turning in'],
    conditions: ['piriformis-syndrome', 'groin-pain'],
    perpetuatingFactors: ['sitting cross-legged', 'sports with sudden turns of the hip'],
    selfCare: 'Lie on the back with both knees bent and let them sway slowly from side to side, then hug one knee across toward the opposite shoulder.',
    prevalence: 'rare',
    source: v2(ROTATORS, 'obturator externus'),
  },
  {
    id: 'gemellus-superior-1',
    muscle: 'gemellus-superior',
    label: 'behind the hip, below piriformis',
    at: { u: 0.5, v: 0.5, depth: 0.6 },
    palpation: 'Side-lying with the hip bent; deep pressure through gluteus maximus just below the line of piriformis, between the sacrum’s edge and the greater trochanter.',
    landmarks: ['greater-trochanter', 'sacrum-lateral-border'],
    referral: {
      essential: [{ blobs: [BUTTOCK], areas: ['buttock', 'sacroiliac'] }],
      spillover: [{ blobs: [BACK_OF_THIGH], areas: ['back-of-thigh'] }],
    },
    symptoms: ['deep ache in the buttock, worse sitting', 'pain may run down the back of the thigh'],
    conditions: ['piriformis-syndrome', 'sciatica-like-pain'],
    perpetuatingFactors: ['long sitting', 'sleeping with the top leg dropped forward', 'running and cutting sports'],
    selfCare: 'Lie on the back, cross the ankle over the other knee and draw both toward the chest; press a ball into the deep buttock just below its middle.',
    prevalence: 'occasional',
    source: v2(ROTATORS, 'gemelli'),
  },
  {
    id: 'gemellus-inferior-1',
    muscle: 'gemellus-inferior',
    label: 'behind the hip, above quadratus femoris',
    at: { u: 0.5, v: 0.5, depth: 0.6 },
    palpation: 'Side-lying with the hip bent; deep pressure through gluteus maximus between the top of the sit bone and the greater trochanter.',
    landmarks: ['ischial-tuberosity', 'greater-trochanter'],
    referral: {
      essential: [{ blobs: [BUTTOCK], areas: ['buttock'] }],
      spillover: [{ blobs: [BACK_OF_THIGH], areas: ['back-of-thigh'] }],
    },
    symptoms: ['deep ache in the buttock, worse sitting', 'pain may run down the back of the thigh'],
    conditions: ['piriformis-syndrome', 'sciatica-like-pain'],
    perpetuatingFactors: ['long sitting', 'sleeping with the top leg dropped forward', 'running and cutting sports'],
    selfCare: 'Lie on the back, cross the ankle over the other knee and draw both toward the chest; press a ball into the buttock just above the sit bone.',
    prevalence: 'occasional',
    source: v2(ROTATORS, 'gemelli'),
  },
  {
    id: 'quadratus-femoris-1',
    muscle: 'quadratus-femoris',
    label: 'between the sit bone and the greater trochanter',
    at: { u: 0.5, v: 0.5, depth: 0.5 },
    palpation: 'Prone or side-lying; deep pressure through the lower gluteus maximus in the gap between the outer edge of the sit bone and the back of the greater trochanter.',
    landmarks: ['ischial-tuberosity', 'greater-trochanter'],
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'ischial-tuberosity', offset: [0.03, 0.0, -0.05] }, to: { landmark: 'greater-trochanter', offset: [-0.02, -0.02, -0.06] }, radius: 0.035, facing: 'posterior' }],
          areas: ['buttock'],
        },
      ],
      spillover: [{ blobs: [BACK_OF_THIGH], areas: ['back-of-thigh'] }],
    },
    symptoms: ['pain low in the buttock, worse sitting and walking', 'pain toward the back of the thigh'],
    conditions: ['piriformis-syndrome', 'sciatica-like-pain'],
    perpetuatingFactors: ['long sitting', 'long strides and lunges', 'running with the hip turned in'],
    selfCare: 'Sit on a firm ball placed between the sit bone and the side of the hip for half a minute, then hug the knee toward the opposite shoulder.',
    prevalence: 'occasional',
    source: v2(ROTATORS, 'quadratus femoris'),
  },
  // ── Pectineus and adductor brevis ───────────────────────────────────────────────────────────────────────────
  {
    id: 'pectineus-1',
    muscle: 'pectineus',
    label: 'below the inguinal ligament',
    at: { u: 0.5, v: 0.35 },
    palpation:
      'Supine, hip a little bent, out and turned out; flat palpation just below the inguinal ligament between the femoral pulse and adductor longus.',
    landmarks: ['pubic-tubercle'],
    referral: {
      essential: [
        {
          // A deep ache in the groin just below the inguinal ligament.
          blobs: [{ at: { landmark: 'pubic-tubercle', offset: [0.025, -0.025, 0.01] }, radius: 0.03 }],
          areas: ['groin'],
        },
      ],
      spillover: [
        {
          blobs: [{ at: { landmark: 'pubic-tubercle', offset: [0.025, -0.06, 0.0] }, to: { landmark: 'femur-medial-epicondyle', offset: [0.02, 0.25, 0.02] }, radius: 0.03 }],
          areas: ['inner-thigh'],
        },
      ],
    },
    symptoms: ['deep ache in the groin just below the crease', 'pain on spreading the legs or crossing them', 'groin pain with running'],
    conditions: ['groin-pain'],
    perpetuatingFactors: ['a sudden slip or splits', 'sitting cross-legged or with the hip sharply bent', 'hip joint stiffness'],
    selfCare: 'Lie on the back, bend the knee and let it fall outward while the other leg stays straight, and breathe slowly into the stretch in the groin.',
    prevalence: 'occasional',
    source: v2('Pectineus muscle'),
  },
  {
    id: 'adductor-brevis-1',
    muscle: 'adductor-brevis',
    label: 'upper inner thigh, deep to adductor longus',
    at: { u: 0.5, v: 0.35, depth: 0.6 },
    palpation: 'Supine with the thigh out to the side; deep flat palpation of the upper inner thigh, through or behind adductor longus.',
    landmarks: ['pubic-tubercle'],
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'pubic-tubercle', offset: [0.03, -0.06, 0.0] }, to: { landmark: 'femur-medial-epicondyle', offset: [0.02, 0.06, 0.02] }, radius: 0.032 }],
          areas: ['groin', 'inner-thigh'],
        },
      ],
      spillover: [
        {
          blobs: [{ at: { landmark: 'femur-medial-epicondyle', offset: [0.01, 0.0, 0.03] }, to: { landmark: 'medial-malleolus', offset: [0.0, 0.15, 0.02] }, radius: 0.025 }],
          areas: ['inner-knee', 'shin'],
        },
      ],
    },
    symptoms: ['deep ache in the groin and inner thigh', 'pain reaching the inner knee and down the shin', 'worse when standing or putting weight on the leg'],
    conditions: ['groin-pain'],
    perpetuatingFactors: ['skiing or riding with the thighs gripping', 'a sudden slip', 'sitting with the legs crossed'],
    selfCare: 'Sit with the soles of the feet together and let the knees drop out, pressing gently on the inner thighs while breathing slowly.',
    prevalence: 'occasional',
    source: v2('Adductor muscles of the hip', 'adductor brevis'),
  },
] as const satisfies readonly TriggerPoint[]
