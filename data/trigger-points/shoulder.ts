/**
 * Trigger points of the shoulder girdle, upper back and chest: trapezius, rotator cuff, teres major, deltoid,
 * rhomboids, serratus anterior, latissimus dorsi and the pectorals. Authored for the LEFT muscle; mirrored for the right.
 *
 * Locations and referred-pain patterns follow the published descriptions in Travell & Simons, Vol. 1, 2nd ed. (1999),
 * by chapter; the wording and the blob shapes are our own.
 *
 * u follows the dataset convention (u < 0.5 toward the edge nearer the midline or the top): e.g. the subscapularis
 * lateral-border TrP has u > 0.5 and the latissimus axillary TrP sits toward its lateral border. Supraspinatus, teres
 * minor and teres major are tubes, so their TrPs sit near u = 0.5 (the superficial face).
 */
import type { TriggerPoint } from '../schema'

/** One referral pattern shared by supraspinatus-1, supraspinatus-2, as the literature draws it. */
const SUPRASPINATUS_REFERRAL: TriggerPoint['referral'] = {
  essential: [
    {
      blobs: [{ at: { landmark: 'greater-tubercle', offset: [0.02, -0.03, 0] }, radius: 0.045 }],
      areas: ['outer-shoulder'],
    },
    {
      blobs: [{ at: { landmark: 'humerus-lateral-epicondyle' }, radius: 0.03 }],
      areas: ['outer-elbow'],
    },
  ],
  spillover: [
    {
      blobs: [
        { at: { landmark: 'deltoid-tuberosity', offset: [0.025, -0.02, 0] }, to: { landmark: 'humerus-lateral-epicondyle', offset: [0.01, 0.05, 0] }, radius: 0.025, facing: 'lateral' },
        { at: { landmark: 'humerus-lateral-epicondyle', offset: [0.01, -0.04, 0.01] }, to: { landmark: 'radial-styloid', offset: [0.01, 0.04, 0] }, radius: 0.02, facing: 'lateral' },
      ],
      areas: ['outer-upper-arm', 'thumb-side-of-forearm'],
    },
  ],
}

/** One referral pattern shared by infraspinatus-1, infraspinatus-2, as the literature draws it. */
const INFRASPINATUS_REFERRAL: TriggerPoint['referral'] = {
  essential: [
    {
      blobs: [{ at: { landmark: 'glenohumeral', offset: [0.01, -0.01, 0.05] }, radius: 0.045 }],
      areas: ['front-of-shoulder'],
    },
  ],
  spillover: [
    {
      blobs: [
        { at: { landmark: 'deltoid-tuberosity', offset: [-0.01, -0.01, 0.045] }, to: { landmark: 'humerus-lateral-epicondyle', offset: [-0.02, 0.05, 0.045] }, radius: 0.03, facing: 'anterior' },
        { at: { landmark: 'radial-head', offset: [0.01, -0.02, 0.02] }, to: { landmark: 'radial-styloid', offset: [0, 0.02, 0.01] }, radius: 0.022, facing: 'lateral' },
        { at: { landmark: 'wrist', offset: [0.02, -0.015, 0] }, to: { landmark: 'mcp-2', offset: [0.005, 0.02, 0] }, radius: 0.025 },
      ],
      areas: ['front-of-upper-arm', 'outer-upper-arm', 'thumb-side-of-forearm', 'front-of-forearm', 'back-of-hand', 'palm', 'thumb'],
    },
    {
      blobs: [{ at: { landmark: 'inion', offset: [0.03, -0.04, 0] }, radius: 0.03 }],
      areas: ['back-of-neck'],
    },
  ],
}

/** One referral pattern shared by teres-major-1, teres-major-2, as the literature draws it. */
const TERES_MAJOR_REFERRAL: TriggerPoint['referral'] = {
  essential: [
    {
      blobs: [
        { at: { landmark: 'glenohumeral', offset: [0.02, -0.03, -0.05] }, radius: 0.04 },
        { at: { landmark: 'deltoid-tuberosity', offset: [-0.02, 0.04, -0.04] }, to: { landmark: 'deltoid-tuberosity', offset: [-0.02, -0.06, -0.04] }, radius: 0.03, facing: 'posterior' },
      ],
      areas: ['back-of-shoulder', 'back-of-upper-arm'],
    },
  ],
  spillover: [
    {
      blobs: [{ at: { landmark: 'olecranon', offset: [0.01, -0.06, 0] }, to: { landmark: 'wrist', offset: [-0.01, 0.06, -0.03] }, radius: 0.025, facing: 'posterior' }],
      areas: ['back-of-forearm'],
    },
  ],
}

/** One referral pattern shared by subscapularis-1, subscapularis-2, as the literature draws it. */
const SUBSCAPULARIS_REFERRAL: TriggerPoint['referral'] = {
  essential: [
    {
      blobs: [{ at: { landmark: 'glenohumeral', offset: [0.015, 0, -0.06] }, radius: 0.04 }],
      areas: ['back-of-shoulder'],
    },
    {
      blobs: [{ at: { landmark: 'ulnar-styloid', offset: [0, 0.01, 0] }, to: { landmark: 'radial-styloid', offset: [0, 0.01, 0] }, radius: 0.03, facing: 'posterior' }],
      areas: ['back-of-wrist'],
    },
  ],
  spillover: [
    {
      blobs: [
        { at: { landmark: 'scapula-spine-root', offset: [0.03, -0.04, 0] }, radius: 0.05 },
        { at: { landmark: 'deltoid-tuberosity', offset: [-0.02, 0, -0.04] }, to: { landmark: 'olecranon', offset: [0, 0.03, 0] }, radius: 0.03, facing: 'posterior' },
      ],
      areas: ['shoulder-blade', 'back-of-upper-arm'],
    },
    {
      blobs: [{ at: { landmark: 'ulnar-styloid', offset: [0, 0.01, 0] }, to: { landmark: 'radial-styloid', offset: [0, 0.01, 0] }, radius: 0.028, facing: 'anterior' }],
      areas: ['front-of-wrist'],
    },
  ],
}

/** One referral pattern shared by rhomboid-major-1, rhomboid-major-2, as the literature draws it. */
const RHOMBOID_MAJOR_REFERRAL: TriggerPoint['referral'] = {
  essential: [
    {
      blobs: [{ at: { landmark: 'scapula-superior-angle', offset: [-0.02, -0.01, -0.01] }, to: { landmark: 'scapula-inferior-angle', offset: [-0.03, 0.05, 0] }, radius: 0.03 }],
      areas: ['inner-border-of-shoulder-blade', 'between-shoulder-blades', 'shoulder-blade'],
    },
  ],
  spillover: [
    {
      blobs: [{ at: { landmark: 'scapula-spine-root', offset: [0.03, 0.04, 0.01] }, to: { landmark: 'acromion', offset: [-0.05, 0, -0.05] }, radius: 0.03 }],
      areas: ['shoulder-blade'],
    },
  ],
}

/** One referral pattern shared by pectoralis-minor-1, pectoralis-minor-2, as the literature draws it. */
const PECTORALIS_MINOR_REFERRAL: TriggerPoint['referral'] = {
  essential: [
    {
      blobs: [
        { at: { landmark: 'greater-tubercle', offset: [-0.02, -0.02, 0.05] }, radius: 0.045 },
        { at: { landmark: 'coracoid', offset: [-0.04, -0.04, 0.04] }, radius: 0.05 },
      ],
      areas: ['front-of-shoulder', 'upper-chest', 'chest'],
    },
  ],
  spillover: [
    {
      blobs: [
        { at: { landmark: 'deltoid-tuberosity', offset: [-0.045, -0.02, 0.02] }, to: { landmark: 'humerus-medial-epicondyle', offset: [0, 0.04, 0.01] }, radius: 0.025, facing: 'medial' },
        { at: { landmark: 'humerus-medial-epicondyle' }, radius: 0.025 },
        { at: { landmark: 'humerus-medial-epicondyle', offset: [0, -0.03, 0.01] }, to: { landmark: 'ulnar-styloid', offset: [0, 0.02, 0.01] }, radius: 0.022, facing: 'anterior' },
        { at: { landmark: 'ulnar-styloid', offset: [0, -0.01, 0.01] }, to: { landmark: 'mcp-4' }, radius: 0.025, facing: 'anterior' },
        { at: { landmark: 'mcp-3', offset: [0, -0.012, 0.005] }, to: { landmark: 'fingertip-3' }, radius: 0.02, facing: 'anterior' },
        { at: { landmark: 'mcp-4', offset: [0, -0.012, 0.005] }, to: { landmark: 'fingertip-4' }, radius: 0.02, facing: 'anterior' },
        { at: { landmark: 'mcp-5', offset: [0, -0.012, 0.005] }, to: { landmark: 'fingertip-5' }, radius: 0.02, facing: 'anterior' },
      ],
      areas: ['inner-upper-arm', 'inner-elbow', 'front-of-forearm', 'palm', 'middle-finger', 'ring-finger', 'little-finger'],
    },
  ],
}

export const SHOULDER_TRIGGER_POINTS = [
  // ── Trapezius (ch. 6): TrP1–TrP2 upper, TrP3–TrP4 lower, TrP5–TrP7 middle ───────────────────────────────────
  {
    id: 'trapezius-upper-1',
    muscle: 'trapezius-upper',
    label: 'TrP1',
    at: { u: 0.2, v: 0.8 },
    palpation:
      'Pincer grasp of the free front edge of the upper trapezius midway along the top of the shoulder, patient supine or seated with the ear tipped slightly toward that shoulder.',
    referral: {
      essential: [
        {
          blobs: [
            { at: { landmark: 'mastoid', offset: [0.01, -0.03, -0.02] }, to: { landmark: 'acromion', offset: [-0.06, 0.03, -0.03] }, radius: 0.035 },
            { at: { landmark: 'mastoid' }, radius: 0.03 },
            // The question mark round the back of the ear, on the skin over the mastoid and temporal bone.
            { at: { landmark: 'mastoid', offset: [0.022, 0.03, -0.005] }, to: { landmark: 'temple', offset: [0.012, 0, -0.03] }, radius: 0.03 },
            { at: { landmark: 'temple', offset: [0.005, 0, -0.01] }, radius: 0.038 },
          ],
          areas: ['side-of-neck', 'back-of-neck', 'behind-ear', 'temple'],
        },
      ],
      spillover: [
        {
          blobs: [{ at: { landmark: 'mandible-angle', offset: [0.005, 0.005, 0.01] }, radius: 0.028 }],
          areas: ['jaw'],
        },
        {
          blobs: [{ at: { landmark: 'orbit', offset: [0, 0.012, 0] }, radius: 0.026 }],
          areas: ['eye', 'eyebrow'],
        },
      ],
    },
    symptoms: [
      'headache at the temple that builds through the day',
      'sore, stiff side of the neck',
      'ache behind the ear',
      'heavy coat or bag strap on that shoulder feels unbearable',
    ],
    conditions: ['tension-type-headache', 'cervicogenic-headache', 'whiplash', 'forward-head-posture', 'tmj-dysfunction', 'upper-crossed-syndrome', 'ischemic-muscle-pain'],
    perpetuatingFactors: [
      'carrying a heavy shoulder bag',
      'desk, keyboard or mouse too high so the shoulders hitch up',
      'holding a phone between ear and shoulder',
      'chair without armrests',
    ],
    selfCare:
      'Squeeze the top of the shoulder muscle between thumb and fingers for 30 seconds, then gently tilt the ear toward the other shoulder with that hand resting in the lap.',
    prevalence: 'common',
    source: { ref: 'travell-simons-v1', chapter: 6 },
  },
  {
    id: 'trapezius-upper-2',
    muscle: 'trapezius-upper',
    label: 'TrP2',
    at: { u: 0.55, v: 0.82 },
    palpation:
      'Pincer palpation of the more horizontal fibres a little below and outside TrP1, patient seated with the arm supported or supine.',
    referral: {
      essential: [
        {
          blobs: [
            { at: { landmark: 'mastoid', offset: [-0.01, -0.01, -0.03] }, to: { landmark: 'c7-spinous', offset: [0.04, 0.04, 0.02] }, radius: 0.03 },
            { at: { landmark: 'inion', offset: [0.03, -0.01, 0] }, radius: 0.03 },
          ],
          areas: ['back-of-neck', 'behind-ear', 'back-of-head'],
        },
      ],
      spillover: [],
    },
    symptoms: [
      'ache up the back of the neck to the base of the skull behind the ear',
      'neck feels tight when tilting the head away',
      'headache at the back of the head',
    ],
    conditions: ['tension-type-headache', 'cervicogenic-headache', 'forward-head-posture', 'ischemic-muscle-pain'],
    perpetuatingFactors: ['carrying a heavy shoulder bag', 'mouse or keyboard too high', 'emotional stress with raised shoulders'],
    selfCare:
      'Lean against a wall with a tennis ball on the top of the shoulder blade near the neck and roll slowly for a minute.',
    prevalence: 'common',
    source: { ref: 'travell-simons-v1', chapter: 6 },
  },
  {
    id: 'trapezius-middle-1',
    muscle: 'trapezius-middle',
    label: 'TrP5',
    at: { u: 0.5, v: 0.45 },
    palpation:
      'Flat palpation across the horizontal fibres midway between the spine and the inner edge of the shoulder blade, patient prone or seated leaning forward.',
    landmarks: ['scapula-medial-border'],
    referral: {
      essential: [
        {
          blobs: [
            { at: { landmark: 'c7-spinous', offset: [0.01, -0.02, -0.01] }, to: { landmark: 't4-spinous', offset: [0.01, 0.03, 0] }, radius: 0.03 },
            { at: { landmark: 't4-spinous', offset: [0.01, 0.05, 0] }, to: { landmark: 't4-spinous', offset: [0.05, 0.05, 0] }, radius: 0.025 },
          ],
          areas: ['between-shoulder-blades'],
        },
      ],
      spillover: [],
    },
    symptoms: [
      'superficial burning ache between the shoulder blade and the spine',
      'upper back aches after long periods at a desk',
    ],
    conditions: ['forward-head-posture', 'interscapular-pain', 'upper-crossed-syndrome'],
    perpetuatingFactors: ['round-shouldered slumped sitting', 'reaching forward to a keyboard or steering wheel for long periods', 'cold draught on the upper back'],
    selfCare:
      'Lie on a tennis ball placed between the shoulder blade and the spine for a minute, then squeeze the shoulder blades gently together a few times.',
    prevalence: 'occasional',
    source: { ref: 'travell-simons-v1', chapter: 6 },
  },
  {
    id: 'trapezius-middle-2',
    muscle: 'trapezius-middle',
    label: 'TrP6',
    at: { u: 0.3, v: 0.9 },
    palpation:
      'Flat or pincer palpation just above the outer part of the spine of the scapula near the acromion, patient seated or prone.',
    landmarks: ['scapula-spine', 'acromion'],
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'acromion', offset: [-0.01, 0.01, -0.01] }, radius: 0.035 }],
          areas: ['top-of-shoulder'],
        },
      ],
      spillover: [],
    },
    symptoms: [
      'aching at the bony point on top of the shoulder',
      'shoulder tip sore to press or to carry a strap',
    ],
    conditions: ['upper-crossed-syndrome', 'ischemic-muscle-pain'],
    perpetuatingFactors: ['holding the arms forward for long periods', 'bag strap over the shoulder tip', 'slumped posture'],
    selfCare:
      'Press gently with the fingertips just inside the bony tip of the shoulder for 30 seconds, then roll the shoulders slowly back and down.',
    prevalence: 'occasional',
    source: { ref: 'travell-simons-v1', chapter: 6 },
  },
  {
    id: 'trapezius-middle-3',
    muscle: 'trapezius-middle',
    label: 'TrP7',
    at: { u: 0.55, v: 0.65 },
    palpation:
      'Flat palpation of the middle fibres near the inner edge of the shoulder blade, patient prone with the arm hanging off the table or seated.',
    landmarks: ['scapula-medial-border'],
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'deltoid-tuberosity', offset: [0.02, -0.01, 0] }, to: { landmark: 'humerus-lateral-epicondyle', offset: [0.01, 0.05, 0] }, radius: 0.035, facing: 'lateral' }],
          areas: ['outer-upper-arm'],
        },
      ],
      spillover: [
        {
          blobs: [{ at: { landmark: 'greater-trochanter', offset: [0.02, -0.06, 0] }, to: { landmark: 'femur-lateral-epicondyle', offset: [0.01, 0.06, 0] }, radius: 0.04, facing: 'lateral' }],
          areas: ['outer-thigh'],
        },
      ],
    },
    symptoms: [
      'shivery, chilly feeling with goose bumps running down the outer arm',
      'sometimes the same gooseflesh on the outer thigh',
    ],
    conditions: ['interscapular-pain', 'upper-crossed-syndrome'],
    perpetuatingFactors: ['round-shouldered posture', 'cold draught on the upper back', 'reaching forward for long periods'],
    selfCare:
      'Lie on a tennis ball placed just inside the shoulder blade for a minute, keeping the upper back warm.',
    prevalence: 'rare',
    source: { ref: 'travell-simons-v1', chapter: 6 },
  },
  {
    id: 'trapezius-lower-1',
    muscle: 'trapezius-lower',
    label: 'TrP3',
    at: { u: 0.75, v: 0.5 },
    palpation:
      'Pincer or flat palpation of the outer edge of the lower trapezius where it crosses the inner edge of the shoulder blade, patient prone or seated hugging a pillow.',
    landmarks: ['scapula-medial-border'],
    referral: {
      essential: [
        {
          blobs: [
            { at: { landmark: 'inion', offset: [0.025, -0.03, 0] }, to: { landmark: 'c7-spinous', offset: [0.025, 0.04, 0.02] }, radius: 0.03 },
            { at: { landmark: 'mastoid' }, radius: 0.025 },
          ],
          areas: ['back-of-neck', 'behind-ear'],
        },
      ],
      spillover: [
        {
          blobs: [
            { at: { landmark: 'scapula-spine-root', offset: [0.02, 0.04, 0.01] }, to: { landmark: 'acromion', offset: [-0.04, 0, -0.05] }, radius: 0.035 },
            { at: { landmark: 'acromion', offset: [0, 0.005, -0.015] }, radius: 0.03 },
          ],
          areas: ['shoulder-blade', 'top-of-shoulder'],
        },
      ],
    },
    symptoms: [
      'ache high at the back of the neck and base of the skull that neck massage does not settle',
      'deep ache over the top of the shoulder blade',
      'pain at the tip of the shoulder',
    ],
    conditions: ['cervicogenic-headache', 'forward-head-posture', 'shoulder-impingement', 'upper-crossed-syndrome'],
    perpetuatingFactors: ['slumped sitting with the shoulder blades drifting forward', 'leaning forward on the elbows', 'knitting, typing or sewing with the arms held forward'],
    selfCare:
      'Lie on a tennis ball placed below the shoulder blade’s inner edge, halfway down, for a minute, then practise sitting tall with the shoulder blades lightly drawn down.',
    prevalence: 'common',
    source: { ref: 'travell-simons-v1', chapter: 6 },
  },
  {
    id: 'trapezius-lower-2',
    muscle: 'trapezius-lower',
    label: 'TrP4',
    at: { u: 0.4, v: 0.9 },
    palpation:
      'Flat palpation just below the inner end of the spine of the scapula, patient prone or seated leaning forward.',
    landmarks: ['scapula-spine-root'],
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'scapula-spine-root', offset: [-0.01, 0.01, 0] }, to: { landmark: 'scapula-inferior-angle', offset: [-0.015, 0.02, 0] }, radius: 0.025 }],
          areas: ['inner-border-of-shoulder-blade', 'shoulder-blade', 'between-shoulder-blades'],
        },
      ],
      spillover: [],
    },
    symptoms: [
      'burning pain along the inner edge of the shoulder blade',
      'aches after long periods leaning forward',
    ],
    conditions: ['interscapular-pain', 'upper-crossed-syndrome'],
    perpetuatingFactors: ['slumped posture', 'leaning on the elbows at a desk', 'reaching forward for long periods'],
    selfCare:
      'Lean against a wall with a tennis ball just below the inner end of the shoulder blade’s bony ridge and hold gentle pressure for 30–60 seconds.',
    prevalence: 'occasional',
    source: { ref: 'travell-simons-v1', chapter: 6 },
  },

  // ── Supraspinatus (ch. 21): medial and lateral belly TrPs, attachment TrP at the tendon ───────────────────────
  {
    id: 'supraspinatus-1',
    muscle: 'supraspinatus',
    label: 'medial belly TrP',
    at: { u: 0.5, v: 0.3, depth: 0.6 },
    palpation:
      'Flat palpation through the trapezius in the fossa just above the inner part of the spine of the scapula, patient seated with the arm relaxed.',
    landmarks: ['supraspinous-fossa', 'scapula-spine'],
    referral: SUPRASPINATUS_REFERRAL,
    symptoms: [
      'dull ache deep in the outer shoulder, worse at night',
      'hard to lift the arm out to the side, e.g. to comb the hair',
      'ache at the outer elbow',
    ],
    conditions: ['rotator-cuff-tendinopathy', 'shoulder-impingement', 'lateral-epicondylalgia'],
    perpetuatingFactors: ['carrying a heavy bag or briefcase with the arm hanging', 'repeated reaching above shoulder height', 'walking a dog that pulls on the lead'],
    selfCare:
      'Press a ball against a wall with the top of the shoulder blade just above its bony ridge, and avoid carrying heavy loads at arm’s length on that side.',
    prevalence: 'common',
    source: { ref: 'travell-simons-v1', chapter: 21 },
  },
  {
    id: 'supraspinatus-2',
    muscle: 'supraspinatus',
    label: 'lateral belly TrP',
    sharedPatternWith: 'supraspinatus-1',
    at: { u: 0.5, v: 0.62, depth: 0.6 },
    palpation:
      'Flat palpation through the trapezius in the outer part of the supraspinous fossa, in the angle between the clavicle and the spine of the scapula.',
    landmarks: ['supraspinous-fossa', 'scapula-spine'],
    referral: SUPRASPINATUS_REFERRAL,
    symptoms: [
      'deep ache in the shoulder cap',
      'weakness lifting the arm sideways',
      'shoulder clicks or catches when raising the arm',
    ],
    conditions: ['rotator-cuff-tendinopathy', 'shoulder-impingement', 'lateral-epicondylalgia'],
    perpetuatingFactors: ['carrying heavy bags with the arm straight', 'overhead work', 'sleeping with the arm over the head'],
    selfCare:
      'Hold gentle pressure with the fingertips in the hollow above the outer shoulder blade for 30 seconds, then let the arm swing loosely like a pendulum.',
    prevalence: 'common',
    source: { ref: 'travell-simons-v1', chapter: 21 },
  },
  {
    id: 'supraspinatus-3',
    muscle: 'supraspinatus',
    label: 'attachment TrP (tendon)',
    at: { u: 0.5, v: 0.92, depth: 0.6 },
    palpation:
      'Deep palpation through the deltoid just below the outer edge of the acromion, with the hand behind the back to bring the tendon forward.',
    landmarks: ['acromion'],
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'greater-tubercle', offset: [0.02, -0.03, 0] }, radius: 0.045 }],
          areas: ['outer-shoulder'],
        },
      ],
      spillover: [],
    },
    symptoms: [
      'tender spot just below the tip of the shoulder',
      'ache in the shoulder cap when lifting the arm',
    ],
    conditions: ['rotator-cuff-tendinopathy', 'shoulder-impingement'],
    perpetuatingFactors: ['repeated overhead reaching', 'carrying heavy loads at the side', 'slumped posture narrowing the space under the acromion'],
    selfCare:
      'Rest the arm supported on a pillow and avoid lifting heavy objects away from the body until the shoulder settles.',
    prevalence: 'occasional',
    source: { ref: 'travell-simons-v1', chapter: 21 },
  },

  // ── Infraspinatus (ch. 22): two TrPs just below the spine of the scapula; one near the medial border ─────────
  {
    id: 'infraspinatus-1',
    muscle: 'infraspinatus',
    label: 'upper TrP (lateral)',
    at: { u: 0.2, v: 0.55 },
    palpation:
      'Flat palpation just below the spine of the scapula toward its outer part, patient lying on the other side with the arm resting forward on a pillow.',
    landmarks: ['scapula-spine'],
    referral: INFRASPINATUS_REFERRAL,
    symptoms: [
      'deep ache at the front of the shoulder',
      'can’t sleep on either side: lying on it hurts, lying on the other side pulls it',
      'trouble reaching behind the back to a back pocket or bra strap',
      'hand on that side feels weak or tired',
    ],
    conditions: ['rotator-cuff-tendinopathy', 'shoulder-impingement', 'frozen-shoulder', 'cervical-radiculopathy-c6'],
    perpetuatingFactors: ['reaching back to the back seat of a car', 'holding the steering wheel at the top for long drives', 'sleeping on the side with the arm under the pillow'],
    selfCare:
      'Lie on a tennis ball placed on the shoulder blade just below its bony ridge for a minute, then gently reach the hand across to the other shoulder.',
    prevalence: 'common',
    source: { ref: 'travell-simons-v1', chapter: 22 },
  },
  {
    id: 'infraspinatus-2',
    muscle: 'infraspinatus',
    label: 'upper TrP (medial)',
    sharedPatternWith: 'infraspinatus-1',
    at: { u: 0.25, v: 0.3 },
    palpation:
      'Flat palpation below the inner half of the spine of the scapula, patient lying on the other side or seated with the arm across the chest.',
    landmarks: ['scapula-spine'],
    referral: INFRASPINATUS_REFERRAL,
    symptoms: [
      'deep shoulder-joint ache felt at the front',
      'pain down the front of the arm',
      'hard to fasten a bra or tuck in a shirt behind the back',
    ],
    conditions: ['rotator-cuff-tendinopathy', 'shoulder-impingement', 'frozen-shoulder', 'cervical-radiculopathy-c6'],
    perpetuatingFactors: ['tennis serve or throwing', 'ski-pole planting', 'sleeping on the side with the arm overhead'],
    selfCare:
      'Lean against a wall with a ball on the shoulder blade below its ridge and hold gentle pressure on tender spots for 30 seconds each.',
    prevalence: 'common',
    source: { ref: 'travell-simons-v1', chapter: 22 },
  },
  {
    id: 'infraspinatus-3',
    muscle: 'infraspinatus',
    label: 'medial-border TrP',
    at: { u: 0.7, v: 0.1 },
    palpation:
      'Flat palpation close to the inner edge of the shoulder blade in its lower half, patient prone or lying on the other side.',
    landmarks: ['scapula-medial-border'],
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'scapula-spine-root', offset: [-0.005, -0.01, 0] }, to: { landmark: 'scapula-inferior-angle', offset: [-0.01, 0.04, 0] }, radius: 0.03 }],
          areas: ['inner-border-of-shoulder-blade', 'shoulder-blade', 'between-shoulder-blades'],
        },
      ],
      spillover: [],
    },
    symptoms: [
      'ache along the inner edge of the shoulder blade',
      'pain between the shoulder blades that does not change much with movement',
    ],
    conditions: ['interscapular-pain'],
    perpetuatingFactors: ['reaching back repeatedly', 'slumped sitting', 'sleeping on the side with the arm forward'],
    selfCare:
      'Lie on a tennis ball just inside the lower inner edge of the shoulder blade for a minute and breathe slowly.',
    prevalence: 'occasional',
    source: { ref: 'travell-simons-v1', chapter: 22 },
  },

  // ── Teres minor (ch. 23) ────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'teres-minor-1',
    muscle: 'teres-minor',
    label: 'central TrP',
    at: { u: 0.5, v: 0.5 },
    palpation:
      'Flat or pincer palpation along the outer edge of the shoulder blade above the teres major, patient prone or lying on the other side with the arm slightly forward.',
    landmarks: ['scapula-lateral-border'],
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'deltoid-tuberosity', offset: [-0.01, 0.04, -0.045] }, radius: 0.035, facing: 'posterior' }],
          areas: ['back-of-shoulder', 'back-of-upper-arm'],
        },
      ],
      spillover: [
        {
          blobs: [{ at: { landmark: 'deltoid-tuberosity', offset: [-0.01, 0.01, -0.045] }, to: { landmark: 'deltoid-tuberosity', offset: [-0.01, -0.05, -0.045] }, radius: 0.025, facing: 'posterior' }],
          areas: ['back-of-upper-arm'],
        },
      ],
    },
    symptoms: [
      'sharp, deep, localised ache at the back of the shoulder, like a bursitis',
      'pain reaching up and back',
    ],
    conditions: ['rotator-cuff-tendinopathy', 'shoulder-impingement'],
    perpetuatingFactors: ['reaching up and behind (e.g. to the back seat)', 'throwing sports', 'holding the steering wheel high for long drives'],
    selfCare:
      'Lie on a tennis ball placed at the outer edge of the shoulder blade just behind the armpit for 30–60 seconds.',
    prevalence: 'occasional',
    source: { ref: 'travell-simons-v1', chapter: 23 },
  },

  // ── Teres major (ch. 25): medial TrP near the scapula, lateral TrPs in the posterior axillary fold ────────────
  {
    id: 'teres-major-1',
    muscle: 'teres-major',
    label: 'medial TrP (near the scapula)',
    at: { u: 0.5, v: 0.2 },
    palpation:
      'Flat palpation against the shoulder blade near its lower outer corner, patient prone with the arm hanging off the table.',
    landmarks: ['scapula-inferior-angle'],
    referral: TERES_MAJOR_REFERRAL,
    symptoms: [
      'ache at the back of the shoulder when reaching forward or overhead',
      'little pain at rest',
      'hurts to turn a heavy steering wheel',
    ],
    conditions: ['rotator-cuff-tendinopathy', 'thoracic-outlet-syndrome', 'frozen-shoulder'],
    perpetuatingFactors: ['driving a heavy vehicle without power steering', 'pulling down from overhead (rope, weights machine)', 'rowing'],
    selfCare:
      'Lie on the back with a ball under the lower outer corner of the shoulder blade and slowly raise and lower the arm overhead.',
    prevalence: 'occasional',
    source: { ref: 'travell-simons-v1', chapter: 25 },
  },
  {
    id: 'teres-major-2',
    muscle: 'teres-major',
    label: 'lateral TrP (posterior axillary fold)',
    sharedPatternWith: 'teres-major-1',
    at: { u: 0.5, v: 0.65 },
    palpation:
      'Pincer palpation in the back fold of the armpit, below the latissimus edge, patient supine with the arm abducted about 90°.',
    referral: TERES_MAJOR_REFERRAL,
    symptoms: [
      'pain at the back of the shoulder when lifting the arm forward',
      'tender fold at the back of the armpit',
    ],
    conditions: ['rotator-cuff-tendinopathy', 'thoracic-outlet-syndrome', 'frozen-shoulder'],
    perpetuatingFactors: ['pulling or rowing movements', 'reaching overhead repeatedly', 'driving with a heavy wheel'],
    selfCare:
      'Squeeze the back fold of the armpit between thumb and fingers and hold gently on tender spots for 30 seconds.',
    prevalence: 'occasional',
    source: { ref: 'travell-simons-v1', chapter: 25 },
  },

  // ── Subscapularis (ch. 26): lateral-border TrPs in the axilla, an upper TrP higher on the costal surface ──────
  {
    id: 'subscapularis-1',
    muscle: 'subscapularis',
    label: 'lateral-border TrPs (central)',
    at: { u: 0.8, v: 0.55 },
    palpation:
      'Patient supine with the arm abducted and gently pulled; slide the fingers into the armpit between the chest wall and the shoulder blade and press toward the front of the blade along its outer edge.',
    landmarks: ['scapula-lateral-border'],
    referral: SUBSCAPULARIS_REFERRAL,
    symptoms: [
      'can’t raise the arm or reach back to throw: the shoulder feels frozen',
      'pain at the back of the shoulder at rest and on movement',
      'ache circling the wrist like a tight bracelet',
    ],
    conditions: ['frozen-shoulder', 'rotator-cuff-tendinopathy', 'shoulder-impingement', 'thoracic-outlet-syndrome'],
    perpetuatingFactors: ['repeated overhead lifting or front-crawl swimming', 'keeping the arm in a sling or still for a long time', 'round-shouldered posture with the arm turned inward'],
    selfCare:
      'Lying on your back, rest the arm out to the side on a pillow with the elbow bent and let gravity gently turn the forearm back toward the bed.',
    prevalence: 'common',
    source: { ref: 'travell-simons-v1', chapter: 26 },
  },
  {
    id: 'subscapularis-2',
    muscle: 'subscapularis',
    label: 'upper TrP',
    sharedPatternWith: 'subscapularis-1',
    at: { u: 0.25, v: 0.4, depth: 0.3 },
    palpation:
      'Hard to reach: with the patient supine and the arm abducted, follow the front surface of the shoulder blade upward and inward from the armpit with slow, deep pressure.',
    referral: SUBSCAPULARIS_REFERRAL,
    symptoms: [
      'deep ache at the back of the shoulder',
      'arm can’t be lifted fully or turned outward',
      'wrist ache without a wrist injury',
    ],
    conditions: ['frozen-shoulder', 'rotator-cuff-tendinopathy', 'thoracic-outlet-syndrome'],
    perpetuatingFactors: ['repeated overhead lifting', 'prolonged immobilisation of the arm', 'sleeping with the arm tucked across the chest'],
    selfCare:
      'Stand in a doorway with the elbow bent at the side and the forearm against the frame, and turn the body gently away to let the arm rotate outward.',
    prevalence: 'occasional',
    source: { ref: 'travell-simons-v1', chapter: 26 },
  },

  // ── Deltoid (ch. 28): anterior, middle and posterior TrPs ─────────────────────────────────────────────────────
  {
    id: 'deltoid-anterior-1',
    muscle: 'deltoid-anterior',
    label: 'anterior deltoid TrP',
    at: { u: 0.3, v: 0.35 },
    palpation:
      'Pincer or flat palpation near the front edge of the deltoid in its upper half, patient seated or supine with the arm relaxed.',
    referral: {
      essential: [
        {
          blobs: [
            { at: { landmark: 'greater-tubercle', offset: [-0.02, -0.02, 0.05] }, radius: 0.045 },
            { at: { landmark: 'greater-tubercle', offset: [0.02, -0.03, 0] }, radius: 0.035 },
          ],
          areas: ['front-of-shoulder', 'outer-shoulder'],
        },
      ],
      spillover: [
        {
          blobs: [{ at: { landmark: 'greater-tubercle', offset: [-0.02, -0.06, 0.04] }, to: { landmark: 'deltoid-tuberosity', offset: [-0.02, -0.02, 0.04] }, radius: 0.025, facing: 'anterior' }],
          areas: ['front-of-upper-arm'],
        },
      ],
    },
    symptoms: [
      'ache at the front of the shoulder on lifting the arm forward',
      'hard to bring the hand to the mouth or reach forward',
      'shoulder tender to touch at the front',
    ],
    conditions: ['shoulder-impingement', 'rotator-cuff-tendinopathy'],
    perpetuatingFactors: ['repeated lifting above shoulder height', 'holding a tool at arm’s length', 'recoil of a rifle or a knock on the front of the shoulder'],
    selfCare:
      'Press gently into the front of the shoulder with the fingertips for 30 seconds, then stretch by clasping the hands behind the back and lifting the chest.',
    prevalence: 'common',
    source: { ref: 'travell-simons-v1', chapter: 28 },
  },
  {
    id: 'deltoid-middle-1',
    muscle: 'deltoid-middle',
    label: 'middle deltoid TrP',
    at: { u: 0.5, v: 0.4 },
    palpation:
      'Flat palpation against the humerus in the middle of the shoulder cap, patient seated with the arm supported.',
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'greater-tubercle', offset: [0.025, -0.04, 0] }, radius: 0.045 }],
          areas: ['outer-shoulder'],
        },
      ],
      spillover: [
        {
          blobs: [{ at: { landmark: 'deltoid-tuberosity', offset: [0.02, 0, 0] }, radius: 0.03, facing: 'lateral' }],
          areas: ['outer-upper-arm'],
        },
      ],
    },
    symptoms: [
      'ache in the outer shoulder cap when lifting the arm out to the side',
      'pain carrying things at arm’s length',
    ],
    conditions: ['shoulder-impingement', 'rotator-cuff-tendinopathy'],
    perpetuatingFactors: ['repeated lifting out to the side', 'holding the arm up for long periods (e.g. hair-dressing, painting)', 'a direct knock on the shoulder'],
    selfCare:
      'Hold gentle pressure with the fingertips on the tender spot in the shoulder cap and rest the arm on a cushion when sitting.',
    prevalence: 'occasional',
    source: { ref: 'travell-simons-v1', chapter: 28 },
  },
  {
    id: 'deltoid-posterior-1',
    muscle: 'deltoid-posterior',
    label: 'posterior deltoid TrP',
    at: { u: 0.5, v: 0.55 },
    palpation:
      'Pincer or flat palpation near the back edge of the deltoid in its lower half, patient prone or seated with the arm relaxed.',
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'glenohumeral', offset: [0.015, 0, -0.06] }, radius: 0.04 }],
          areas: ['back-of-shoulder'],
        },
      ],
      spillover: [
        {
          blobs: [{ at: { landmark: 'deltoid-tuberosity', offset: [-0.01, 0.03, -0.04] }, to: { landmark: 'deltoid-tuberosity', offset: [-0.01, -0.05, -0.04] }, radius: 0.03, facing: 'posterior' }],
          areas: ['back-of-upper-arm'],
        },
      ],
    },
    symptoms: [
      'ache at the back of the shoulder on reaching back',
      'pain putting the arm into a coat sleeve',
    ],
    conditions: ['rotator-cuff-tendinopathy'],
    perpetuatingFactors: ['reaching backwards repeatedly', 'pulling or rowing movements', 'a fall onto the shoulder'],
    selfCare:
      'Lean against a wall with a ball on the back of the shoulder and roll slowly, then gently pull the elbow across the chest.',
    prevalence: 'occasional',
    source: { ref: 'travell-simons-v1', chapter: 28 },
  },

  // ── Rhomboids (ch. 27): TrPs near the medial border of the scapula ────────────────────────────────────────────
  {
    id: 'rhomboid-major-1',
    muscle: 'rhomboid-major',
    label: 'upper TrP (near the medial border)',
    at: { u: 0.3, v: 0.8, depth: 0.6 },
    palpation:
      'Flat palpation through the trapezius just inside the inner edge of the shoulder blade, patient prone with the arm hanging off the table or seated hugging a pillow.',
    landmarks: ['scapula-medial-border'],
    referral: RHOMBOID_MAJOR_REFERRAL,
    symptoms: [
      'nagging ache along the inner edge of the shoulder blade, not much changed by movement',
      'crunching or snapping noises when moving the shoulder blade',
    ],
    conditions: ['interscapular-pain', 'upper-crossed-syndrome'],
    perpetuatingFactors: ['round-shouldered slumped posture with tight chest muscles', 'long hours reaching forward over a desk', 'overhead work such as painting a ceiling'],
    selfCare:
      'Lie on a tennis ball placed between the shoulder blade and the spine for a minute, and stretch the chest in a doorway to ease the forward pull.',
    prevalence: 'common',
    source: { ref: 'travell-simons-v1', chapter: 27 },
  },
  {
    id: 'rhomboid-major-2',
    muscle: 'rhomboid-major',
    label: 'lower TrP (near the medial border)',
    sharedPatternWith: 'rhomboid-major-1',
    at: { u: 0.7, v: 0.8, depth: 0.6 },
    palpation:
      'Flat palpation through the trapezius just inside the lower inner edge of the shoulder blade, patient prone or seated with the arm across the chest to move the blade outward.',
    landmarks: ['scapula-medial-border'],
    referral: RHOMBOID_MAJOR_REFERRAL,
    symptoms: [
      'ache between the shoulder blade and the spine',
      'back aches after long periods at a desk',
    ],
    conditions: ['interscapular-pain', 'upper-crossed-syndrome'],
    perpetuatingFactors: ['slumped sitting', 'reaching forward for long periods', 'scoliosis or one-sided carrying'],
    selfCare:
      'Lean against a wall with a tennis ball beside the lower inner edge of the shoulder blade and hold tender spots for 30 seconds.',
    prevalence: 'common',
    source: { ref: 'travell-simons-v1', chapter: 27 },
  },
  {
    id: 'rhomboid-minor-1',
    muscle: 'rhomboid-minor',
    label: 'TrP near the medial border',
    sharedPatternWith: 'rhomboid-major-1',
    at: { u: 0.5, v: 0.8, depth: 0.6 },
    palpation:
      'Flat palpation through the trapezius just inside the upper inner edge of the shoulder blade at the level of its bony ridge, patient prone or seated leaning forward.',
    landmarks: ['scapula-spine-root'],
    referral: RHOMBOID_MAJOR_REFERRAL,
    symptoms: [
      'ache at the upper inner edge of the shoulder blade',
      'upper back feels tight but stretching brings little relief',
    ],
    conditions: ['interscapular-pain', 'upper-crossed-syndrome'],
    perpetuatingFactors: ['round-shouldered posture', 'working with the arms raised in front', 'carrying a heavy backpack'],
    selfCare:
      'Lie on a tennis ball just inside the upper inner edge of the shoulder blade and breathe slowly for a minute.',
    prevalence: 'occasional',
    source: { ref: 'travell-simons-v1', chapter: 27 },
  },

  // ── Serratus anterior (ch. 46) ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'serratus-anterior-1',
    muscle: 'serratus-anterior',
    label: 'central TrP (mid-axillary line, 5th–6th rib)',
    at: { u: 0.65, v: 0.45 },
    palpation:
      'Patient lying on the other side with the arm forward; flat palpation against a rib in the mid-axillary line at about the level of the nipple.',
    landmarks: ['rib-5-midaxillary'],
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'nipple', offset: [0.06, -0.02, -0.06] }, radius: 0.055 }],
          areas: ['side-of-ribs', 'chest'],
        },
        {
          blobs: [{ at: { landmark: 'scapula-inferior-angle', offset: [-0.03, 0, -0.005] }, radius: 0.03 }],
          areas: ['inner-border-of-shoulder-blade', 'shoulder-blade', 'mid-back'],
        },
      ],
      spillover: [
        {
          blobs: [
            { at: { landmark: 'deltoid-tuberosity', offset: [-0.045, -0.03, 0] }, to: { landmark: 'humerus-medial-epicondyle', offset: [0, 0.05, 0] }, radius: 0.025, facing: 'medial' },
            { at: { landmark: 'humerus-medial-epicondyle', offset: [0, -0.03, 0.01] }, to: { landmark: 'ulnar-styloid', offset: [0, 0.02, 0.01] }, radius: 0.022, facing: 'anterior' },
            { at: { landmark: 'ulnar-styloid', offset: [0, -0.01, 0.01] }, to: { landmark: 'mcp-5' }, radius: 0.025, facing: 'anterior' },
            { at: { landmark: 'mcp-4', offset: [0, -0.012, 0.005] }, to: { landmark: 'fingertip-4' }, radius: 0.02, facing: 'anterior' },
            { at: { landmark: 'mcp-5', offset: [0, -0.012, 0.005] }, to: { landmark: 'fingertip-5' }, radius: 0.02, facing: 'anterior' },
          ],
          areas: ['inner-upper-arm', 'front-of-forearm', 'palm', 'little-finger-side-of-hand', 'ring-finger', 'little-finger'],
        },
      ],
    },
    symptoms: [
      'stitch in the side when running',
      'can’t take a full deep breath',
      'painful to lie on that side',
      'ache under the lower tip of the shoulder blade',
    ],
    conditions: ['atypical-chest-pain', 'shoulder-impingement', 'flank-pain', 'cervical-radiculopathy-c8'],
    perpetuatingFactors: ['prolonged or fast running', 'heavy coughing', 'lifting heavy objects overhead or doing many press-ups', 'anxious rapid breathing'],
    selfCare:
      'Lying on the other side, press gently along the ribs below the armpit with the fingertips and breathe slowly and deeply into the side.',
    prevalence: 'occasional',
    source: { ref: 'travell-simons-v1', chapter: 46 },
  },

  // ── Latissimus dorsi (ch. 24): axillary TrP in the posterior axillary fold, lower lateral TrP ─────────────────
  {
    id: 'latissimus-dorsi-1',
    muscle: 'latissimus-dorsi',
    label: 'axillary TrP (posterior axillary fold)',
    at: { u: 0.75, v: 0.85 },
    palpation:
      'Pincer palpation of the back fold of the armpit at about the middle of the shoulder blade’s outer edge, patient supine with the arm abducted about 90°.',
    landmarks: ['scapula-lateral-border'],
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'scapula-inferior-angle', offset: [0, -0.01, -0.005] }, radius: 0.06 }],
          areas: ['shoulder-blade', 'mid-back'],
        },
      ],
      spillover: [
        {
          blobs: [{ at: { landmark: 'glenohumeral', offset: [0.015, 0, -0.06] }, radius: 0.035 }],
          areas: ['back-of-shoulder'],
        },
        {
          blobs: [
            { at: { landmark: 'deltoid-tuberosity', offset: [-0.045, -0.03, -0.02] }, to: { landmark: 'humerus-medial-epicondyle', offset: [0, 0.04, -0.01] }, radius: 0.025, facing: 'medial' },
            { at: { landmark: 'humerus-medial-epicondyle', offset: [0, -0.03, 0] }, to: { landmark: 'ulnar-styloid', offset: [0, 0.02, 0] }, radius: 0.022, facing: 'medial' },
            { at: { landmark: 'mcp-4' }, to: { landmark: 'fingertip-4' }, radius: 0.02 },
            { at: { landmark: 'mcp-5' }, to: { landmark: 'fingertip-5' }, radius: 0.02 },
          ],
          areas: ['inner-upper-arm', 'back-of-upper-arm', 'front-of-forearm', 'palm', 'back-of-hand', 'little-finger-side-of-hand', 'ring-finger', 'little-finger'],
        },
      ],
    },
    symptoms: [
      'constant ache under the lower tip of the shoulder blade, little changed by movement',
      'ache reaching up and forward, e.g. to a high shelf',
      'pain down the inner arm toward the little finger',
    ],
    conditions: ['thoracic-outlet-syndrome', 'frozen-shoulder', 'cervical-radiculopathy-c8', 'interscapular-pain'],
    perpetuatingFactors: ['pulling down hard (chin-ups, rowing, heavy gardening)', 'reaching up and out for long periods', 'throwing sports'],
    selfCare:
      'Lying on the other side, pinch and hold the back fold of the armpit, then stretch by reaching the arm overhead and leaning away.',
    prevalence: 'occasional',
    source: { ref: 'travell-simons-v1', chapter: 24 },
  },
  {
    id: 'latissimus-dorsi-2',
    muscle: 'latissimus-dorsi',
    label: 'lower lateral TrP',
    at: { u: 0.85, v: 0.4 },
    palpation:
      'Pincer palpation of the outer edge of the muscle over the lower ribs, patient lying on the other side with the arm overhead.',
    landmarks: ['costal-margin'],
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'greater-tubercle', offset: [-0.02, -0.02, 0.05] }, radius: 0.04 }],
          areas: ['front-of-shoulder'],
        },
      ],
      // Less often, the side of the trunk above the iliac crest.
      spillover: [
        {
          blobs: [{ at: { landmark: 'iliac-crest', offset: [0.04, 0.06, 0] }, to: { landmark: 'costal-margin', offset: [0.025, 0.06, -0.01] }, radius: 0.04 }],
          areas: ['flank', 'side-of-ribs'],
        },
      ],
    },
    symptoms: [
      'ache in the side of the trunk above the hip',
      'ache at the front of the shoulder',
      'pain when reaching up and over',
    ],
    conditions: ['flank-pain'],
    perpetuatingFactors: ['pulling movements such as chin-ups or rowing', 'reaching overhead for long periods', 'carrying heavy loads in one hand'],
    selfCare:
      'Stand and reach the arm up and over to the other side, leaning gently to stretch the side of the trunk for a few slow breaths.',
    prevalence: 'occasional',
    source: { ref: 'travell-simons-v1', chapter: 24 },
  },

  // ── Pectoralis major (ch. 42): clavicular, intermediate sternal, medial sternal and lateral (costal) sections ──
  {
    id: 'pectoralis-major-1',
    muscle: 'pectoralis-major',
    label: 'clavicular section',
    at: { u: 0.12, v: 0.55 },
    palpation:
      'Pincer or flat palpation just below the collarbone toward the shoulder, patient supine with the arm slightly abducted.',
    landmarks: ['clavicle-mid'],
    referral: {
      essential: [
        {
          blobs: [
            { at: { landmark: 'greater-tubercle', offset: [-0.02, -0.02, 0.05] }, radius: 0.045 },
            { at: { landmark: 'clavicle-mid', offset: [0.02, -0.03, 0.02] }, radius: 0.035 },
          ],
          areas: ['front-of-shoulder', 'upper-chest'],
        },
      ],
      spillover: [],
    },
    symptoms: [
      'ache at the front of the shoulder',
      'soreness just below the collarbone',
      'hard to raise the arm fully forward or out to the side',
    ],
    conditions: ['frozen-shoulder', 'forward-head-posture'],
    perpetuatingFactors: ['round-shouldered slumped sitting', 'holding the arms forward for long periods (typing, driving)', 'lifting heavy objects in front of the body'],
    selfCare:
      'Stretch in a doorway with the forearm on the frame below shoulder height and step gently forward for a few slow breaths.',
    prevalence: 'common',
    source: { ref: 'travell-simons-v1', chapter: 42 },
  },
  {
    id: 'pectoralis-major-2',
    muscle: 'pectoralis-major',
    label: 'intermediate sternal section',
    at: { u: 0.45, v: 0.55 },
    palpation:
      'Pincer palpation of the front fold of the armpit or flat palpation against the ribs midway across the chest, patient supine with the arm abducted about 90°.',
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'nipple', offset: [-0.03, 0.04, 0] }, radius: 0.06 }],
          areas: ['chest', 'upper-chest'],
        },
        {
          blobs: [
            { at: { landmark: 'deltoid-tuberosity', offset: [-0.045, -0.02, 0.02] }, to: { landmark: 'humerus-medial-epicondyle', offset: [0, 0.05, 0.02] }, radius: 0.025, facing: 'medial' },
            { at: { landmark: 'humerus-medial-epicondyle' }, radius: 0.025 },
          ],
          areas: ['inner-upper-arm', 'inner-elbow'],
        },
      ],
      spillover: [
        {
          blobs: [
            { at: { landmark: 'humerus-medial-epicondyle', offset: [0, -0.03, 0.01] }, to: { landmark: 'ulnar-styloid', offset: [0, 0.02, 0.01] }, radius: 0.022, facing: 'anterior' },
            { at: { landmark: 'mcp-4', offset: [0, -0.012, 0.005] }, to: { landmark: 'fingertip-4' }, radius: 0.02, facing: 'anterior' },
            { at: { landmark: 'mcp-5', offset: [0, -0.012, 0.005] }, to: { landmark: 'fingertip-5' }, radius: 0.02, facing: 'anterior' },
          ],
          areas: ['front-of-forearm', 'ring-finger', 'little-finger'],
        },
      ],
    },
    symptoms: [
      'intense aching across the front of the chest',
      'pain down the inner arm to the inner elbow',
      'chest pain after exertion that can be mistaken for a heart problem',
    ],
    conditions: ['atypical-chest-pain', 'medial-epicondylalgia', 'thoracic-outlet-syndrome', 'frozen-shoulder', 'forward-head-posture', 'cervical-radiculopathy-c8', 'upper-crossed-syndrome'],
    perpetuatingFactors: ['round-shouldered slumped posture', 'sleeping curled with the arms across the chest', 'lifting heavy objects in front of the body', 'anxious shallow breathing'],
    selfCare:
      'Stand in a doorway with the forearm on the frame at shoulder height and lean gently forward, and press a ball into tender spots against a wall.',
    prevalence: 'common',
    source: { ref: 'travell-simons-v1', chapter: 42 },
  },
  {
    id: 'pectoralis-major-3',
    muscle: 'pectoralis-major',
    label: 'medial sternal section',
    at: { u: 0.55, v: 0.12 },
    palpation:
      'Flat palpation against the ribs just beside the breastbone, patient supine.',
    landmarks: ['sternum'],
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'jugular-notch', offset: [0.025, -0.06, 0.02] }, to: { landmark: 'xiphoid', offset: [0.025, 0.05, 0] }, radius: 0.025 }],
          areas: ['sternum'],
        },
      ],
      spillover: [],
    },
    symptoms: [
      'aching over the breastbone on one side',
      'tender chest wall beside the breastbone',
    ],
    conditions: ['atypical-chest-pain'],
    perpetuatingFactors: ['round-shouldered posture', 'anxious shallow breathing', 'push-ups or heavy bench pressing'],
    selfCare:
      'Press gently beside the breastbone with the fingertips and breathe slowly into the chest, then stretch the arms wide in a doorway.',
    prevalence: 'occasional',
    source: { ref: 'travell-simons-v1', chapter: 42 },
  },
  {
    id: 'pectoralis-major-4',
    muscle: 'pectoralis-major',
    label: 'lateral (costal) section, lower free border',
    at: { u: 0.88, v: 0.7 },
    palpation:
      'Pincer palpation of the lower front fold of the armpit where the muscle leaves the chest wall, patient supine with the arm abducted.',
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'nipple' }, radius: 0.05 }],
          areas: ['chest'],
        },
      ],
      spillover: [],
    },
    symptoms: [
      'breast soreness or tenderness on one side',
      'nipple feels oversensitive to clothing',
    ],
    conditions: ['atypical-chest-pain'],
    perpetuatingFactors: ['round-shouldered posture', 'a bra band or strap that digs in', 'heavy lifting with the arms in front'],
    selfCare:
      'Gently pinch and hold the front fold of the armpit for 30 seconds, and stretch the chest in a doorway with the arm raised.',
    prevalence: 'occasional',
    source: { ref: 'travell-simons-v1', chapter: 42 },
  },

  // ── Pectoralis minor (ch. 44): upper TrP near the coracoid, lower TrP near the ribs ───────────────────────────
  {
    id: 'pectoralis-minor-1',
    muscle: 'pectoralis-minor',
    label: 'upper TrP (near the coracoid attachment)',
    at: { u: 0.5, v: 0.8, depth: 0.6 },
    palpation:
      'Flat palpation through the pectoralis major just below and inside the coracoid process, patient supine with the arm relaxed at the side.',
    landmarks: ['coracoid'],
    referral: PECTORALIS_MINOR_REFERRAL,
    symptoms: [
      'ache at the front of the shoulder and upper chest',
      'tingling or numbness in the little-finger side of the hand, worse with the arms raised',
      'shoulders feel pulled forward; reaching up and back hurts',
    ],
    conditions: ['thoracic-outlet-syndrome', 'atypical-chest-pain', 'forward-head-posture', 'carpal-tunnel-syndrome', 'medial-epicondylalgia', 'shoulder-impingement', 'upper-crossed-syndrome', 'cervical-radiculopathy-c8'],
    perpetuatingFactors: ['round-shouldered posture', 'backpack straps pressing over the front of the shoulder', 'using crutches', 'shallow upper-chest breathing'],
    selfCare:
      'Lying on your back, press gently with the fingertips just below the bony point at the front of the shoulder for 30 seconds, then stretch in a doorway with the arm raised high.',
    prevalence: 'common',
    source: { ref: 'travell-simons-v1', chapter: 44 },
  },
  {
    id: 'pectoralis-minor-2',
    muscle: 'pectoralis-minor',
    label: 'lower TrP (near the rib attachments)',
    sharedPatternWith: 'pectoralis-minor-1',
    at: { u: 0.5, v: 0.3, depth: 0.6 },
    palpation:
      'Pincer palpation reaching under the pectoralis major from the front fold of the armpit toward the 3rd–5th ribs, patient supine with the arm abducted.',
    referral: PECTORALIS_MINOR_REFERRAL,
    symptoms: [
      'ache over the front of the chest that can be mistaken for a heart problem',
      'pins and needles in the ring and little fingers',
      'pain on deep breathing or reaching forward',
    ],
    conditions: ['thoracic-outlet-syndrome', 'atypical-chest-pain', 'forward-head-posture', 'carpal-tunnel-syndrome', 'medial-epicondylalgia', 'shoulder-impingement', 'upper-crossed-syndrome', 'cervical-radiculopathy-c8'],
    perpetuatingFactors: ['shallow upper-chest breathing', 'round-shouldered sitting', 'sleeping with the arms crossed over the chest'],
    selfCare:
      'Stretch in a doorway with the arm raised high and step forward gently, breathing slowly into the upper chest.',
    prevalence: 'common',
    source: { ref: 'travell-simons-v1', chapter: 44 },
  },
] as const satisfies readonly TriggerPoint[]
