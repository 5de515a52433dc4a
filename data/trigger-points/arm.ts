/**
 * Trigger points of the upper arm and forearm: biceps, brachialis, the three triceps heads, brachioradialis, the
 * wrist and finger extensors, the wrist and finger flexors, palmaris longus and supinator. Authored for the LEFT
 * muscle; mirrored for the right. Arms hang at the sides with the palms forward, so the palm faces anterior.
 *
 * Locations and referred-pain patterns follow the published descriptions in Travell & Simons, Vol. 1, 2nd ed. (1999),
 * by chapter; the wording and the blob shapes are our own.
 *
 * u follows the dataset convention (u < 0.5 toward the edge nearer the midline): in the forearm that is the ulnar side,
 * so the middle-finger part of extensor digitorum has u > 0.5. Most arm muscles are tubes, so their TrPs sit near u = 0.5.
 */
import type { TriggerPoint } from '../schema'

export const ARM_TRIGGER_POINTS = [
  // ── Biceps brachii (ch. 30) ───────────────────────────────────────────────────────────────────────────────────
  {
    id: 'biceps-brachii-1',
    muscle: 'biceps-brachii',
    label: 'distal belly TrPs (both heads)',
    at: { u: 0.5, v: 0.68 },
    palpation:
      'Pincer palpation of the lower half of the belly between thumb and fingers, patient supine or seated with the elbow slightly bent and the forearm supported palm up.',
    referral: {
      essential: [
        {
          blobs: [
            { at: { landmark: 'greater-tubercle', offset: [-0.02, -0.02, 0.05] }, radius: 0.04 },
            { at: { landmark: 'greater-tubercle', offset: [-0.02, -0.06, 0.045] }, to: { landmark: 'humerus-lateral-epicondyle', offset: [-0.03, 0.06, 0.045] }, radius: 0.025, facing: 'anterior' },
          ],
          areas: ['front-of-shoulder', 'front-of-upper-arm'],
        },
      ],
      spillover: [
        {
          blobs: [{ at: { landmark: 'scapula-spine-root', offset: [0.04, 0.04, 0.01] }, radius: 0.035 }],
          areas: ['shoulder-blade'],
        },
        {
          blobs: [{ at: { landmark: 'humerus-medial-epicondyle', offset: [0.03, 0, 0.045] }, radius: 0.025, facing: 'anterior' }],
          areas: ['front-of-upper-arm', 'front-of-elbow', 'front-of-forearm'],
        },
      ],
    },
    symptoms: [
      'superficial ache at the front of the shoulder',
      'weak or painful lifting with the palm up',
      'ache in the crook of the elbow',
    ],
    conditions: ['shoulder-impingement'],
    perpetuatingFactors: ['carrying heavy shopping bags with the palms up', 'turning a stiff screwdriver', 'playing the guitar or violin for long periods'],
    selfCare:
      'Squeeze and hold tender spots in the lower biceps with the elbow resting bent on a cushion, then straighten the arm behind you with the palm down to stretch.',
    prevalence: 'occasional',
    source: { ref: 'travell-simons-v1', chapter: 30 },
  },

  // ── Brachialis (ch. 31): distal TrPs above the elbow, proximal TrPs in the upper half ────────────────────────
  {
    id: 'brachialis-1',
    muscle: 'brachialis',
    label: 'distal TrPs',
    at: { u: 0.5, v: 0.65, depth: 0.3 },
    palpation:
      'Flat palpation a few centimetres above the elbow crease, pushing the biceps aside toward the midline, patient supine with the elbow bent about 45° and supported.',
    referral: {
      essential: [
        {
          blobs: [
            { at: { landmark: 'wrist', offset: [0.025, -0.02, -0.01] }, to: { landmark: 'mcp-1' }, radius: 0.024, facing: 'posterior' },
          ],
          areas: ['thumb', 'thumb-side-of-hand', 'back-of-hand'],
        },
      ],
      spillover: [
        {
          blobs: [{ at: { landmark: 'humerus-medial-epicondyle', offset: [0.03, 0, 0.045] }, radius: 0.025, facing: 'anterior' }],
          areas: ['front-of-upper-arm', 'front-of-elbow', 'front-of-forearm'],
        },
      ],
    },
    symptoms: [
      'ache at the base of the thumb',
      'thumb feels sore when gripping',
      'pain at the front of the elbow when straightening it fully',
    ],
    conditions: ['carpal-tunnel-syndrome', 'cervical-radiculopathy-c6'],
    perpetuatingFactors: ['carrying heavy loads with the elbow bent (shopping, a toddler)', 'playing the guitar or violin', 'sleeping with the elbow tightly bent'],
    selfCare:
      'With the elbow bent and supported, press gently into the outer side of the lower upper arm just above the elbow crease for 30 seconds, then let the arm straighten.',
    prevalence: 'occasional',
    source: { ref: 'travell-simons-v1', chapter: 31 },
  },
  {
    id: 'brachialis-2',
    muscle: 'brachialis',
    label: 'proximal TrPs',
    at: { u: 0.5, v: 0.4, depth: 0.5 },
    palpation:
      'Flat palpation deep to the biceps in the middle of the upper arm, displacing the biceps to one side, patient supine with the elbow bent and supported.',
    referral: {
      essential: [
        {
          blobs: [
            { at: { landmark: 'wrist', offset: [0.025, -0.02, -0.01] }, to: { landmark: 'mcp-1' }, radius: 0.024, facing: 'posterior' },
          ],
          areas: ['thumb', 'thumb-side-of-hand', 'back-of-hand'],
        },
      ],
      spillover: [
        {
          blobs: [{ at: { landmark: 'humerus-medial-epicondyle', offset: [0.03, 0, 0.045] }, radius: 0.025, facing: 'anterior' }],
          areas: ['front-of-upper-arm', 'front-of-elbow', 'front-of-forearm'],
        },
        {
          blobs: [{ at: { landmark: 'greater-tubercle', offset: [-0.02, -0.02, 0.05] }, radius: 0.035 }],
          areas: ['front-of-shoulder'],
        },
      ],
    },
    symptoms: [
      'ache at the base of the thumb',
      'ache at the front of the shoulder',
      'elbow feels stiff straightening out',
    ],
    conditions: ['carpal-tunnel-syndrome', 'cervical-radiculopathy-c6'],
    perpetuatingFactors: ['lifting with the elbow bent', 'using crutches', 'holding a phone to the ear for long calls'],
    selfCare:
      'Rest the arm on a table, press the fingers deep under the biceps in the mid upper arm for 30 seconds, then straighten the elbow slowly.',
    prevalence: 'occasional',
    source: { ref: 'travell-simons-v1', chapter: 31 },
  },

  // ── Triceps brachii (ch. 32): TrP1 long head, TrP3 lateral head, TrP2/TrP4/TrP5 medial (deep) head ────────────
  {
    id: 'triceps-long-head-1',
    muscle: 'triceps-long-head',
    label: 'TrP1',
    at: { u: 0.45, v: 0.35 },
    palpation:
      'Pincer palpation of the long head in the middle of the back of the arm, a few centimetres below where the teres major crosses it, patient supine with the arm raised beside the head or seated with the arm supported.',
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'glenohumeral', offset: [0.02, -0.03, -0.055] }, to: { landmark: 'deltoid-tuberosity', offset: [-0.02, -0.06, -0.045] }, radius: 0.03, facing: 'posterior' }],
          areas: ['back-of-shoulder', 'back-of-upper-arm'],
        },
      ],
      spillover: [
        {
          blobs: [{ at: { landmark: 'acromion', offset: [-0.06, 0.03, -0.02] }, radius: 0.03 }],
          areas: ['top-of-shoulder'],
        },
        {
          blobs: [{ at: { landmark: 'olecranon', offset: [0.01, -0.06, 0] }, to: { landmark: 'wrist', offset: [-0.01, 0.06, -0.03] }, radius: 0.025, facing: 'posterior' }],
          areas: ['back-of-forearm'],
        },
      ],
    },
    symptoms: [
      'vague ache at the back of the upper arm and shoulder',
      'can’t hold the straight arm up against the ear',
      'pain on fully straightening the elbow under load',
    ],
    conditions: ['cervical-radiculopathy-c7'],
    perpetuatingFactors: ['crutches or a walking stick of the wrong length', 'working with the arm reaching forward without elbow support', 'press-ups and dips'],
    selfCare:
      'Squeeze and hold tender spots in the middle of the back of the arm, then stretch by bending the elbow and drawing it up beside the head.',
    prevalence: 'common',
    source: { ref: 'travell-simons-v1', chapter: 32 },
  },
  {
    id: 'triceps-lateral-head-1',
    muscle: 'triceps-lateral-head',
    label: 'TrP3',
    at: { u: 0.75, v: 0.5 },
    palpation:
      'Flat palpation against the humerus on the outer back of the arm at about mid-height, patient seated with the elbow bent and the forearm resting.',
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'deltoid-tuberosity', offset: [-0.015, -0.02, -0.045] }, to: { landmark: 'olecranon', offset: [0, 0.06, 0] }, radius: 0.03, facing: 'posterior' }],
          areas: ['back-of-upper-arm'],
        },
      ],
      spillover: [
        {
          blobs: [
            { at: { landmark: 'olecranon', offset: [0.01, -0.06, 0] }, to: { landmark: 'wrist', offset: [-0.01, 0.06, -0.03] }, radius: 0.025, facing: 'posterior' },
            { at: { landmark: 'mcp-4', offset: [0, -0.012, -0.005] }, to: { landmark: 'fingertip-4' }, radius: 0.02, facing: 'posterior' },
            { at: { landmark: 'mcp-5', offset: [0, -0.012, -0.005] }, to: { landmark: 'fingertip-5' }, radius: 0.02, facing: 'posterior' },
          ],
          areas: ['back-of-forearm', 'ring-finger', 'little-finger'],
        },
      ],
    },
    symptoms: [
      'ache in the middle of the back of the upper arm',
      'occasional tingling toward the ring and little fingers',
    ],
    conditions: ['cervical-radiculopathy-c7', 'cervical-radiculopathy-c8'],
    perpetuatingFactors: ['pushing heavy loads with straight arms', 'tennis or golf strokes', 'leaning on the elbows'],
    selfCare:
      'Rest the back of the arm on a ball on a table and roll slowly along the outer back of the arm for a minute.',
    prevalence: 'occasional',
    source: { ref: 'travell-simons-v1', chapter: 32 },
  },
  {
    id: 'triceps-medial-head-1',
    muscle: 'triceps-medial-head',
    label: 'TrP2 (lateral border, above the lateral epicondyle)',
    at: { u: 0.85, v: 0.75 },
    palpation:
      'Flat palpation against the humerus on the outer side of the lower arm, 4–6 cm above the lateral epicondyle, patient seated with the elbow bent and supported.',
    landmarks: ['humerus-lateral-epicondyle'],
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'humerus-lateral-epicondyle' }, radius: 0.03 }],
          areas: ['outer-elbow'],
        },
      ],
      spillover: [
        {
          blobs: [{ at: { landmark: 'radial-head', offset: [0.01, -0.03, 0] }, to: { landmark: 'radial-styloid', offset: [0, 0.04, 0] }, radius: 0.022, facing: 'lateral' }],
          areas: ['thumb-side-of-forearm'],
        },
      ],
    },
    symptoms: [
      'pain at the outer elbow, like tennis elbow',
      'ache down the thumb side of the forearm',
      'elbow hurts when pushing up from a chair',
    ],
    conditions: ['lateral-epicondylalgia', 'cervical-radiculopathy-c7'],
    perpetuatingFactors: ['tennis backhand', 'using a walking stick or crutches', 'pushing up from chairs with the arms'],
    selfCare:
      'Press the fingertips into the outer side of the arm just above the elbow for 30 seconds, then straighten and bend the elbow slowly.',
    prevalence: 'occasional',
    source: { ref: 'travell-simons-v1', chapter: 32 },
  },
  {
    id: 'triceps-medial-head-2',
    muscle: 'triceps-medial-head',
    label: 'TrP4 (deep, just above the olecranon)',
    at: { u: 0.5, v: 0.92, depth: 0.7 },
    palpation:
      'Deep flat palpation just above the point of the elbow through the triceps tendon, patient seated with the elbow bent about 45°.',
    landmarks: ['olecranon'],
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'olecranon' }, radius: 0.03 }],
          areas: ['back-of-elbow'],
        },
      ],
      spillover: [],
    },
    symptoms: [
      'tender point of the elbow',
      'sore to lean on the elbow',
    ],
    conditions: ['cervical-radiculopathy-c7'],
    perpetuatingFactors: ['leaning on the elbows at a desk', 'press-ups', 'hammering'],
    selfCare:
      'Avoid leaning on the point of the elbow and place a soft pad under it when working at a desk.',
    prevalence: 'occasional',
    source: { ref: 'travell-simons-v1', chapter: 32 },
  },
  {
    id: 'triceps-medial-head-3',
    muscle: 'triceps-medial-head',
    label: 'TrP5 (medial border, above the medial epicondyle)',
    at: { u: 0.15, v: 0.8 },
    palpation:
      'Flat palpation against the humerus on the inner side of the lower arm just above the medial epicondyle, patient supine with the arm out to the side.',
    landmarks: ['humerus-medial-epicondyle'],
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'humerus-medial-epicondyle' }, radius: 0.03 }],
          areas: ['inner-elbow'],
        },
      ],
      spillover: [
        {
          blobs: [
            { at: { landmark: 'humerus-medial-epicondyle', offset: [0, -0.03, 0.01] }, to: { landmark: 'ulnar-styloid', offset: [0, 0.03, 0.01] }, radius: 0.022, facing: 'anterior' },
            { at: { landmark: 'mcp-4', offset: [0, -0.012, 0.005] }, to: { landmark: 'fingertip-4' }, radius: 0.02, facing: 'anterior' },
            { at: { landmark: 'mcp-5', offset: [0, -0.012, 0.005] }, to: { landmark: 'fingertip-5' }, radius: 0.02, facing: 'anterior' },
          ],
          areas: ['front-of-forearm', 'little-finger-side-of-hand', 'ring-finger', 'little-finger'],
        },
      ],
    },
    symptoms: [
      'pain at the inner elbow, like golfer’s elbow',
      'ache toward the palm side of the ring and little fingers',
    ],
    conditions: ['medial-epicondylalgia', 'cervical-radiculopathy-c8'],
    perpetuatingFactors: ['golf or throwing', 'pushing with the elbow straight', 'crutch walking'],
    selfCare:
      'Press gently on the inner side of the arm just above the elbow for 30 seconds while the arm rests on a table.',
    prevalence: 'occasional',
    source: { ref: 'travell-simons-v1', chapter: 32 },
  },

  // ── Brachioradialis, extensor carpi radialis longus and brevis (ch. 34) ───────────────────────────────────────
  {
    id: 'brachioradialis-1',
    muscle: 'brachioradialis',
    label: 'central TrP',
    at: { u: 0.5, v: 0.35 },
    palpation:
      'Pincer palpation of the muscle lifted off the radius 1–2 cm below the elbow crease, forearm half-turned (thumb up) and resting on the thigh.',
    referral: {
      essential: [
        {
          blobs: [
            { at: { landmark: 'wrist', offset: [0.02, 0, -0.01] }, to: { landmark: 'mcp-1', offset: [-0.01, 0, -0.01] }, radius: 0.025, facing: 'posterior' },
            { at: { landmark: 'mcp-1', offset: [-0.005, 0.01, 0] }, to: { landmark: 'mcp-2', offset: [0.005, 0.02, 0] }, radius: 0.02, facing: 'posterior' },
          ],
          areas: ['back-of-wrist', 'back-of-hand', 'thumb-side-of-hand', 'thumb'],
        },
      ],
      spillover: [
        {
          blobs: [
            { at: { landmark: 'humerus-lateral-epicondyle' }, radius: 0.025 },
            { at: { landmark: 'radial-head', offset: [0.01, -0.03, 0] }, to: { landmark: 'radial-styloid', offset: [0, 0.03, 0] }, radius: 0.02, facing: 'lateral' },
          ],
          areas: ['outer-elbow', 'thumb-side-of-forearm'],
        },
      ],
    },
    symptoms: [
      'ache in the web between thumb and index finger and at the wrist',
      'weak grip, dropping a cup',
      'pain shaking hands',
    ],
    conditions: ['lateral-epicondylalgia', 'cervical-radiculopathy-c6', 'radial-tunnel-syndrome'],
    perpetuatingFactors: ['forceful gripping with the thumb up (hammering, lifting pots)', 'vigorous hand-shaking', 'long hours on a computer mouse'],
    selfCare:
      'Pinch and hold the thick muscle just below the outer elbow crease for 30 seconds, and lift objects with the palm facing up rather than down.',
    prevalence: 'common',
    source: { ref: 'travell-simons-v1', chapter: 34 },
  },
  {
    id: 'extensor-carpi-radialis-longus-1',
    muscle: 'extensor-carpi-radialis-longus',
    label: 'central TrP',
    at: { u: 0.5, v: 0.18 },
    palpation:
      'Flat palpation just below the lateral epicondyle at the level of the elbow crease, between the brachioradialis and the extensor bellies, forearm resting palm down.',
    landmarks: ['humerus-lateral-epicondyle'],
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'humerus-lateral-epicondyle' }, radius: 0.03 }],
          areas: ['outer-elbow'],
        },
        {
          blobs: [{ at: { landmark: 'radial-styloid', offset: [0, -0.03, -0.01] }, to: { landmark: 'mcp-2', offset: [0.003, 0.02, -0.005] }, radius: 0.025, facing: 'posterior' }],
          areas: ['back-of-hand', 'back-of-wrist'],
        },
      ],
      spillover: [
        {
          blobs: [{ at: { landmark: 'humerus-lateral-epicondyle', offset: [0, -0.04, 0] }, to: { landmark: 'radial-styloid', offset: [0, 0.05, -0.01] }, radius: 0.022, facing: 'lateral' }],
          areas: ['thumb-side-of-forearm', 'back-of-forearm'],
        },
      ],
    },
    symptoms: [
      'pain at the outer elbow',
      'ache on the back of the hand near the base of the thumb',
      'weak grip when turning a key or holding a mug',
    ],
    conditions: ['lateral-epicondylalgia'],
    perpetuatingFactors: ['repeated forceful gripping with the wrist cocked back', 'tennis backhand', 'typing with the wrists bent up'],
    selfCare:
      'Press into the forearm muscle just below the outer elbow for 30 seconds, and keep the wrist straight while typing or gripping.',
    prevalence: 'common',
    source: { ref: 'travell-simons-v1', chapter: 34 },
  },
  {
    id: 'extensor-carpi-radialis-brevis-1',
    muscle: 'extensor-carpi-radialis-brevis',
    label: 'central TrP',
    at: { u: 0.5, v: 0.25 },
    palpation:
      'Flat palpation against the radius about 5–6 cm below the lateral epicondyle, forearm resting palm down.',
    landmarks: ['humerus-lateral-epicondyle'],
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'wrist', offset: [0, 0, -0.015] }, to: { landmark: 'mcp-3', offset: [0, 0.025, -0.005] }, radius: 0.03, facing: 'posterior' }],
          areas: ['back-of-wrist', 'back-of-hand'],
        },
      ],
      spillover: [],
    },
    symptoms: [
      'ache across the back of the wrist and hand',
      'weak, painful grip',
      'outer forearm tender to press',
    ],
    conditions: ['lateral-epicondylalgia', 'radial-tunnel-syndrome', 'ischemic-muscle-pain'],
    perpetuatingFactors: ['heavy gripping with the palm down', 'racquet sports', 'long hours of typing or mouse work'],
    selfCare:
      'Press a thumb into the upper outer forearm for 30 seconds, then stretch by gently bending the wrist down with the elbow straight.',
    prevalence: 'common',
    source: { ref: 'travell-simons-v1', chapter: 34 },
  },

  // ── Extensor digitorum (ch. 35): middle-finger and ring-finger extensor TrPs ──────────────────────────────────
  {
    id: 'extensor-digitorum-1',
    muscle: 'extensor-digitorum',
    label: 'middle-finger extensor TrP',
    at: { u: 0.6, v: 0.12 },
    palpation:
      'Flat palpation 3–4 cm below the radial head on the back of the forearm; the band tightens when the patient lifts the middle finger against light resistance.',
    landmarks: ['radial-head'],
    referral: {
      essential: [
        {
          blobs: [
            { at: { landmark: 'radial-head', offset: [-0.01, -0.04, -0.02] }, to: { landmark: 'wrist', offset: [0, 0.03, -0.02] }, radius: 0.025, facing: 'posterior' },
            { at: { landmark: 'wrist', offset: [0, 0, -0.015] }, to: { landmark: 'mcp-3' }, radius: 0.025, facing: 'posterior' },
            { at: { landmark: 'mcp-3' }, to: { landmark: 'fingertip-3', offset: [0, 0.015, 0] }, radius: 0.02, facing: 'posterior' },
          ],
          areas: ['back-of-forearm', 'back-of-wrist', 'back-of-hand', 'middle-finger'],
        },
      ],
      spillover: [
        {
          blobs: [{ at: { landmark: 'humerus-lateral-epicondyle' }, radius: 0.025 }],
          areas: ['outer-elbow'],
        },
      ],
    },
    symptoms: [
      'ache down the back of the forearm into the middle finger',
      'stiff, sore middle finger joints',
      'weak grip',
    ],
    conditions: ['lateral-epicondylalgia', 'cervical-radiculopathy-c7', 'ischemic-muscle-pain'],
    perpetuatingFactors: ['repetitive typing or piano playing', 'strong repeated gripping (pruning, tools)', 'hovering the fingers over a mouse or keyboard'],
    selfCare:
      'Press into the upper back of the forearm for 30 seconds, then stretch by making a loose fist and bending the wrist down with the elbow straight.',
    prevalence: 'common',
    source: { ref: 'travell-simons-v1', chapter: 35 },
  },
  {
    id: 'extensor-digitorum-2',
    muscle: 'extensor-digitorum',
    label: 'ring-finger extensor TrP',
    at: { u: 0.4, v: 0.17 },
    palpation:
      'Flat palpation on the back of the forearm slightly further down and toward the ulnar side than the middle-finger TrP; the band tightens when the ring finger is lifted.',
    referral: {
      essential: [
        {
          blobs: [
            { at: { landmark: 'wrist', offset: [-0.015, 0, -0.015] }, to: { landmark: 'mcp-4' }, radius: 0.025, facing: 'posterior' },
            { at: { landmark: 'mcp-4' }, to: { landmark: 'fingertip-4', offset: [0, 0.015, 0] }, radius: 0.02, facing: 'posterior' },
          ],
          areas: ['back-of-wrist', 'back-of-hand', 'ring-finger'],
        },
      ],
      spillover: [
        {
          blobs: [
            { at: { landmark: 'humerus-lateral-epicondyle' }, radius: 0.025 },
            { at: { landmark: 'radial-head', offset: [-0.015, -0.04, -0.02] }, to: { landmark: 'wrist', offset: [-0.01, 0.04, -0.02] }, radius: 0.022, facing: 'posterior' },
          ],
          areas: ['outer-elbow', 'back-of-forearm'],
        },
      ],
    },
    symptoms: [
      'ache in the back of the ring finger and hand',
      'pain at the outer elbow',
      'fingers stiff in the morning',
    ],
    conditions: ['lateral-epicondylalgia', 'ischemic-muscle-pain'],
    perpetuatingFactors: ['repetitive finger work (typing, playing an instrument)', 'gripping tools tightly', 'wrists held bent up for long periods'],
    selfCare:
      'Press gently into the back of the forearm just below the elbow toward the little-finger side, then stretch the fingers and wrist downward.',
    prevalence: 'occasional',
    source: { ref: 'travell-simons-v1', chapter: 35 },
  },

  // ── Flexor carpi radialis and flexor digitorum superficialis (ch. 38) ─────────────────────────────────────────
  {
    id: 'flexor-carpi-radialis-1',
    muscle: 'flexor-carpi-radialis',
    label: 'central TrP',
    at: { u: 0.5, v: 0.3 },
    palpation:
      'Flat palpation in the upper third of the front of the forearm, thumb side of centre, forearm supinated and resting; the band tightens as the wrist is bent gently.',
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'radial-styloid', offset: [-0.01, 0, 0.02] }, to: { landmark: 'wrist', offset: [0, 0, 0.02] }, radius: 0.022, facing: 'anterior' }],
          areas: ['front-of-wrist'],
        },
      ],
      spillover: [
        {
          blobs: [
            { at: { landmark: 'wrist', offset: [0.01, -0.04, 0.02] }, radius: 0.022, facing: 'anterior' },
            { at: { landmark: 'wrist', offset: [0.01, 0.06, 0.02] }, radius: 0.022, facing: 'anterior' },
          ],
          areas: ['palm', 'front-of-forearm'],
        },
      ],
    },
    symptoms: [
      'pain at the thumb side of the wrist crease',
      'wrist hurts when cutting with scissors or shears',
      'ache turning a key',
    ],
    conditions: ['carpal-tunnel-syndrome', 'medial-epicondylalgia', 'pronator-teres-syndrome'],
    perpetuatingFactors: ['sustained firm gripping (steering wheel, tools)', 'cutting with scissors or shears', 'typing with the wrist bent'],
    selfCare:
      'Press gently into the upper front of the forearm for 30 seconds, then stretch with the palm up and the wrist bent back by the other hand.',
    prevalence: 'occasional',
    source: { ref: 'travell-simons-v1', chapter: 38 },
  },
  {
    id: 'flexor-digitorum-superficialis-1',
    muscle: 'flexor-digitorum-superficialis',
    label: 'radial-head TrP (middle finger)',
    at: { u: 0.62, v: 0.35 },
    palpation:
      'Flat palpation in the middle of the front of the forearm a little toward the thumb side, forearm supinated; the band tightens as the middle finger bends.',
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'mcp-3', offset: [0, -0.012, 0.005] }, to: { landmark: 'fingertip-3', offset: [0, -0.01, 0] }, radius: 0.02, facing: 'anterior' }],
          areas: ['middle-finger'],
        },
      ],
      spillover: [
        {
          blobs: [{ at: { landmark: 'wrist', offset: [0, -0.03, 0.02] }, to: { landmark: 'mcp-3' }, radius: 0.02, facing: 'anterior' }],
          areas: ['palm'],
        },
      ],
    },
    symptoms: [
      'shooting, lightning-like pain into the middle finger',
      'stiff, aching finger that is hard to straighten',
      'trouble with fine gripping such as scissors',
    ],
    conditions: ['carpal-tunnel-syndrome', 'medial-epicondylalgia', 'pronator-teres-syndrome'],
    perpetuatingFactors: ['prolonged tight gripping (steering wheel, climbing holds, garden tools)', 'knitting or fine handwork', 'carrying heavy bags by the handles'],
    selfCare:
      'Press gently into the middle of the front of the forearm for 30 seconds, then stretch the fingers back with the palm up and the elbow straight.',
    prevalence: 'occasional',
    source: { ref: 'travell-simons-v1', chapter: 38 },
  },
  {
    id: 'flexor-digitorum-superficialis-2',
    muscle: 'flexor-digitorum-superficialis',
    label: 'humeral-head TrP (ring and little fingers)',
    at: { u: 0.38, v: 0.3 },
    palpation:
      'Flat palpation in the upper front of the forearm toward the little-finger side, forearm supinated; the band tightens as the ring and little fingers bend.',
    referral: {
      essential: [
        {
          blobs: [
            { at: { landmark: 'mcp-4', offset: [0, -0.012, 0.005] }, to: { landmark: 'fingertip-4', offset: [0, -0.01, 0] }, radius: 0.02, facing: 'anterior' },
            { at: { landmark: 'mcp-5', offset: [0, -0.012, 0.005] }, to: { landmark: 'fingertip-5', offset: [0, -0.01, 0] }, radius: 0.02, facing: 'anterior' },
          ],
          areas: ['ring-finger', 'little-finger'],
        },
      ],
      spillover: [
        {
          blobs: [{ at: { landmark: 'ulnar-styloid', offset: [0, -0.02, 0.02] }, to: { landmark: 'mcp-5' }, radius: 0.02, facing: 'anterior' }],
          areas: ['palm'],
        },
      ],
    },
    symptoms: [
      'shooting pain into the ring and little fingers',
      'fingers catch or feel stiff on opening the hand',
      'grip tires quickly',
    ],
    conditions: ['carpal-tunnel-syndrome', 'medial-epicondylalgia', 'pronator-teres-syndrome', 'cervical-radiculopathy-c8'],
    perpetuatingFactors: ['prolonged tight gripping', 'repetitive clicking or tapping', 'carrying heavy bags by the handles'],
    selfCare:
      'Press into the upper inner forearm for 30 seconds, then spread the fingers back against a table with the elbow straight.',
    prevalence: 'occasional',
    source: { ref: 'travell-simons-v1', chapter: 38 },
  },

  // ── Palmaris longus (ch. 37) ──────────────────────────────────────────────────────────────────────────────────
  {
    id: 'palmaris-longus-1',
    muscle: 'palmaris-longus',
    label: 'central TrP',
    at: { u: 0.5, v: 0.25 },
    palpation:
      'Flat palpation in the middle of the upper front of the forearm, forearm supinated and resting; the tendon stands out at the wrist when thumb and little finger are pinched together.',
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'wrist', offset: [0, -0.025, 0.015] }, to: { landmark: 'mcp-3', offset: [0, 0.025, 0.01] }, radius: 0.028, facing: 'anterior' }],
          areas: ['palm'],
        },
      ],
      spillover: [
        {
          blobs: [{ at: { landmark: 'wrist', offset: [0, 0.06, 0.02] }, to: { landmark: 'wrist', offset: [0, 0, 0.02] }, radius: 0.022, facing: 'anterior' }],
          areas: ['front-of-forearm', 'front-of-wrist'],
        },
      ],
    },
    symptoms: [
      'prickly, needle-like soreness in the palm',
      'palm too tender to grip tool handles',
    ],
    conditions: ['carpal-tunnel-syndrome', 'medial-epicondylalgia'],
    perpetuatingFactors: ['tool handles pressing into the palm', 'gripping a walking stick or crutch handle', 'tight sustained gripping'],
    selfCare:
      'Use padded or thicker tool handles, and press gently into the upper middle of the front of the forearm for 30 seconds.',
    prevalence: 'occasional',
    source: { ref: 'travell-simons-v1', chapter: 37 },
  },

  // ── Supinator (ch. 36) ────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'supinator-1',
    muscle: 'supinator',
    label: 'ventral TrP (near the radius)',
    at: { u: 0.5, v: 0.5, depth: 0.6 },
    palpation:
      'With the forearm fully supinated and the elbow slightly bent, press through the thin overlying muscles onto the front of the radius just outside and below the biceps tendon.',
    referral: {
      essential: [
        {
          blobs: [
            { at: { landmark: 'humerus-lateral-epicondyle' }, radius: 0.03 },
            { at: { landmark: 'radial-head' }, radius: 0.025 },
          ],
          areas: ['outer-elbow'],
        },
      ],
      spillover: [
        {
          blobs: [{ at: { landmark: 'mcp-1', offset: [-0.005, 0.01, 0] }, to: { landmark: 'mcp-2', offset: [0.005, 0.02, 0] }, radius: 0.022, facing: 'posterior' }],
          areas: ['thumb-side-of-hand', 'back-of-hand', 'thumb'],
        },
      ],
    },
    symptoms: [
      'pain at the outer elbow, like tennis elbow',
      'hurts to carry a briefcase with the arm straight',
      'pain turning a doorknob or opening a jar',
    ],
    conditions: ['lateral-epicondylalgia', 'radial-tunnel-syndrome', 'cervical-radiculopathy-c6'],
    perpetuatingFactors: ['carrying a heavy bag with the elbow straight', 'tennis backhand with a straight elbow', 'turning screwdrivers or stiff handles', 'walking a dog that pulls on the lead'],
    selfCare:
      'Carry loads with the palm up and elbow bent, and press gently just below the outer elbow crease for 30 seconds.',
    prevalence: 'common',
    source: { ref: 'travell-simons-v1', chapter: 36 },
  },
] as const satisfies readonly TriggerPoint[]
