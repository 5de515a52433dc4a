/**
 * Trigger points of the abdominal wall and the low back: rectus abdominis, external oblique (Simons, Travell &
 * Simons Vol. 1, 2nd ed., ch. 49), iliocostalis lumborum, longissimus thoracis, multifidus (ch. 48) and quadratus
 * lumborum (Travell & Simons Vol. 2, ch. 4).
 *
 * Authored for the LEFT muscle; mirrored for the right. Referral shapes are our own rendering of the published
 * descriptions: essential = felt by nearly everyone with that trigger point, spillover = felt by some.
 */
import { areaZone } from './area-zone'
import type { Blob, TriggerPoint } from '../schema'

const ABDOMINAL = { ref: 'travell-simons-v1', chapter: 49 } as const
const PARASPINAL = { ref: 'travell-simons-v1', chapter: 48 } as const
const QL = { ref: 'travell-simons-v2', chapter: 4 } as const

/** Over the sacroiliac joint, just below and inside the back hip bone (PSIS). */
const SACROILIAC_SPOT = {
  at: { landmark: 'psis', offset: [0, -0.02, -0.01] },
  radius: 0.035,
  facing: 'posterior',
} as const satisfies Blob

/** A horizontal strip from the lumbosacral junction out to the back hip bone (one half of a belt). */
const LUMBOSACRAL_BELT = {
  at: { landmark: 'l5-spinous', offset: [0, -0.01, -0.005] },
  to: { landmark: 'psis', offset: [0.045, 0.01, 0] },
  radius: 0.045,
  facing: 'posterior',
} as const satisfies Blob

/** Along the top of the pelvis, from above the PSIS round to the highest point of the crest. */
const ILIAC_CREST_POSTERIOR = {
  at: { landmark: 'psis', offset: [0.02, 0.04, 0] },
  to: { landmark: 'iliac-crest', offset: [0, 0.01, -0.01] },
  radius: 0.032,
} as const satisfies Blob

export const TRUNK_TRIGGER_POINTS = [
  // ── Rectus abdominis (v: pubis 0 → xiphoid/costal cartilages 1; u < 0.5 toward the linea alba) ──────────────────
  {
    id: 'rectus-abdominis-1',
    muscle: 'rectus-abdominis',
    label: 'upper (epigastric)',
    at: { u: 0.5, v: 0.85 },
    palpation:
      'Supine; flat palpation of the upper rectus just below the xiphoid and costal margin, easier to tell from the viscera while the person lifts the head slightly.',
    landmarks: ['xiphoid'],
    referral: {
      essential: [
        {
          // A belt across the back at the thoracolumbar junction, on both sides.
          blobs: [
            {
              at: { landmark: 't12-spinous', offset: [0, 0, -0.005] },
              to: { landmark: 't12-spinous', offset: [0.06, -0.01, 0.005] },
              radius: 0.05,
              facing: 'posterior',
            },
          ],
          areas: ['mid-back', 'low-back'],
          laterality: 'bilateral',
        },
      ],
      spillover: [
        {
          blobs: [{ at: { landmark: 'xiphoid', offset: [0.03, -0.04, 0.01] }, radius: 0.05, facing: 'anterior' }],
          areas: ['upper-abdomen'],
        },
      ],
    },
    symptoms: [
      'a band of ache straight across the middle of the back',
      'feeling bloated or full after a small meal',
      'heartburn-like burning high in the belly',
      'queasiness',
    ],
    conditions: ['atypical-chest-pain', 'abdominal-wall-pain'],
    perpetuatingFactors: [
      'slumped sitting',
      'a long bout of coughing',
      'overdoing crunches or sit-ups',
      'holding the belly tight under stress',
    ],
    selfCare:
      'Lie on your back over a rolled towel placed under the mid-back and let the front of the trunk open while breathing slowly into the belly.',
    prevalence: 'occasional',
    source: ABDOMINAL,
  },
  {
    id: 'rectus-abdominis-2',
    muscle: 'rectus-abdominis',
    label: 'periumbilical (lateral border)',
    at: { u: 0.75, v: 0.45 },
    palpation:
      'Supine; flat palpation along the outer edge of the rectus sheath beside the navel while the person lifts the head to tense the muscle.',
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'umbilicus', offset: [0.03, 0, 0] }, radius: 0.055, facing: 'anterior' }],
          areas: ['upper-abdomen', 'lower-abdomen'],
        },
      ],
      spillover: [],
    },
    symptoms: [
      'crampy, colicky belly pain',
      'belly pain worse when bending forward or straining',
      'a sore spot beside the navel',
    ],
    conditions: ['abdominal-wall-pain'],
    perpetuatingFactors: [
      'scars from abdominal surgery',
      'slouched sitting for hours',
      'straining with constipation',
      'hard core workouts',
    ],
    selfCare:
      'With flat fingers, press gently beside the navel in slow circles while breathing deep into the belly, then lie face down and prop up on the elbows.',
    prevalence: 'occasional',
    source: ABDOMINAL,
  },
  {
    id: 'rectus-abdominis-3',
    muscle: 'rectus-abdominis',
    label: 'lower (suprapubic)',
    at: { u: 0.5, v: 0.12 },
    palpation:
      'Supine with the legs straight; flat palpation just above the pubic bone while the person lifts both heels a little to tense the lower rectus.',
    landmarks: ['pubic-symphysis'],
    referral: {
      essential: [
        {
          // A belt across the low back at sacroiliac level, on both sides.
          blobs: [LUMBOSACRAL_BELT, SACROILIAC_SPOT],
          areas: ['low-back', 'sacroiliac', 'sacrum'],
          laterality: 'bilateral',
        },
      ],
      spillover: [
        {
          blobs: [
            { at: { landmark: 'pubic-symphysis', offset: [0.03, 0.04, 0.01] }, radius: 0.045, facing: 'anterior' },
          ],
          areas: ['lower-abdomen', 'groin'],
        },
      ],
    },
    symptoms: [
      'a band of pain across the low back on both sides',
      'low belly ache, often worse with periods',
      'pain when straightening up after bending',
    ],
    conditions: ['low-back-pain', 'sacroiliac-pain', 'abdominal-wall-pain', 'pelvic-pain', 'lower-crossed-syndrome'],
    perpetuatingFactors: [
      'sit-ups with the feet hooked under something',
      'slack abdominal wall after pregnancy',
      'long slumped sitting',
      'pelvic or bladder irritation',
    ],
    selfCare:
      'Lie face down and slowly prop up on the elbows to lengthen the lower belly, breathing calmly for half a minute.',
    prevalence: 'occasional',
    source: ABDOMINAL,
  },
  {
    id: 'rectus-abdominis-4',
    muscle: 'rectus-abdominis',
    label: "McBurney's point (lateral border)",
    at: { u: 0.85, v: 0.3 },
    palpation:
      'Supine; flat palpation of the outer edge of the lower rectus, about a third of the way from the front hip bone (ASIS) toward the navel.',
    landmarks: ['asis'],
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'asis', offset: [-0.045, 0.02, 0.02] }, radius: 0.05, facing: 'anterior' }],
          areas: ['lower-abdomen'],
        },
      ],
      spillover: [],
    },
    symptoms: [
      'sharp pain low on one side of the belly',
      'pain that can be mistaken for appendicitis',
      'pain when sitting up from lying',
    ],
    conditions: ['abdominal-wall-pain', 'pelvic-pain'],
    perpetuatingFactors: [
      'abdominal surgery scars',
      'a forward-tilted pelvis with a deep low-back curve',
      'sudden sit-up efforts',
    ],
    selfCare:
      'Once a doctor has ruled out other causes, press gently with flat fingers on the sore spot while breathing slowly, then do an easy backward-arch stretch lying face down.',
    prevalence: 'rare',
    source: ABDOMINAL,
  },

  // ── External oblique (v: lower ribs 0 → linea alba, pubis and iliac crest 1; u < 0.5 upper edge) ────────────────
  {
    id: 'external-oblique-1',
    muscle: 'external-oblique',
    label: 'upper (anterior chest wall)',
    at: { u: 0.3, v: 0.2 },
    palpation:
      'Supine; flat palpation of the fleshy slips over the lower ribs and along the costal margin, below and outside the nipple line.',
    landmarks: ['costal-margin'],
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'xiphoid', offset: [0.02, -0.04, 0.01] }, radius: 0.06, facing: 'anterior' }],
          areas: ['upper-abdomen'],
        },
      ],
      spillover: [
        {
          blobs: [{ at: { landmark: 'costal-margin', offset: [0, 0.04, 0.01] }, radius: 0.05 }],
          areas: ['side-of-ribs'],
        },
      ],
    },
    symptoms: [
      'heartburn-like burning high in the belly',
      'pain under the ribs when twisting or taking a deep breath',
      'tight, full feeling in the upper belly',
    ],
    conditions: ['atypical-chest-pain', 'abdominal-wall-pain'],
    perpetuatingFactors: [
      'twisting sports such as golf or tennis',
      'a long bout of coughing',
      'slumped sitting',
      'tight belts or waistbands',
    ],
    selfCare:
      'Lying on your back, reach one arm overhead and over to the other side to stretch along the ribs, breathing into the side.',
    prevalence: 'occasional',
    source: ABDOMINAL,
  },
  {
    id: 'external-oblique-2',
    muscle: 'external-oblique',
    label: 'lower (above the inguinal ligament)',
    at: { u: 0.8, v: 0.8 },
    palpation:
      'Supine; flat palpation of the lower outer abdominal wall just above the iliac crest and the inguinal ligament.',
    landmarks: ['iliac-crest'],
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'pubic-tubercle', offset: [0.03, 0.01, 0] }, radius: 0.04, facing: 'anterior' }],
          areas: ['groin'],
        },
      ],
      spillover: [
        {
          blobs: [{ at: { landmark: 'asis', offset: [-0.04, 0.01, 0.02] }, radius: 0.05, facing: 'anterior' }],
          areas: ['lower-abdomen'],
        },
        areaZone('genitals'),
      ],
    },
    symptoms: [
      'pain in the groin, sometimes felt in the testicle or labia',
      'ache low on the side of the belly',
      'pain with coughing or sneezing',
    ],
    conditions: ['abdominal-wall-pain', 'groin-pain'],
    perpetuatingFactors: [
      'repeated twisting and lifting',
      'coughing spells',
      'abdominal surgery scars',
      'a forward-tilted pelvis',
    ],
    selfCare:
      'Lie on the other side over a pillow with the top arm overhead to open the side of the waist, and breathe slowly into it.',
    prevalence: 'occasional',
    source: ABDOMINAL,
  },

  // ── Iliocostalis lumborum (v: sacrum and iliac crest 0 → lower ribs 1; u < 0.5 toward the spine) ────────────────
  {
    id: 'iliocostalis-lumborum-1',
    muscle: 'iliocostalis-lumborum',
    label: 'upper lumbar (L1)',
    at: { u: 0.5, v: 0.7 },
    palpation:
      'Prone with a pillow under the belly; flat palpation across the outer paraspinal column just below the 12th rib at L1, strumming across the vertical fibres.',
    landmarks: ['rib-12', 'l1-spinous'],
    referral: {
      essential: [
        {
          blobs: [
            { at: { landmark: 'ischial-tuberosity', offset: [0.04, 0.06, -0.06] }, radius: 0.06, facing: 'posterior' },
          ],
          areas: ['buttock'],
        },
      ],
      spillover: [
        {
          blobs: [
            {
              at: { landmark: 't12-spinous', offset: [0.06, -0.04, 0.01] },
              to: { landmark: 'psis', offset: [0.04, 0.04, 0] },
              radius: 0.04,
              facing: 'posterior',
            },
          ],
          areas: ['low-back'],
        },
        {
          blobs: [{ at: { landmark: 'umbilicus', offset: [0.05, -0.04, 0] }, radius: 0.045, facing: 'anterior' }],
          areas: ['lower-abdomen'],
        },
      ],
    },
    symptoms: [
      'deep ache in the middle of the buttock',
      'low back stiffness when getting up',
      'pain climbing stairs or rising from a chair',
    ],
    conditions: ['low-back-pain', 'leg-length-inequality', 'flank-pain', 'lower-crossed-syndrome'],
    perpetuatingFactors: [
      'lifting while bent and twisted',
      'long slumped sitting',
      'a sudden overload such as catching a fall',
      'getting chilled after exercise',
    ],
    selfCare:
      'Lie on a tennis ball placed just below the lowest rib beside the spine and let body weight press for 30–60 s, then hug the knees to the chest.',
    prevalence: 'common',
    source: PARASPINAL,
  },

  // ── Longissimus thoracis (v: sacrum 0 → thoracic transverse processes and ribs 1) ──────────────────────────────
  {
    id: 'longissimus-thoracis-1',
    muscle: 'longissimus-thoracis',
    label: 'lower thoracic (T10–T11)',
    at: { u: 0.5, v: 0.62 },
    palpation:
      'Prone over a pillow; flat palpation of the thick column next to the spine at T10–T11, strumming across it a finger-width outside the spinous processes.',
    landmarks: ['t10-spinous'],
    referral: {
      essential: [
        {
          // Refers far downward, to the lower buttock.
          blobs: [
            { at: { landmark: 'ischial-tuberosity', offset: [0.03, 0.02, -0.06] }, radius: 0.05, facing: 'posterior' },
          ],
          areas: ['buttock'],
        },
      ],
      spillover: [],
    },
    symptoms: [
      'ache low in the buttock, far below the sore spot in the back',
      'back stiffness when straightening after bending',
      'hard to get up out of a chair',
    ],
    conditions: ['low-back-pain', 'lower-crossed-syndrome'],
    perpetuatingFactors: [
      'lifting with a rounded back',
      'long drives',
      'prolonged bending such as gardening',
      'getting chilled',
    ],
    selfCare:
      'Lean against a wall with a ball beside the spine just below the shoulder blades and roll slowly down to the lowest ribs, pausing on tender spots.',
    prevalence: 'common',
    source: PARASPINAL,
  },
  {
    id: 'longissimus-thoracis-2',
    muscle: 'longissimus-thoracis',
    label: 'upper lumbar (L1)',
    at: { u: 0.5, v: 0.45 },
    palpation:
      'Prone over a pillow; flat palpation of the paraspinal column at L1, just medial to the iliocostalis, strumming across the fibres.',
    landmarks: ['l1-spinous'],
    referral: {
      essential: [
        {
          blobs: [
            { at: { landmark: 'psis', offset: [0.02, 0.03, -0.01] }, radius: 0.05, facing: 'posterior' },
            SACROILIAC_SPOT,
          ],
          areas: ['low-back', 'sacroiliac'],
        },
      ],
      spillover: [
        {
          blobs: [{ at: { landmark: 'psis', offset: [0.05, -0.04, 0] }, radius: 0.045, facing: 'posterior' }],
          areas: ['buttock'],
        },
      ],
    },
    symptoms: [
      'low back ache around the top of the pelvis',
      'pain on rising from sitting',
      'stiffness bending forward',
    ],
    conditions: ['low-back-pain', 'sacroiliac-pain', 'lower-crossed-syndrome'],
    perpetuatingFactors: [
      'lifting with a rounded back',
      'sitting long without back support',
      'sudden twisting under load',
    ],
    selfCare:
      'Lying on your back, place a ball beside the spine just above the pelvis for 30–60 s, then rock both knees gently from side to side.',
    prevalence: 'common',
    source: PARASPINAL,
  },

  // ── Multifidus (v: sacrum 0 → upward along the spine 1; u < 0.5 toward the spinous processes) ──────────────────
  {
    id: 'multifidus-1',
    muscle: 'multifidus',
    label: 'L2 level',
    at: { u: 0.3, v: 0.35, depth: 0.5 },
    palpation:
      'Prone over a pillow; deep pressure into the groove between the L2 spinous process and the erector column, angled toward the lamina.',
    landmarks: ['l2-spinous'],
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'l3-spinous', offset: [0.015, 0.04, -0.005] }, radius: 0.045, facing: 'posterior' }],
          areas: ['low-back'],
        },
      ],
      spillover: [
        {
          blobs: [{ at: { landmark: 'umbilicus', offset: [0.04, 0.03, 0] }, radius: 0.05, facing: 'anterior' }],
          areas: ['upper-abdomen', 'lower-abdomen'],
        },
      ],
    },
    symptoms: [
      'deep, bone-like ache right beside the spine',
      'pain when twisting or leaning back',
      'an ache that can show up in the belly',
    ],
    conditions: ['low-back-pain'],
    perpetuatingFactors: [
      'sitting long without back support',
      'repeated twisting while lifting',
      'an exaggerated or flattened low-back curve',
      'a sagging mattress',
    ],
    selfCare:
      'Stand with your back to a wall and a small ball beside the spine at the sore level, hold gentle pressure 30–60 s, then do slow pelvic tilts.',
    prevalence: 'common',
    source: PARASPINAL,
  },
  {
    id: 'multifidus-2',
    muscle: 'multifidus',
    label: 'S1 level',
    at: { u: 0.3, v: 0.08, depth: 0.5 },
    palpation:
      'Prone over a pillow; deep pressure beside the upper sacrum at S1, medial to the back hip bone (PSIS).',
    landmarks: ['s1', 'psis'],
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'coccyx', offset: [0, 0.01, -0.02] }, radius: 0.03, facing: 'posterior' }],
          areas: ['tailbone'],
        },
      ],
      spillover: [
        {
          blobs: [{ at: { landmark: 's2', offset: [0.01, -0.04, -0.01] }, radius: 0.035, facing: 'posterior' }],
          areas: ['sacrum'],
        },
      ],
    },
    symptoms: ['tailbone pain, worse when sitting', 'ache over the lower sacrum', 'pain standing up after sitting'],
    conditions: ['low-back-pain', 'sacroiliac-pain', 'coccydynia'],
    perpetuatingFactors: [
      'sitting slumped on the tailbone',
      'hard seats',
      'repeated bending and twisting',
    ],
    selfCare:
      'Sit tall on a cushion with a cut-out for the tailbone, and lying on your back press a small ball beside the upper sacrum for 30–60 s.',
    prevalence: 'occasional',
    source: PARASPINAL,
  },

  // ── Quadratus lumborum (v: iliac crest 0 → 12th rib and L1–L4 transverse processes 1; u < 0.5 toward the spine) ──
  {
    id: 'quadratus-lumborum-1',
    muscle: 'quadratus-lumborum',
    label: 'superficial, upper (below the 12th rib)',
    at: { u: 0.8, v: 0.85, depth: 0.2 },
    palpation:
      'Side-lying on the other side, top arm overhead and top leg behind to open the waist; press inward and down just under the 12th rib, outside the erector spinae.',
    landmarks: ['rib-12'],
    referral: {
      essential: [
        {
          // Along the crest of the pelvis.
          blobs: [
            ILIAC_CREST_POSTERIOR,
            {
              at: { landmark: 'iliac-crest', offset: [0, 0.01, 0] },
              to: { landmark: 'asis', offset: [0, 0.03, -0.02] },
              radius: 0.03,
            },
          ],
          areas: ['iliac-crest', 'low-back'],
        },
      ],
      spillover: [
        {
          blobs: [
            { at: { landmark: 'asis', offset: [-0.04, -0.01, 0.02] }, radius: 0.045, facing: 'anterior' },
            { at: { landmark: 'pubic-tubercle', offset: [0.04, 0.01, 0] }, radius: 0.035, facing: 'anterior' },
          ],
          areas: ['lower-abdomen', 'groin'],
        },
      ],
    },
    symptoms: [
      'aching along the top of the hip bone',
      'pain turning over in bed',
      'sharp pain on coughing or sneezing',
      'hard to stand up straight after sitting',
    ],
    conditions: ['low-back-pain', 'leg-length-inequality', 'flank-pain', 'groin-pain', 'pelvic-tilt'],
    perpetuatingFactors: [
      'leg-length difference',
      'a smaller half of the pelvis, tilting you when seated',
      'bending and lifting while twisting',
      'a soft, sagging mattress',
    ],
    selfCare:
      'Lie on a ball placed at the waist between the lowest rib and the hip bone, just outside the long back muscles, breathe slowly, then do a gentle side-bend stretch.',
    prevalence: 'common',
    source: QL,
  },
  {
    id: 'quadratus-lumborum-2',
    muscle: 'quadratus-lumborum',
    label: 'superficial, lower (above the iliac crest)',
    at: { u: 0.8, v: 0.15, depth: 0.2 },
    palpation:
      'Side-lying with the waist opened as above; press just above the iliac crest at the outer border of the muscle, angling toward the spine.',
    landmarks: ['iliac-crest'],
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'greater-trochanter', offset: [0.02, 0, 0] }, radius: 0.055, facing: 'lateral' }],
          areas: ['greater-trochanter', 'outer-hip'],
        },
      ],
      spillover: [
        {
          blobs: [
            { at: { landmark: 'greater-trochanter', offset: [0.02, -0.06, 0] }, radius: 0.045, facing: 'lateral' },
          ],
          areas: ['outer-thigh'],
        },
      ],
    },
    symptoms: [
      'pain over the bony point of the hip',
      'cannot lie on that side',
      'pain walking or climbing stairs',
    ],
    conditions: ['greater-trochanteric-pain', 'low-back-pain', 'leg-length-inequality', 'gait-dysfunction', 'pelvic-tilt', 'antalgic-gait'],
    perpetuatingFactors: [
      'leg-length difference',
      'standing with the weight on one leg',
      'lifting and twisting from a low position',
      'a soft, sagging mattress',
    ],
    selfCare:
      'Lie on a ball just above the back of the hip bone, outside the long back muscles, for 30–60 s, then stretch by reaching the arm overhead and leaning away.',
    prevalence: 'common',
    source: QL,
  },
  {
    id: 'quadratus-lumborum-3',
    muscle: 'quadratus-lumborum',
    label: 'deep, upper (near L3)',
    at: { u: 0.25, v: 0.6, depth: 0.7 },
    palpation:
      'Side-lying with the waist opened; deep pressure toward the L3 transverse process, angled medially just outside the erector spinae.',
    landmarks: ['l3-transverse-process'],
    referral: {
      essential: [{ blobs: [SACROILIAC_SPOT], areas: ['sacroiliac'] }],
      spillover: [
        {
          // When both sides are involved the two patches join across the upper sacrum.
          blobs: [{ at: { landmark: 's2', offset: [0.015, 0.02, -0.01] }, radius: 0.04, facing: 'posterior' }],
          areas: ['sacrum'],
        },
      ],
    },
    symptoms: [
      'deep ache at the dimple of the low back',
      'pain rolling over in bed',
      'sharp pain on coughing',
    ],
    conditions: ['sacroiliac-pain', 'low-back-pain', 'leg-length-inequality', 'pelvic-tilt'],
    perpetuatingFactors: [
      'leg-length difference',
      'lifting while bent and twisted',
      'walking or running on a slope',
    ],
    selfCare:
      'Side-lying with a pillow under the waist, let the top leg drop behind you to open the side of the waist and breathe into it for a minute.',
    prevalence: 'common',
    source: QL,
  },
  {
    id: 'quadratus-lumborum-4',
    muscle: 'quadratus-lumborum',
    label: 'deep, lower (near L4–L5)',
    at: { u: 0.25, v: 0.3, depth: 0.7 },
    palpation:
      'Side-lying with the waist opened; deep pressure toward the L4–L5 transverse processes, just above the iliac crest beside the erector spinae.',
    landmarks: ['iliac-crest'],
    referral: {
      essential: [
        {
          blobs: [
            { at: { landmark: 'ischial-tuberosity', offset: [0.02, 0, -0.05] }, radius: 0.055, facing: 'posterior' },
          ],
          areas: ['buttock'],
        },
      ],
      spillover: [],
    },
    symptoms: [
      'ache low in the buttock',
      'pain getting up from a chair or out of a car',
      'buttock pain that can be mistaken for sciatica',
    ],
    conditions: ['low-back-pain', 'sciatica-like-pain', 'leg-length-inequality', 'pelvic-tilt'],
    perpetuatingFactors: [
      'leg-length difference',
      'sitting on a wallet',
      'bending over a low sink or bed',
    ],
    selfCare:
      'Lie on a ball placed just above the back of the hip bone beside the spine and breathe slowly for 30–60 s, then hug one knee at a time.',
    prevalence: 'common',
    source: QL,
  },
] as const satisfies readonly TriggerPoint[]
