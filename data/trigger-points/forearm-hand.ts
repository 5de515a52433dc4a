/**
 * Trigger points of coracobrachialis and anconeus, the deep and ulnar forearm muscles (extensor carpi ulnaris,
 * extensor indicis, flexor carpi ulnaris, flexor digitorum profundus, flexor pollicis longus, pronator teres) and the
 * hand (adductor and opponens pollicis, the interossei, abductor digiti minimi). Authored for the LEFT muscle; mirrored
 * for the right. The arm hangs with the palm forward, so the palm faces anterior and the little-finger border medial.
 *
 * Locations and referred-pain patterns follow the published descriptions in Travell & Simons, Vol. 1, 2nd ed. (1999),
 * by chapter; the wording and the blob shapes are our own.
 */
import type { Blob, TriggerPoint } from '../schema'

const CORACOBRACHIALIS = { ref: 'travell-simons-v1', chapter: 29 } as const
const ANCONEUS = { ref: 'travell-simons-v1', chapter: 32, locator: 'anconeus section' } as const
const HAND_EXTENSORS = { ref: 'travell-simons-v1', chapter: 34 } as const
const EXTENSOR_INDICIS = { ref: 'travell-simons-v1', chapter: 35 } as const
const FLEXORS = { ref: 'travell-simons-v1', chapter: 38 } as const
const THUMB = { ref: 'travell-simons-v1', chapter: 39 } as const
const INTEROSSEI = { ref: 'travell-simons-v1', chapter: 40 } as const

/** The little-finger (ulnar) half of the back of the wrist. */
const ULNAR_BACK_OF_WRIST = {
  at: { landmark: 'ulnar-styloid', offset: [-0.004, 0.002, -0.012] },
  radius: 0.02,
  facing: 'posterior',
} as const satisfies Blob

/** The thumb from its base at the wrist to the tip, on its palm side. */
const PALMAR_THUMB = {
  at: { landmark: 'mcp-1', offset: [-0.012, 0.02, 0.004] },
  to: { landmark: 'fingertip-1' },
  radius: 0.017,
  facing: 'anterior',
} as const satisfies Blob

/** The little finger along its outer (ulnar) border. */
const ULNAR_LITTLE_FINGER = {
  at: { landmark: 'mcp-5', offset: [-0.006, 0.004, 0] },
  to: { landmark: 'fingertip-5', offset: [-0.004, 0, 0] },
  radius: 0.014,
} as const satisfies Blob

const finger = (n: 2 | 3 | 4 | 5, facing: 'anterior' | 'posterior'): Blob => ({
  at: { landmark: `mcp-${n}`, offset: [0, -0.004, facing === 'anterior' ? 0.004 : -0.004] },
  to: { landmark: `fingertip-${n}` },
  radius: 0.014,
  facing,
})

const GRIPPING = ['prolonged tight gripping (tools, steering wheel, racquet, climbing holds)', 'repetitive clicking, typing or phone use'] as const

export const FOREARM_HAND_TRIGGER_POINTS = [
  // ── Coracobrachialis (ch. 29) ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'coracobrachialis-1',
    muscle: 'coracobrachialis',
    label: 'TrP in the upper belly',
    at: { u: 0.5, v: 0.3 },
    palpation:
      'With the arm raised out to the side and turned out, reach into the front of the armpit behind pectoralis major and press up and back against the humerus, just below the coracoid.',
    landmarks: ['coracoid'],
    referral: {
      essential: [
        {
          blobs: [
            { at: { landmark: 'greater-tubercle', offset: [-0.015, -0.02, 0.05] }, radius: 0.035 },
            { at: { landmark: 'deltoid-tuberosity', offset: [-0.015, -0.02, -0.045] }, to: { landmark: 'olecranon', offset: [0, 0.07, -0.005] }, radius: 0.022, facing: 'posterior' },
          ],
          areas: ['front-of-shoulder', 'back-of-upper-arm'],
        },
      ],
      spillover: [
        {
          blobs: [
            { at: { landmark: 'olecranon', offset: [0.01, -0.06, 0] }, to: { landmark: 'wrist', offset: [-0.005, 0.05, -0.025] }, radius: 0.02, facing: 'posterior' },
            { at: { landmark: 'wrist', offset: [0, -0.02, -0.012] }, to: { landmark: 'mcp-3', offset: [0, 0.01, -0.012] }, radius: 0.018, facing: 'posterior' },
            finger(3, 'posterior'),
          ],
          areas: ['back-of-forearm', 'back-of-hand', 'middle-finger'],
        },
      ],
    },
    symptoms: [
      'ache at the front of the shoulder that runs down the back of the arm, skipping the elbow',
      'hard to reach behind the back or fully raise the arm overhead',
      'pain when lifting things at arm’s length',
    ],
    conditions: ['shoulder-impingement', 'rotator-cuff-tendinopathy'],
    perpetuatingFactors: ['lifting heavy loads with the arms out in front', 'rock climbing, push-ups or bench pressing', 'sleeping with the arm folded across the chest'],
    selfCare:
      'Lie on your back with the arm out to the side, press gently into the front of the armpit against the bone for 30 seconds, then let the arm rest back and out to stretch the front of the shoulder.',
    prevalence: 'occasional',
    source: CORACOBRACHIALIS,
  },

  // ── Anconeus (ch. 32) ─────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'anconeus-1',
    muscle: 'anconeus',
    label: 'TrP below the lateral epicondyle',
    at: { u: 0.5, v: 0.45 },
    palpation: 'Flat palpation in the hollow between the lateral epicondyle and the olecranon, elbow bent about 90° and resting.',
    landmarks: ['humerus-lateral-epicondyle', 'olecranon'],
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'humerus-lateral-epicondyle', offset: [0.004, -0.006, -0.006] }, radius: 0.024 }],
          areas: ['outer-elbow'],
        },
      ],
      spillover: [],
    },
    symptoms: ['local ache at the outer elbow', 'soreness when straightening the elbow against resistance'],
    conditions: ['lateral-epicondylalgia'],
    perpetuatingFactors: ['hammering or pushing with the elbow straightening', 'leaning on the elbows', 'tennis backhands'],
    selfCare: 'Rest the bent elbow on a table and press into the soft spot between the outer elbow bone and the point of the elbow for 30 seconds.',
    prevalence: 'rare',
    source: ANCONEUS,
  },

  // ── Extensor carpi ulnaris (ch. 34) ───────────────────────────────────────────────────────────────────────────
  {
    id: 'extensor-carpi-ulnaris-1',
    muscle: 'extensor-carpi-ulnaris',
    label: 'TrP 7–8 cm below the lateral epicondyle',
    at: { u: 0.5, v: 0.3 },
    palpation:
      'Flat palpation against the ulna on the little-finger side of the back of the forearm, a hand’s breadth below the elbow, forearm pronated and resting.',
    landmarks: ['humerus-lateral-epicondyle'],
    referral: {
      essential: [{ blobs: [ULNAR_BACK_OF_WRIST], areas: ['back-of-wrist'] }],
      spillover: [
        {
          blobs: [{ at: { landmark: 'ulnar-styloid', offset: [-0.004, -0.02, -0.01] }, to: { landmark: 'mcp-5', offset: [-0.002, 0.012, -0.01] }, radius: 0.016, facing: 'posterior' }],
          areas: ['back-of-hand', 'little-finger-side-of-hand'],
        },
      ],
    },
    symptoms: ['ache on the little-finger side of the back of the wrist', 'pain bending the hand toward the little finger, as in hammering or pouring'],
    conditions: ['wrist-and-hand-pain'],
    perpetuatingFactors: [...GRIPPING, 'a wrist held bent toward the little finger on the mouse or keyboard'],
    selfCare:
      'Press into the little-finger side of the upper forearm for 30 seconds, then stretch by bending the wrist down and toward the thumb with the elbow straight.',
    prevalence: 'occasional',
    source: HAND_EXTENSORS,
  },

  // ── Extensor indicis (ch. 35) ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'extensor-indicis-1',
    muscle: 'extensor-indicis',
    label: 'TrP in the lower back of the forearm',
    at: { u: 0.5, v: 0.35, depth: 0.5 },
    palpation:
      'Flat palpation between radius and ulna in the lower half of the back of the forearm, forearm pronated; the band tightens as the index finger lifts.',
    referral: {
      essential: [
        {
          blobs: [
            { at: { landmark: 'wrist', offset: [0.006, 0, -0.01] }, radius: 0.02, facing: 'posterior' },
            { at: { landmark: 'wrist', offset: [0.01, -0.02, -0.01] }, to: { landmark: 'mcp-2', offset: [0, 0.012, -0.01] }, radius: 0.016, facing: 'posterior' },
          ],
          areas: ['back-of-wrist', 'back-of-hand'],
        },
      ],
      spillover: [],
    },
    symptoms: ['ache in the back of the wrist and hand toward the index finger', 'index finger tires when pointing or tapping'],
    conditions: ['wrist-and-hand-pain'],
    perpetuatingFactors: ['repetitive pointing, tapping or clicking with the index finger', 'holding the index finger lifted while typing'],
    selfCare:
      'Press into the lower back of the forearm between the two bones for 30 seconds, then make a soft fist with the wrist bent down to stretch.',
    prevalence: 'occasional',
    source: EXTENSOR_INDICIS,
  },

  // ── Flexor carpi ulnaris (ch. 38) ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'flexor-carpi-ulnaris-1',
    muscle: 'flexor-carpi-ulnaris',
    label: 'TrP in the upper belly',
    at: { u: 0.5, v: 0.3 },
    palpation:
      'Pincer or flat palpation along the little-finger border of the front of the forearm, in its upper third, forearm supinated; the band tightens as the wrist bends toward the little finger.',
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'ulnar-styloid', offset: [-0.004, 0, 0.018] }, radius: 0.02, facing: 'anterior' }],
          areas: ['front-of-wrist', 'little-finger-side-of-hand'],
        },
      ],
      spillover: [
        {
          blobs: [{ at: { landmark: 'ulnar-styloid', offset: [-0.004, -0.02, 0.025] }, to: { landmark: 'mcp-5', offset: [-0.004, 0.015, 0.008] }, radius: 0.016, facing: 'anterior' }],
          areas: ['palm', 'little-finger-side-of-hand'],
        },
      ],
    },
    symptoms: ['ache on the little-finger side of the front of the wrist', 'tingling toward the little finger when the ulnar nerve is squeezed between its heads'],
    conditions: ['wrist-and-hand-pain', 'cubital-tunnel-syndrome', 'medial-epicondylalgia'],
    perpetuatingFactors: [...GRIPPING, 'leaning on the inner elbow', 'racquet sports with a strong wrist snap'],
    selfCare:
      'Press into the little-finger side of the upper forearm for 30 seconds, then stretch by bending the hand back and toward the thumb with the palm up.',
    prevalence: 'occasional',
    source: FLEXORS,
  },

  // ── Flexor digitorum profundus (ch. 38) ───────────────────────────────────────────────────────────────────────
  {
    id: 'flexor-digitorum-profundus-1',
    muscle: 'flexor-digitorum-profundus',
    label: 'radial part TrP (index and middle fingers)',
    at: { u: 0.6, v: 0.35, depth: 0.5 },
    palpation:
      'Deep flat palpation in the upper front of the forearm, beneath the superficial flexors, forearm supinated; the band tightens as the fingertips bend.',
    referral: {
      essential: [{ blobs: [finger(2, 'anterior'), finger(3, 'anterior')], areas: ['index-finger', 'middle-finger'] }],
      spillover: [
        {
          blobs: [{ at: { landmark: 'wrist', offset: [0.004, -0.03, 0.022] }, to: { landmark: 'mcp-2', offset: [0, 0.01, 0.008] }, radius: 0.016, facing: 'anterior' }],
          areas: ['palm'],
        },
      ],
    },
    symptoms: ['pain shooting to the tips of the index and middle fingers', 'stiff fingertips, hard to bend fully'],
    conditions: ['carpal-tunnel-syndrome', 'wrist-and-hand-pain'],
    perpetuatingFactors: [...GRIPPING, 'hanging from fingertips (climbing)'],
    selfCare: 'Press deep into the upper front of the forearm for 30 seconds, then stretch the fingers and wrist back together with the elbow straight.',
    prevalence: 'occasional',
    source: FLEXORS,
  },
  {
    id: 'flexor-digitorum-profundus-2',
    muscle: 'flexor-digitorum-profundus',
    label: 'ulnar part TrP (ring and little fingers)',
    at: { u: 0.4, v: 0.35, depth: 0.5 },
    palpation:
      'Deep flat palpation along the ulna in the upper front of the forearm, beneath flexor carpi ulnaris; the band tightens as the ring and little fingertips bend.',
    referral: {
      essential: [{ blobs: [finger(4, 'anterior'), finger(5, 'anterior')], areas: ['ring-finger', 'little-finger'] }],
      spillover: [
        {
          blobs: [{ at: { landmark: 'ulnar-styloid', offset: [0, -0.025, 0.024] }, to: { landmark: 'mcp-5', offset: [0, 0.012, 0.008] }, radius: 0.016, facing: 'anterior' }],
          areas: ['palm'],
        },
      ],
    },
    symptoms: ['pain shooting to the tips of the ring and little fingers', 'weak grip for the last two fingers'],
    conditions: ['cubital-tunnel-syndrome', 'wrist-and-hand-pain'],
    perpetuatingFactors: [...GRIPPING, 'carrying bags hooked on the last fingers'],
    selfCare: 'Press along the bone on the little-finger side of the upper forearm for 30 seconds, then stretch the fingers and wrist back.',
    prevalence: 'occasional',
    source: FLEXORS,
  },

  // ── Flexor pollicis longus (ch. 38) ───────────────────────────────────────────────────────────────────────────
  {
    id: 'flexor-pollicis-longus-1',
    muscle: 'flexor-pollicis-longus',
    label: 'TrP in the lower radial forearm',
    at: { u: 0.5, v: 0.55, depth: 0.4 },
    palpation:
      'Deep flat palpation over the radius in the lower half of the front of the forearm, just toward the thumb from the wrist flexor tendons; the band tightens as the thumb tip bends.',
    referral: {
      essential: [{ blobs: [PALMAR_THUMB], areas: ['thumb'] }],
      spillover: [],
    },
    symptoms: ['pain along the palm side of the thumb to its tip', 'clumsy fine grip with the thumb, trouble writing'],
    conditions: ['thumb-base-pain', 'carpal-tunnel-syndrome'],
    perpetuatingFactors: ['writing with a tight pen grip', 'gardening with shears or secateurs', 'texting and gaming with the thumbs'],
    selfCare: 'Press into the lower thumb side of the front of the forearm for 30 seconds, then bend the thumb and wrist back gently together.',
    prevalence: 'occasional',
    source: FLEXORS,
  },

  // ── Pronator teres (ch. 38) ───────────────────────────────────────────────────────────────────────────────────
  {
    id: 'pronator-teres-1',
    muscle: 'pronator-teres',
    label: 'TrP below the elbow crease',
    at: { u: 0.5, v: 0.35 },
    palpation:
      'Flat palpation just below and to the thumb side of the medial epicondyle, in the upper front of the forearm, forearm supinated and the elbow slightly bent; the band tightens as the palm turns down.',
    landmarks: ['humerus-medial-epicondyle'],
    referral: {
      essential: [
        {
          blobs: [
            { at: { landmark: 'radial-styloid', offset: [-0.006, 0.006, 0.014] }, radius: 0.02, facing: 'anterior' },
            { at: { landmark: 'radial-head', offset: [0.01, -0.08, 0.02] }, to: { landmark: 'radial-styloid', offset: [0.002, 0.03, 0.01] }, radius: 0.02, facing: 'anterior' },
          ],
          areas: ['front-of-wrist', 'thumb-side-of-forearm'],
        },
      ],
      spillover: [],
    },
    symptoms: ['deep ache in the thumb side of the front of the wrist and forearm', 'pain turning the palm up, as in turning a key or a doorknob', 'numbness in the thumb and first fingers when the median nerve is squeezed'],
    conditions: ['carpal-tunnel-syndrome', 'medial-epicondylalgia'],
    perpetuatingFactors: ['screwdriving and wringing', 'forehand strokes and golf swings', 'a cast or splint holding the forearm turned palm down'],
    selfCare: 'Press just below the inner elbow toward the middle of the forearm for 30 seconds, then turn the palm up with the elbow straight to stretch.',
    prevalence: 'occasional',
    source: FLEXORS,
  },

  // ── Adductor and opponens pollicis (ch. 39) ───────────────────────────────────────────────────────────────────
  {
    id: 'adductor-pollicis-1',
    muscle: 'adductor-pollicis',
    label: 'TrP in the web of the thumb',
    at: { u: 0.5, v: 0.6 },
    palpation: 'Pincer palpation of the web between thumb and index, thumb spread away from the hand; the band lies in the palm-side layer of the web.',
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'mcp-1', offset: [0.004, 0.025, -0.004] }, to: { landmark: 'fingertip-1', offset: [0.004, 0.01, 0] }, radius: 0.016 }],
          areas: ['thumb'],
        },
      ],
      spillover: [
        {
          blobs: [
            { at: { landmark: 'mcp-1', offset: [-0.016, 0.012, 0.004] }, radius: 0.018, facing: 'anterior' },
            { at: { landmark: 'mcp-1', offset: [-0.016, 0.006, -0.014] }, radius: 0.016, facing: 'posterior' },
          ],
          areas: ['palm', 'back-of-hand', 'thumb-side-of-hand'],
        },
      ],
    },
    symptoms: ['ache along the outer side of the thumb and its base, below the wrist crease', 'clumsy pinch: trouble buttoning, writing or sewing'],
    conditions: ['thumb-base-pain'],
    perpetuatingFactors: ['pinching and gripping hard for long (pens, brushes, trowels)', 'texting and gaming with the thumbs', 'hand-sewing, knitting'],
    selfCare: 'Squeeze the web of the thumb between the other thumb and fingers for 30 seconds, then spread the thumb away from the hand.',
    prevalence: 'common',
    source: THUMB,
  },
  {
    id: 'opponens-pollicis-1',
    muscle: 'opponens-pollicis',
    label: 'TrP in the ball of the thumb',
    at: { u: 0.5, v: 0.5 },
    palpation: 'Flat palpation of the ball of the thumb (thenar eminence) against the first metacarpal, hand palm up and relaxed.',
    referral: {
      essential: [
        {
          blobs: [PALMAR_THUMB, { at: { landmark: 'radial-styloid', offset: [-0.004, -0.006, 0.016] }, radius: 0.016, facing: 'anterior' }],
          areas: ['thumb', 'front-of-wrist'],
        },
      ],
      spillover: [],
    },
    symptoms: ['ache in the palm side of the thumb and a spot at the thumb side of the wrist crease', 'trouble with a precise pinch or opening jars'],
    conditions: ['thumb-base-pain', 'carpal-tunnel-syndrome'],
    perpetuatingFactors: ['pinch grips held for long', 'writing, sewing, gardening tools', 'texting with the thumb'],
    selfCare: 'Press into the ball of the thumb for 30 seconds, then stretch the thumb back and away from the palm.',
    prevalence: 'occasional',
    source: THUMB,
  },

  // ── Interossei and abductor digiti minimi of the hand (ch. 40) ────────────────────────────────────────────────
  {
    id: 'dorsal-interossei-hand-1',
    muscle: 'dorsal-interossei-hand',
    label: 'first dorsal interosseous TrP',
    at: { u: 0.1, v: 0.5 },
    palpation: 'Pincer palpation of the web between thumb and index from the back of the hand, against the side of the second metacarpal.',
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'mcp-2', offset: [0.008, 0.004, 0] }, to: { landmark: 'fingertip-2', offset: [0.005, 0, 0] }, radius: 0.014 }],
          areas: ['index-finger'],
        },
      ],
      spillover: [
        {
          blobs: [
            { at: { landmark: 'mcp-2', offset: [0, 0.025, -0.012] }, radius: 0.02, facing: 'posterior' },
            { at: { landmark: 'mcp-2', offset: [-0.006, 0.02, 0.01] }, radius: 0.016, facing: 'anterior' },
            ULNAR_LITTLE_FINGER,
          ],
          areas: ['back-of-hand', 'thumb-side-of-hand', 'palm', 'little-finger'],
        },
      ],
    },
    symptoms: ['ache down the side of the index finger to its tip', 'stiff finger joints, sometimes with knobbly (Heberden’s) nodes', 'weak pinch'],
    conditions: ['wrist-and-hand-pain'],
    perpetuatingFactors: ['prolonged pinch grips', 'gripping tools, pens or a steering wheel tightly', 'hand-sewing or painting fine detail'],
    selfCare: 'Press into the web between thumb and index from the back of the hand for 30 seconds, then spread the fingers wide against a table.',
    prevalence: 'common',
    source: INTEROSSEI,
  },
  {
    id: 'dorsal-interossei-hand-2',
    muscle: 'dorsal-interossei-hand',
    label: 'second to fourth dorsal interossei TrPs',
    at: { u: 0.65, v: 0.5 },
    palpation: 'Flat palpation between the metacarpals on the back of the hand, fingers relaxed; the band lies against the side of the bone.',
    referral: {
      essential: [{ blobs: [finger(3, 'posterior'), finger(4, 'posterior')], areas: ['middle-finger', 'ring-finger'] }],
      spillover: [
        {
          blobs: [{ at: { landmark: 'mcp-3', offset: [-0.006, 0.025, -0.012] }, radius: 0.022, facing: 'posterior' }],
          areas: ['back-of-hand'],
        },
      ],
    },
    symptoms: ['ache along the side of the finger the muscle serves', 'finger joints feel stiff and swollen'],
    conditions: ['wrist-and-hand-pain'],
    perpetuatingFactors: ['tight grips held for long', 'typing with the fingers spread', 'playing the piano or a stringed instrument'],
    selfCare: 'Press between the knuckle bones on the back of the hand for 30 seconds, then spread and stretch the fingers.',
    prevalence: 'occasional',
    source: INTEROSSEI,
  },
  {
    id: 'palmar-interossei-hand-1',
    muscle: 'palmar-interossei-hand',
    label: 'palmar interossei TrPs',
    at: { u: 0.6, v: 0.5, depth: 0.5 },
    palpation: 'Deep flat palpation between the metacarpals from the palm, hand open and relaxed; pressure reproduces pain along the side of a finger.',
    referral: {
      essential: [{ blobs: [finger(4, 'anterior'), finger(5, 'anterior')], areas: ['ring-finger', 'little-finger'] }],
      spillover: [
        {
          blobs: [{ at: { landmark: 'mcp-4', offset: [0, 0.02, 0.012] }, radius: 0.02, facing: 'anterior' }],
          areas: ['palm'],
        },
      ],
    },
    symptoms: ['ache along the side of the finger the muscle serves', 'stiff finger joints'],
    conditions: ['wrist-and-hand-pain', 'cubital-tunnel-syndrome'],
    perpetuatingFactors: ['tight grips held for long', 'squeezing the fingers together while carrying', 'fine handwork'],
    selfCare: 'Press gently between the knuckle bones from the palm for 30 seconds, then spread the fingers wide.',
    prevalence: 'occasional',
    source: INTEROSSEI,
  },
  {
    id: 'abductor-digiti-minimi-hand-1',
    muscle: 'abductor-digiti-minimi-hand',
    label: 'TrP in the hypothenar eminence',
    at: { u: 0.5, v: 0.45 },
    palpation: 'Pincer palpation of the fleshy little-finger border of the palm, between the pisiform and the little-finger knuckle.',
    referral: {
      essential: [{ blobs: [ULNAR_LITTLE_FINGER], areas: ['little-finger'] }],
      spillover: [
        {
          blobs: [{ at: { landmark: 'mcp-5', offset: [-0.008, 0.025, 0.002] }, radius: 0.018, facing: 'medial' }],
          areas: ['little-finger-side-of-hand'],
        },
      ],
    },
    symptoms: ['ache along the outer side of the little finger', 'little finger feels clumsy on the keyboard'],
    conditions: ['wrist-and-hand-pain', 'cubital-tunnel-syndrome'],
    perpetuatingFactors: ['resting the little-finger side of the hand on a desk edge', 'reaching with the little finger on keys or strings', 'tight grips'],
    selfCare: 'Squeeze the fleshy outer edge of the palm for 30 seconds, then draw the little finger toward the ring finger and back.',
    prevalence: 'occasional',
    source: INTEROSSEI,
  },
] as const satisfies readonly TriggerPoint[]
