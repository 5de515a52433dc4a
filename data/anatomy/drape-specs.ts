/**
 * Muscles the BodyParts3D reference lacks, authored from their attachments: an origin line and an insertion line
 * on bony landmarks, a thickness, and the direction from which the muscle is laid over the bones and deeper muscles.
 * scripts/measure-reference.ts lays each sheet over the reference and writes the figures to shapes/authored.ts.
 * Attachments follow Gray's Anatomy (42nd ed.); thicknesses are typical adult values scaled to the 1.75 m body.
 * Left side, canonical frame; offsets in metres.
 */
import type { Anchor, SourceRef, Vec3 } from '../schema'

export interface DrapeSpec {
  readonly muscle: string
  /** Origin line, first point at u = 0. */
  readonly origin: readonly Anchor[]
  /** Insertion line, first point at u = 0. */
  readonly insertion: readonly Anchor[]
  /** Optional line across the belly at v = `bellyAt`, for muscles wider in the middle than at their ends. */
  readonly via?: readonly Anchor[]
  /** Rays travel into the body along `dir`, or toward the segment between two anchors (caps over a bone). */
  readonly ray: { readonly dir: Vec3 } | { readonly axis: readonly [Anchor, Anchor] }
  /** Greatest thickness (m) and where along v the belly is fullest (0..1). */
  readonly thickness: number
  readonly bellyAt?: number
  /** How fast the thickness falls toward the side edges: 0 flat sheet … 1 round belly. */
  readonly roundness?: number
  /**
   * Laid along its attachment lines as written, not draped: for a muscle in a bony pocket that no ray reaches
   * without crossing another bone first (the lateral pterygoid, inside the ramus). `ray` then only says which side
   * is deep.
   */
  readonly free?: boolean
  /** Measured muscles that lie over or beside this one and must not be draped on. */
  readonly exclude?: readonly string[]
  /** Spans the hollows between what lies beneath instead of dipping into them (trapezius over the neck). */
  readonly bridge?: boolean
  readonly source: SourceRef
}

const a = (landmark: string, offset?: Vec3): Anchor => (offset ? { landmark, offset } : { landmark })
const GRAY: SourceRef = { ref: 'gray-anatomy' }

/** What lies over the palm's deep muscles: they are laid on the bones beneath these. */
const PALM_COVER = [
  'flexor-digitorum-profundus',
  'flexor-pollicis-longus',
  'flexor-digitorum-superficialis',
  'palmaris-longus',
  'opponens-pollicis',
  'abductor-digiti-minimi-hand',
]
/** What lies over the sole's third layer. */
const SOLE_COVER = [
  'abductor-hallucis',
  'flexor-digitorum-brevis',
  'abductor-digiti-minimi-foot',
  'quadratus-plantae',
  'lumbricals-foot',
  'flexor-digitorum-longus',
  'flexor-hallucis-longus',
  'flexor-digiti-minimi-brevis-foot',
]

/** In laying order: deeper authored muscles first, so the ones above them rest on them. */
export const DRAPE_SPECS: readonly DrapeSpec[] = [
  {
    muscle: 'masseter',
    origin: [a('zygomatic-arch', [-0.012, -0.004, 0.02]), a('zygomatic-arch', [-0.004, -0.004, -0.008])],
    insertion: [a('mandible-angle', [0.002, 0.01, 0.03]), a('mandible-angle', [0.001, 0.004, 0.002])],
    ray: { dir: [-1, 0, 0] },
    thickness: 0.011,
    bellyAt: 0.55,
    roundness: 0.5,
    exclude: ['temporalis'],
    source: GRAY,
  },
  // ── Head and neck: the deep jaw muscles first, then the hyoid muscles, then the thin muscles of the face and scalp.
  {
    muscle: 'lateral-pterygoid',
    // From the lateral pterygoid plate and the greater wing of the sphenoid back to the neck of the condyle and the
    // joint's disc; it hangs under the base of the skull, inside the ramus, where no ray reaches it.
    origin: [a('tmj', [-0.016, 0.004, 0.03]), a('tmj', [-0.022, -0.018, 0.03])],
    insertion: [a('tmj', [-0.004, 0.0, 0.004]), a('tmj', [-0.004, -0.009, 0.004])],
    ray: { dir: [-1, 0, 0] },
    free: true,
    thickness: 0.01,
    bellyAt: 0.45,
    roundness: 0.6,
    exclude: ['medial-pterygoid', 'masseter', 'temporalis'],
    source: GRAY,
  },
  {
    muscle: 'digastric-posterior',
    // From the mastoid notch, down and forward below the angle of the jaw, to the intermediate tendon at the hyoid.
    origin: [a('mastoid', [-0.01, 0.002, 0.0]), a('mastoid', [-0.004, -0.004, 0.006])],
    insertion: [a('hyoid', [0.017, 0.006, -0.012]), a('hyoid', [0.019, -0.002, -0.01])],
    ray: { dir: [-1, 0.3, 0] },
    thickness: 0.009,
    bellyAt: 0.45,
    roundness: 0.7,
    exclude: ['sternocleidomastoid-sternal', 'sternocleidomastoid-clavicular', 'splenius-capitis', 'longissimus-capitis', 'medial-pterygoid', 'masseter', 'platysma'],
    source: GRAY,
  },
  {
    muscle: 'digastric-anterior',
    // From the intermediate tendon at the hyoid forward under the floor of the mouth to the digastric fossa by the chin.
    origin: [a('hyoid', [0.016, 0.004, 0.004]), a('hyoid', [0.012, 0.002, 0.008])],
    insertion: [a('menton', [0.01, 0.006, -0.012]), a('menton', [0.004, 0.006, -0.01])],
    ray: { dir: [0, 1, 0] },
    thickness: 0.007,
    bellyAt: 0.5,
    roundness: 0.7,
    exclude: ['platysma'],
    source: GRAY,
  },
  {
    muscle: 'frontalis',
    // From the galea aponeurotica high on the forehead down into the skin of the eyebrow.
    origin: [a('frontal-eminence', [-0.031, 0.03, -0.02]), a('frontal-eminence', [0.021, 0.024, -0.04])],
    insertion: [a('frontal-eminence', [-0.031, -0.03, 0.008]), a('frontal-eminence', [0.017, -0.032, -0.014])],
    ray: { axis: [a('vertex', [0, -0.09, 0]), a('vertex', [0, -0.03, 0])] },
    thickness: 0.003,
    bellyAt: 0.5,
    roundness: 0.2,
    source: GRAY,
  },
  {
    muscle: 'occipitalis',
    // From the lateral two thirds of the superior nuchal line up into the galea aponeurotica.
    origin: [a('inion', [0.016, 0.008, 0.0]), a('inion', [0.055, 0.002, 0.024])],
    insertion: [a('inion', [0.016, 0.055, -0.004]), a('inion', [0.05, 0.05, 0.014])],
    ray: { axis: [a('vertex', [0, -0.12, 0.02]), a('vertex', [0, -0.05, 0.02])] },
    thickness: 0.004,
    bellyAt: 0.45,
    roundness: 0.3,
    exclude: ['semispinalis-capitis', 'splenius-capitis', 'trapezius-upper'],
    source: GRAY,
  },
  {
    muscle: 'orbicularis-oculi',
    // A ring round the eye: the palpebral part in the lids (inner edge), the orbital part on the bony rim (outer edge).
    origin: [a('orbit', [-0.017, 0.000, 0.004]), a('orbit', [-0.011, 0.012, 0.004]), a('orbit', [0.003, 0.017, 0.004]), a('orbit', [0.017, 0.012, 0.004]), a('orbit', [0.023, 0.000, 0.004]), a('orbit', [0.017, -0.012, 0.004]), a('orbit', [0.003, -0.017, 0.004]), a('orbit', [-0.011, -0.012, 0.004]), a('orbit', [-0.017, -0.000, 0.004])],
    insertion: [a('orbit', [-0.027, 0.000, -0.004]), a('orbit', [-0.018, 0.020, -0.004]), a('orbit', [0.003, 0.028, -0.004]), a('orbit', [0.024, 0.020, -0.004]), a('orbit', [0.033, 0.000, -0.004]), a('orbit', [0.024, -0.020, -0.004]), a('orbit', [0.003, -0.028, -0.004]), a('orbit', [-0.018, -0.020, -0.004]), a('orbit', [-0.027, -0.000, -0.004])],
    ray: { dir: [0, 0, -1] },
    thickness: 0.003,
    bellyAt: 0.5,
    roundness: 0.2,
    exclude: ['temporalis', 'masseter'],
    source: GRAY,
  },
  {
    muscle: 'trapezius-upper',
    origin: [a('inion', [0.004, 0, 0]), a('c7-spinous', [0.002, 0.03, -0.01])],
    insertion: [a('clavicle-mid', [0.03, 0.012, -0.02]), a('acromion', [-0.012, 0.006, -0.012])],
    ray: { dir: [0, -0.55, 0.84] },
    bridge: true,
    thickness: 0.011,
    bellyAt: 0.5,
    roundness: 0.3,
    source: GRAY,
  },
  {
    muscle: 'trapezius-middle',
    origin: [a('c7-spinous', [0.002, 0.03, -0.01]), a('t4-spinous', [0.002, -0.005, -0.004])],
    insertion: [a('acromion', [-0.012, 0.006, -0.012]), a('scapula-spine-root', [0.03, 0.012, -0.012])],
    ray: { dir: [0, -0.15, 0.99] },
    thickness: 0.008,
    bellyAt: 0.4,
    roundness: 0.2,
    source: GRAY,
  },
  {
    muscle: 'trapezius-lower',
    origin: [a('t4-spinous', [0.002, -0.005, -0.004]), a('t12-spinous', [0.002, 0, -0.004])],
    insertion: [a('scapula-spine-root', [0.03, 0.012, -0.012]), a('scapula-spine-root', [0.008, -0.004, -0.012])],
    ray: { dir: [0, 0, 1] },
    thickness: 0.006,
    bellyAt: 0.45,
    roundness: 0.2,
    source: GRAY,
  },
  {
    muscle: 'pectoralis-major',
    origin: [
      a('clavicle-mid', [0.005, -0.004, 0.01]),
      a('sternoclavicular', [0.004, -0.008, 0.012]),
      a('jugular-notch', [0.014, -0.04, 0.004]),
      a('xiphoid', [0.014, 0.02, 0.0]),
      a('xiphoid', [0.07, -0.035, -0.02]),
    ],
    insertion: [
      a('greater-tubercle', [0.004, -0.075, 0.02]),
      a('greater-tubercle', [0.0, -0.06, 0.022]),
      a('greater-tubercle', [-0.004, -0.045, 0.022]),
      a('greater-tubercle', [-0.008, -0.03, 0.02]),
      a('greater-tubercle', [-0.01, -0.02, 0.016]),
    ],
    ray: { dir: [0, 0, -1] },
    thickness: 0.016,
    bellyAt: 0.45,
    roundness: 0.25,
    source: GRAY,
  },
  {
    muscle: 'deltoid-anterior',
    origin: [a('clavicle-mid', [0.035, 0.004, 0.008]), a('acromion', [0.0, 0.006, 0.022])],
    insertion: [a('deltoid-tuberosity', [0.002, 0, 0.008]), a('deltoid-tuberosity', [0.006, 0.004, 0.004])],
    ray: { axis: [a('glenohumeral'), a('deltoid-tuberosity', [-0.012, 0, 0])] },
    thickness: 0.02,
    bellyAt: 0.42,
    roundness: 0.35,
    exclude: ['pectoralis-minor'],
    source: GRAY,
  },
  {
    muscle: 'deltoid-middle',
    origin: [a('acromion', [0.0, 0.006, 0.022]), a('acromion', [0.004, 0.004, -0.022])],
    insertion: [a('deltoid-tuberosity', [0.006, 0.004, 0.004]), a('deltoid-tuberosity', [0.006, 0.004, -0.004])],
    ray: { axis: [a('glenohumeral'), a('deltoid-tuberosity', [-0.012, 0, 0])] },
    thickness: 0.022,
    bellyAt: 0.42,
    roundness: 0.35,
    source: GRAY,
  },
  {
    muscle: 'deltoid-posterior',
    origin: [a('acromion', [0.004, 0.004, -0.022]), a('scapula-spine-root', [0.045, 0.02, -0.012])],
    insertion: [a('deltoid-tuberosity', [0.006, 0.004, -0.004]), a('deltoid-tuberosity', [0.002, 0, -0.008])],
    ray: { axis: [a('glenohumeral'), a('deltoid-tuberosity', [-0.012, 0, 0])] },
    thickness: 0.018,
    bellyAt: 0.42,
    roundness: 0.35,
    source: GRAY,
  },
  {
    muscle: 'biceps-brachii',
    origin: [a('coracoid', [0.0, -0.02, 0.004]), a('greater-tubercle', [-0.012, -0.03, 0.01])],
    insertion: [a('radial-head', [-0.018, -0.03, 0.012]), a('radial-head', [-0.01, -0.03, 0.012])],
    ray: { dir: [0, 0, -1] },
    thickness: 0.034,
    bellyAt: 0.6,
    roundness: 0.85,
    exclude: ['pectoralis-major', 'deltoid-anterior'],
    source: GRAY,
  },
  {
    muscle: 'triceps-medial-head',
    origin: [a('deltoid-tuberosity', [-0.03, -0.02, -0.01]), a('deltoid-tuberosity', [-0.005, -0.03, -0.012])],
    insertion: [a('olecranon', [-0.008, 0.01, -0.004]), a('olecranon', [0.008, 0.01, -0.004])],
    ray: { dir: [0, 0, 1] },
    thickness: 0.016,
    bellyAt: 0.65,
    roundness: 0.6,
    source: GRAY,
  },
  {
    muscle: 'triceps-long-head',
    origin: [a('glenohumeral', [-0.03, -0.04, -0.03]), a('glenohumeral', [-0.02, -0.035, -0.03])],
    insertion: [a('olecranon', [-0.012, 0.02, -0.006]), a('olecranon', [0.0, 0.02, -0.008])],
    ray: { dir: [0.35, 0, 0.94] },
    thickness: 0.03,
    bellyAt: 0.45,
    roundness: 0.75,
    exclude: ['teres-major', 'latissimus-dorsi', 'teres-minor', 'deltoid-posterior'],
    source: GRAY,
  },
  {
    muscle: 'triceps-lateral-head',
    origin: [a('greater-tubercle', [-0.004, -0.04, -0.03]), a('greater-tubercle', [0.008, -0.07, -0.026])],
    insertion: [a('olecranon', [0.0, 0.02, -0.008]), a('olecranon', [0.012, 0.02, -0.004])],
    ray: { dir: [-0.35, 0, 0.94] },
    thickness: 0.026,
    bellyAt: 0.45,
    roundness: 0.7,
    exclude: ['deltoid-posterior', 'deltoid-middle'],
    source: GRAY,
  },
  {
    muscle: 'flexor-digitorum-superficialis',
    origin: [a('humerus-medial-epicondyle', [0.004, -0.01, 0.01]), a('radial-head', [0.0, -0.04, 0.01])],
    insertion: [a('wrist', [-0.012, 0.03, 0.006]), a('wrist', [0.002, 0.03, 0.008])],
    ray: { dir: [0, 0, -1] },
    thickness: 0.016,
    bellyAt: 0.4,
    roundness: 0.5,
    exclude: ['palmaris-longus', 'flexor-carpi-radialis', 'brachioradialis'],
    source: GRAY,
  },
  {
    // Humeral head from the medial epicondyle, ulnar head from the olecranon and upper back border of the ulna, to the pisiform.
    muscle: 'flexor-carpi-ulnaris',
    origin: [a('humerus-medial-epicondyle', [0.0, -0.006, 0.008]), a('olecranon', [-0.008, -0.03, 0.012])],
    insertion: [a('ulnar-styloid', [-0.002, -0.008, 0.016]), a('ulnar-styloid', [0.003, -0.01, 0.018])],
    ray: { dir: [0.75, 0, -0.65] },
    thickness: 0.013,
    bellyAt: 0.35,
    roundness: 0.6,
    exclude: ['palmaris-longus', 'flexor-carpi-radialis'],
    source: GRAY,
  },
  {
    // Across the front of the upper forearm, from above the medial epicondyle and the coronoid to the middle of the radius.
    muscle: 'pronator-teres',
    origin: [a('humerus-medial-epicondyle', [0.0, 0.014, 0.012]), a('humerus-medial-epicondyle', [0.012, -0.012, 0.018])],
    insertion: [a('radial-head', [0.028, -0.09, 0.028]), a('radial-head', [0.032, -0.112, 0.026])],
    ray: { dir: [0, 0, -1] },
    thickness: 0.014,
    bellyAt: 0.4,
    roundness: 0.6,
    exclude: ['flexor-carpi-radialis', 'palmaris-longus', 'brachioradialis', 'biceps-brachii', 'extensor-carpi-radialis-longus'],
    source: GRAY,
  },
  {
    // From the lateral epicondyle and the back border of the ulna, down the back of the forearm on its ulnar side, to the fifth metacarpal.
    muscle: 'extensor-carpi-ulnaris',
    origin: [a('humerus-lateral-epicondyle', [0.0, -0.004, -0.012]), a('olecranon', [0.02, -0.07, 0.02])],
    insertion: [a('ulnar-styloid', [0.0, -0.018, 0.002]), a('ulnar-styloid', [0.004, -0.02, 0.004])],
    ray: { dir: [0.4, 0, 0.9] },
    thickness: 0.012,
    bellyAt: 0.35,
    roundness: 0.6,
    exclude: ['extensor-digitorum', 'anconeus'],
    source: GRAY,
  },
  {
    muscle: 'vastus-intermedius',
    origin: [a('greater-trochanter', [-0.02, -0.06, 0.01]), a('greater-trochanter', [-0.045, -0.06, 0.02])],
    insertion: [a('patella', [0.012, 0.05, -0.01]), a('patella', [-0.012, 0.05, -0.01])],
    ray: { axis: [a('hip-joint'), a('femur-lateral-epicondyle', [-0.04, 0.02, 0])] },
    thickness: 0.02,
    bellyAt: 0.45,
    roundness: 0.3,
    exclude: ['sartorius', 'tensor-fasciae-latae', 'adductor-longus', 'gracilis', 'gluteus-minimus', 'gluteus-medius'],
    source: GRAY,
  },
  {
    muscle: 'vastus-lateralis',
    origin: [a('greater-trochanter', [0.0, -0.02, 0.02]), a('greater-trochanter', [0.0, -0.04, -0.03])],
    via: [a('femur-lateral-epicondyle', [0.03, 0.18, 0.06]), a('femur-lateral-epicondyle', [0.03, 0.18, -0.04])],
    insertion: [a('patella', [0.025, 0.04, -0.01]), a('femur-lateral-epicondyle', [0.006, 0.06, -0.01])],
    ray: { axis: [a('hip-joint'), a('femur-lateral-epicondyle', [-0.04, 0.02, 0])] },
    thickness: 0.032,
    bellyAt: 0.45,
    roundness: 0.45,
    exclude: ['tensor-fasciae-latae', 'gluteus-maximus', 'gluteus-medius', 'gluteus-minimus'],
    source: GRAY,
  },

  {
    muscle: 'vastus-medialis',
    // From the medial lip of the linea aspera, round the inner thigh, into the inner border of the kneecap.
    origin: [a('hip-joint', [0.0, -0.1, -0.03]), a('hip-joint', [0.01, -0.2, -0.035])],
    via: [a('femur-medial-epicondyle', [0.015, 0.08, 0.07]), a('femur-medial-epicondyle', [0.01, 0.08, 0.01])],
    insertion: [a('patella', [-0.03, 0.035, -0.005]), a('patella', [-0.025, 0.005, -0.01])],
    ray: { axis: [a('hip-joint'), a('femur-medial-epicondyle', [0.02, 0.02, 0])] },
    thickness: 0.03,
    bellyAt: 0.7,
    roundness: 0.5,
    exclude: ['sartorius', 'gracilis', 'adductor-longus'],
    source: GRAY,
  },

  {
    muscle: 'rectus-femoris',
    origin: [a('asis', [-0.02, -0.045, -0.01]), a('asis', [0.0, -0.045, -0.01])],
    via: [a('patella', [-0.005, 0.24, 0.03]), a('patella', [0.045, 0.24, 0.03])],
    insertion: [a('patella', [-0.015, 0.045, 0.0]), a('patella', [0.015, 0.045, 0.0])],
    ray: { dir: [0, 0, -1] },
    thickness: 0.03,
    bellyAt: 0.45,
    roundness: 0.75,
    exclude: ['sartorius', 'tensor-fasciae-latae'],
    source: GRAY,
  },

  {
    muscle: 'biceps-femoris',
    origin: [a('ischial-tuberosity', [0.0, 0, -0.01]), a('ischial-tuberosity', [0.015, -0.01, -0.01])],
    via: [a('femur-lateral-epicondyle', [-0.02, 0.15, -0.06]), a('femur-lateral-epicondyle', [0.03, 0.15, -0.04])],
    insertion: [a('fibular-head', [-0.008, 0.03, -0.01]), a('fibular-head', [0.004, 0.03, -0.006])],
    ray: { dir: [-0.2, 0, 0.98] },
    thickness: 0.03,
    bellyAt: 0.5,
    roundness: 0.7,
    exclude: ['gluteus-maximus', 'semitendinosus', 'semimembranosus'],
    source: GRAY,
  },

  {
    muscle: 'gastrocnemius-medial',
    origin: [a('femur-medial-epicondyle', [0.004, 0.012, -0.045]), a('femur-medial-epicondyle', [0.022, 0.012, -0.05])],
    via: [a('medial-malleolus', [-0.005, 0.24, -0.06]), a('medial-malleolus', [0.035, 0.24, -0.07])],
    insertion: [a('medial-malleolus', [0.015, 0.11, -0.07]), a('medial-malleolus', [0.032, 0.11, -0.075])],
    ray: { dir: [0, 0, 1] },
    thickness: 0.028,
    bellyAt: 0.35,
    roundness: 0.6,
    exclude: ['semitendinosus', 'semimembranosus', 'gracilis', 'sartorius', 'biceps-femoris'],
    source: GRAY,
  },

  {
    muscle: 'gastrocnemius-lateral',
    origin: [a('femur-lateral-epicondyle', [-0.022, 0.012, -0.05]), a('femur-lateral-epicondyle', [-0.004, 0.012, -0.045])],
    via: [a('lateral-malleolus', [-0.032, 0.27, -0.045]), a('lateral-malleolus', [0.0, 0.27, -0.04])],
    insertion: [a('lateral-malleolus', [-0.03, 0.17, -0.05]), a('lateral-malleolus', [-0.012, 0.17, -0.045])],
    ray: { dir: [0, 0, 1] },
    thickness: 0.024,
    bellyAt: 0.35,
    roundness: 0.6,
    exclude: ['biceps-femoris', 'semitendinosus', 'semimembranosus', 'gastrocnemius-medial'],
    source: GRAY,
  },

  {
    // Palmar interossei: on the palmar faces of the second, fourth and fifth metacarpals, one piece across the palm.
    muscle: 'palmar-interossei-hand',
    origin: [a('wrist', [0.03, -0.02, 0.016]), a('wrist', [0.002, -0.024, 0.016])],
    insertion: [a('mcp-2', [-0.004, 0.008, 0.0]), a('mcp-5', [0.002, 0.008, -0.002])],
    ray: { dir: [0, 0, -1] },
    thickness: 0.005,
    bellyAt: 0.5,
    roundness: 0.3,
    exclude: PALM_COVER,
    source: GRAY,
  },
  {
    // Oblique head from the capitate and the bases of the second and third metacarpals, transverse head from the third
    // metacarpal's shaft, both to the ulnar side of the base of the thumb's proximal phalanx.
    muscle: 'adductor-pollicis',
    origin: [a('wrist', [0.015, -0.012, 0.02]), a('mcp-3', [0.0, 0.006, 0.004])],
    insertion: [a('mcp-1', [-0.004, -0.003, 0.002]), a('mcp-1', [-0.002, -0.008, 0.0])],
    ray: { dir: [0, 0, -1] },
    thickness: 0.008,
    bellyAt: 0.45,
    roundness: 0.4,
    exclude: PALM_COVER,
    source: GRAY,
  },
  {
    // Dorsal interossei: between the metacarpals, the first filling the web between thumb and index; one piece.
    muscle: 'dorsal-interossei-hand',
    origin: [a('mcp-1', [-0.015, 0.011, -0.016]), a('wrist', [0.03, -0.02, 0.004]), a('wrist', [0.0, -0.025, 0.006])],
    insertion: [a('mcp-2', [0.006, 0.01, -0.006]), a('mcp-2', [0.0, 0.012, -0.006]), a('mcp-5', [0.0, 0.012, -0.006])],
    ray: { dir: [0, 0, 1] },
    thickness: 0.006,
    bellyAt: 0.45,
    roundness: 0.3,
    exclude: [...PALM_COVER, 'palmar-interossei-hand', 'adductor-pollicis', 'extensor-digitorum', 'extensor-indicis'],
    source: GRAY,
  },
  {
    // Medial and lateral heads from the cuboid and lateral cuneiform, to both sides of the base of the big toe.
    muscle: 'flexor-hallucis-brevis',
    origin: [a('mtp-1', [-0.002, 0.005, -0.069]), a('mtp-1', [0.016, 0.007, -0.074])],
    insertion: [a('mtp-1', [-0.008, -0.01, -0.01]), a('mtp-1', [0.008, -0.01, -0.01])],
    ray: { dir: [0, 1, 0] },
    thickness: 0.009,
    bellyAt: 0.45,
    roundness: 0.6,
    exclude: SOLE_COVER,
    source: GRAY,
  },
  {
    // Transverse head from the ligaments of the third to fifth toe joints, oblique head from the bases of the second
    // to fourth metatarsals, both to the lateral side of the base of the big toe.
    muscle: 'adductor-hallucis',
    origin: [
      a('mtp-5', [-0.005, -0.004, -0.008]),
      a('mtp-1', [0.03, 0.0, -0.016]),
      a('mtp-1', [0.025, 0.012, -0.055]),
      a('mtp-1', [0.015, 0.014, -0.06]),
    ],
    insertion: [a('mtp-1', [0.007, -0.008, -0.01]), a('mtp-1', [0.009, -0.006, -0.012])],
    ray: { dir: [0, 1, 0] },
    thickness: 0.008,
    bellyAt: 0.4,
    roundness: 0.4,
    exclude: SOLE_COVER,
    source: GRAY,
  },
  {
    // Dorsal interossei of the foot, between the metatarsals from the dorsum; one piece.
    muscle: 'interossei-foot',
    origin: [a('mtp-1', [0.01, 0.035, -0.054]), a('mtp-1', [0.044, 0.02, -0.08])],
    insertion: [a('mtp-1', [0.019, 0.008, -0.014]), a('mtp-5', [-0.01, 0.01, 0.0])],
    ray: { dir: [0, -1, 0] },
    thickness: 0.007,
    bellyAt: 0.5,
    roundness: 0.3,
    exclude: [
      ...SOLE_COVER,
      'flexor-hallucis-brevis',
      'adductor-hallucis',
      'extensor-digitorum-brevis',
      'extensor-hallucis-brevis',
      'extensor-digitorum-longus',
      'extensor-hallucis-longus',
      'fibularis-tertius',
      'tibialis-anterior',
    ],
    source: GRAY,
  },
  {
    muscle: 'sternalis',
    // A strip over the sternum beside the midline, on top of pectoralis major: from the upper sternum to the lower
    // costal cartilages.
    origin: [a('jugular-notch', [0.008, -0.03, 0.012]), a('jugular-notch', [0.024, -0.03, 0.01])],
    insertion: [a('xiphoid', [0.016, 0.015, 0.006]), a('xiphoid', [0.034, 0.015, 0.002])],
    ray: { dir: [0, 0, -1] },
    thickness: 0.004,
    bellyAt: 0.5,
    roundness: 0.3,
    source: GRAY,
  },

  // ── The pelvic floor the reference lacks: a funnel and the small perineal muscles below it. They hang between
  // bones with nothing beneath them for a ray to meet, so they are laid along their attachments as written.
  {
    muscle: 'levator-ani',
    // From the back of the pubis along the tendinous arch to the ischial spine, down and in to the midline from the
    // perineal body back to the anococcygeal body and coccyx.
    origin: [a('pubic-symphysis', [0.018, -0.012, -0.018]), a('ischial-tuberosity', [-0.006, 0.038, -0.012])],
    insertion: [a('pubic-symphysis', [0.004, -0.06, -0.05]), a('coccyx', [0.004, -0.004, 0.008])],
    ray: { dir: [0, 1, 0] },
    free: true,
    thickness: 0.006,
    bellyAt: 0.5,
    roundness: 0.2,
    source: GRAY,
  },
  {
    muscle: 'transverse-perineal',
    origin: [a('ischial-tuberosity', [-0.01, 0.002, 0.01]), a('ischial-tuberosity', [-0.01, 0.0, 0.018])],
    insertion: [a('pubic-symphysis', [0.003, -0.061, -0.058]), a('pubic-symphysis', [0.003, -0.062, -0.05])],
    ray: { dir: [0, 1, 0] },
    free: true,
    thickness: 0.004,
    bellyAt: 0.5,
    roundness: 0.5,
    source: GRAY,
  },
  {
    muscle: 'ischiocavernosus',
    origin: [a('ischial-tuberosity', [-0.008, 0.004, 0.014]), a('ischial-tuberosity', [-0.014, 0.0, 0.016])],
    insertion: [a('pubic-symphysis', [0.012, -0.035, -0.02]), a('pubic-symphysis', [0.006, -0.04, -0.02])],
    ray: { dir: [-0.5, 0.85, 0] },
    free: true,
    thickness: 0.006,
    bellyAt: 0.45,
    roundness: 0.6,
    source: GRAY,
  },
  {
    muscle: 'bulbospongiosus',
    origin: [a('pubic-symphysis', [0.002, -0.062, -0.055]), a('pubic-symphysis', [0.012, -0.06, -0.055])],
    insertion: [a('pubic-symphysis', [0.002, -0.042, -0.008]), a('pubic-symphysis', [0.012, -0.042, -0.01])],
    ray: { dir: [0, 1, 0] },
    free: true,
    thickness: 0.006,
    bellyAt: 0.5,
    roundness: 0.6,
    source: GRAY,
  },
]
