/**
 * Bony places that palpation hints name but the measured set (landmarks.ts) lacks: the spine and borders of the
 * scapula, the tibial crest, vertebrae between the measured ones… Each is placed from measured landmarks, as the
 * point `t` of the way between two of them or as one of them, plus an offset (metres, canonical frame, left side;
 * mirror x for the right). The anatomy follows Gray's Anatomy; the offsets were read off the BodyParts3D bone
 * meshes (figures only) so each point lies on its bone in our body, so like landmarks.ts they are CC BY-SA 2.1 JP:
 *
 * BodyParts3D, Copyright (c) 2008 Life Science Integrated Database Center, licensed by CC Display-Inheritance 2.1 Japan.
 */
import type { DerivedLandmark } from '../schema'

const GRAY = (locator: string) => ({ ref: 'gray-anatomy', locator }) as const

export const DERIVED_LANDMARKS = [
  // Head
  {
    id: 'lateral-orbital-rim',
    name: 'Lateral rim of the orbit',
    // The frontal process of the zygomatic bone, beside the centre of the orbital opening and a little behind it.
    at: { landmark: 'orbit', offset: [0.016, 0.002, -0.006] },
    paired: true,
    source: GRAY('zygomatic bone; orbit'),
  },
  {
    id: 'mandible-ramus',
    name: 'Ramus of the mandible',
    // Midway up the ramus from the angle to the condyle, on its outer face.
    at: { between: ['tmj', 'mandible-angle'], t: 0.5, offset: [0.005, 0, 0.003] },
    paired: true,
    source: GRAY('mandible'),
  },
  {
    id: 'superior-nuchal-line',
    name: 'Superior nuchal line (ridge at the base of the skull)',
    // The ridge runs sideways from the inion; this point is on it about 2.5 cm from the midline.
    at: { landmark: 'inion', offset: [0.026, -0.008, 0.014] },
    paired: true,
    source: GRAY('occipital bone'),
  },
  // Neck
  {
    id: 'c1-posterior-tubercle',
    name: 'Posterior tubercle of the atlas (C1)',
    // Deep in the hollow under the skull, a third of the way from the inion to C7, well in front of the skin line.
    at: { between: ['inion', 'c7-spinous'], t: 0.33, offset: [0, 0, 0.044] },
    paired: false,
    source: GRAY('atlas'),
  },
  {
    id: 'c1-transverse-process',
    name: 'Transverse process of the atlas (C1)',
    // Its tip lies about 2 cm below the tip of the mastoid process.
    at: { landmark: 'mastoid', offset: [0.001, -0.022, 0.008] },
    paired: true,
    source: GRAY('atlas'),
  },
  {
    id: 'c2-spinous',
    name: 'Spinous process of C2 (axis)',
    // The first spinous process felt below the inion, about halfway down to C7 and deeper than both.
    at: { between: ['inion', 'c7-spinous'], t: 0.53, offset: [0, 0, 0.034] },
    paired: false,
    source: GRAY('axis; surface anatomy of the neck'),
  },
  {
    id: 'c4-transverse-process',
    name: 'Transverse process of C4',
    // The hyoid lies level with C3; the C4 transverse process a little lower, 3 cm to the side, behind the throat.
    at: { landmark: 'hyoid', offset: [0.03, -0.007, -0.052] },
    paired: true,
    source: GRAY('cervical vertebrae'),
  },
  // Shoulder girdle and chest
  {
    id: 'scapula-spine',
    name: 'Spine of the scapula',
    // Midway from the root of the spine to the acromion, on the crest of the ridge.
    at: { between: ['scapula-spine-root', 'acromion'], t: 0.5, offset: [0, -0.003, -0.019] },
    paired: true,
    source: GRAY('scapula'),
  },
  {
    id: 'supraspinous-fossa',
    name: 'Supraspinous fossa of the scapula',
    // The hollow above the spine, a quarter of the way from the superior angle toward the acromion.
    at: { between: ['scapula-superior-angle', 'acromion'], t: 0.25, offset: [0, -0.018, 0.007] },
    paired: true,
    source: GRAY('scapula'),
  },
  {
    id: 'scapula-medial-border',
    name: 'Medial border of the scapula',
    // Midway along the border from the root of the spine to the inferior angle.
    at: { between: ['scapula-spine-root', 'scapula-inferior-angle'], t: 0.5, offset: [-0.012, 0, -0.008] },
    paired: true,
    source: GRAY('scapula'),
  },
  {
    id: 'scapula-lateral-border',
    name: 'Lateral border of the scapula',
    // Midway along the border from the inferior angle up toward the glenoid.
    at: { between: ['scapula-inferior-angle', 'glenohumeral'], t: 0.55, offset: [0.008, 0, -0.004] },
    paired: true,
    source: GRAY('scapula'),
  },
  {
    id: 'sternum',
    name: 'Body of the sternum (estimated)',
    // Midway from the jugular notch to the xiphoid; both are estimates, the reference has no sternum.
    at: { between: ['jugular-notch', 'xiphoid'], t: 0.5 },
    paired: false,
    source: GRAY('sternum'),
  },
  {
    id: 'rib-5-midaxillary',
    name: 'Fifth rib in the mid-axillary line',
    // The outermost point of the fifth rib, at about the level of the nipple.
    at: { landmark: 'nipple', offset: [0.0585, 0.02, -0.1275] },
    paired: true,
    source: GRAY('ribs'),
  },
  // Back and pelvis
  {
    id: 't10-spinous',
    name: 'Spinous process of T10',
    // Three of the five vertebrae from T7 to T12.
    at: { between: ['t7-spinous', 't12-spinous'], t: 0.6, offset: [0, -0.004, -0.007] },
    paired: false,
    source: GRAY('thoracic vertebrae'),
  },
  {
    id: 'rib-12',
    name: 'Tip of the twelfth rib',
    // The free end of the last rib, about 8 cm from the midline, level with L1–L2.
    at: { landmark: 't12-spinous', offset: [0.084, -0.064, 0.04] },
    paired: true,
    source: GRAY('ribs'),
  },
  {
    id: 'l1-spinous',
    name: 'Spinous process of L1',
    at: { between: ['t12-spinous', 'l3-spinous'], t: 0.34 },
    paired: false,
    source: GRAY('lumbar vertebrae'),
  },
  {
    id: 'l2-spinous',
    name: 'Spinous process of L2',
    at: { between: ['t12-spinous', 'l3-spinous'], t: 0.7 },
    paired: false,
    source: GRAY('lumbar vertebrae'),
  },
  {
    id: 'l3-transverse-process',
    name: 'Transverse process of L3',
    // The longest lumbar transverse process: its tip lies about 4 cm from the midline, deep to the erector spinae.
    at: { landmark: 'l3-spinous', offset: [0.042, 0.0235, 0.0286] },
    paired: true,
    source: GRAY('lumbar vertebrae'),
  },
  {
    id: 's1',
    name: 'Median sacral crest at S1',
    at: { between: ['l5-spinous', 's2'], t: 0.5 },
    paired: false,
    source: GRAY('sacrum'),
  },
  {
    id: 'sacrum-lateral-border',
    name: 'Lateral border of the sacrum',
    // At the level of S2–S3, where the sacrum's edge bounds the greater sciatic notch.
    at: { landmark: 's2', offset: [0.051, -0.009, 0.047] },
    paired: true,
    source: GRAY('sacrum'),
  },
  {
    id: 'iliac-crest-posterior',
    name: 'Back of the iliac crest',
    // Midway along the crest from its highest point to the posterior superior iliac spine.
    at: { between: ['iliac-crest', 'psis'], t: 0.5, offset: [-0.008, 0.008, 0] },
    paired: true,
    source: GRAY('hip bone'),
  },
  {
    id: 'ischiopubic-ramus',
    name: 'Ischiopubic ramus',
    // Just in front of the ischial tuberosity on the bar of bone running to the pubic symphysis.
    at: { between: ['ischial-tuberosity', 'pubic-symphysis'], t: 0.37, offset: [0, -0.012, 0] },
    paired: true,
    source: GRAY('hip bone'),
  },
  // Leg
  {
    id: 'tibial-crest',
    name: 'Tibial crest (sharp front edge of the shin bone)',
    // A quarter of the way from the tibial tuberosity to the medial malleolus, on the edge itself.
    at: { between: ['tibial-tuberosity', 'medial-malleolus'], t: 0.25, offset: [0.012, 0, 0.005] },
    paired: true,
    source: GRAY('tibia'),
  },
] as const satisfies readonly DerivedLandmark[]
