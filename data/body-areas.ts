/**
 * Everyday areas of the body surface, the words people use for them, and where they lie on the skin.
 *
 * Blobs are anchored on landmarks (data/anatomy/landmarks.ts). Most landmarks lie on bone, so offsets move an
 * anchor towards the skin over the area; capsules (`at` → `to`) follow limb segments, and `facing` keeps a blob
 * on one face of a limb. Sided areas are written for the LEFT side (x > 0) and mirrored; midline areas sit at x = 0.
 * Placement follows surface anatomy (Gray's Anatomy, surface anatomy of each region).
 */
import type { BodyArea } from './schema'

export const BODY_AREAS = [
  // ─── head / neck ───────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'forehead',
    name: 'Forehead',
    synonyms: ['front of the head', 'above the eyebrows', 'frontal region', 'frontal headache area'],
    sided: true,
    region: 'head',
    blobs: [{ at: { landmark: 'frontal-eminence', offset: [0, -0.005, 0.008] }, radius: 0.04 }],
  },
  {
    id: 'temple',
    name: 'Temple',
    synonyms: ['side of the head', 'temporal region', 'temples', 'temporal fossa'],
    sided: true,
    region: 'head',
    blobs: [{ at: { landmark: 'temple', offset: [0.004, -0.01, 0.012] }, radius: 0.035 }],
  },
  {
    id: 'top-of-head',
    name: 'Top of the head',
    synonyms: ['crown', 'vertex', 'top of the skull', 'crown of the head'],
    sided: false,
    region: 'head',
    blobs: [{ at: { landmark: 'vertex', offset: [0, 0.004, 0] }, radius: 0.06 }],
  },
  {
    id: 'back-of-head',
    name: 'Back of the head',
    synonyms: ['occiput', 'occipital region', 'back of the skull', 'base of the skull'],
    sided: true,
    region: 'head',
    blobs: [
      {
        at: { landmark: 'inion', offset: [0.03, 0.01, 0] },
        to: { landmark: 'inion', offset: [0.028, 0.075, -0.002] },
        radius: 0.04,
        facing: 'posterior',
      },
    ],
  },
  {
    id: 'behind-ear',
    name: 'Behind the ear',
    synonyms: ['back of the ear', 'mastoid', 'mastoid process', 'postauricular region'],
    sided: true,
    region: 'head',
    blobs: [{ at: { landmark: 'mastoid', offset: [0.012, 0.012, -0.008] }, radius: 0.025 }],
  },
  {
    id: 'ear',
    name: 'Ear',
    synonyms: ['earache', 'inside the ear', 'deep in the ear', 'auricle', 'ear canal'],
    sided: true,
    region: 'head',
    blobs: [{ at: { landmark: 'ear', offset: [0.018, 0.005, -0.008] }, radius: 0.03 }],
  },
  {
    id: 'eye',
    name: 'Eye',
    synonyms: ['behind the eye', 'around the eye', 'eye socket', 'orbit', 'orbital region'],
    sided: true,
    region: 'head',
    blobs: [{ at: { landmark: 'orbit', offset: [0, 0, 0.012] }, radius: 0.022 }],
  },
  {
    id: 'eyebrow',
    name: 'Eyebrow',
    synonyms: ['brow', 'above the eye', 'over the eye', 'supraorbital region', 'brow ridge'],
    sided: true,
    region: 'head',
    blobs: [
      {
        at: { landmark: 'orbit', offset: [-0.017, 0.022, 0.03] },
        to: { landmark: 'orbit', offset: [0.022, 0.02, 0.01] },
        radius: 0.018,
      },
    ],
  },
  {
    id: 'cheek',
    name: 'Cheek',
    synonyms: ['cheekbone', 'side of the face', 'zygomatic region', 'maxillary region', 'face'],
    sided: true,
    region: 'head',
    blobs: [{ at: { landmark: 'zygomatic-arch', offset: [-0.015, -0.02, 0.035] }, radius: 0.035 }],
  },
  {
    id: 'sinus',
    name: 'Sinuses',
    synonyms: ['sinus', 'sinus pain', 'maxillary sinus', 'frontal sinus', 'beside the nose', 'side of the nose', 'paranasal sinuses'],
    sided: true,
    region: 'head',
    blobs: [
      { at: { landmark: 'orbit', offset: [-0.004, -0.03, 0.012] }, radius: 0.02, facing: 'anterior' },
      { at: { landmark: 'nasion', offset: [0.012, 0.018, 0.004] }, radius: 0.016, facing: 'anterior' },
    ],
  },
  {
    id: 'jaw',
    name: 'Jaw',
    synonyms: ['jawline', 'lower jaw', 'angle of the jaw', 'mandible', 'side of the jaw'],
    sided: true,
    region: 'head',
    blobs: [
      {
        at: { landmark: 'mandible-angle', offset: [0.015, 0.002, -0.003] },
        to: { landmark: 'menton', offset: [0.028, 0.008, 0] },
        radius: 0.025,
      },
    ],
  },
  {
    id: 'jaw-joint',
    name: 'Jaw joint',
    synonyms: ['TMJ', 'temporomandibular joint', 'jaw hinge', 'in front of the ear', 'clicking jaw'],
    sided: true,
    region: 'head',
    blobs: [{ at: { landmark: 'tmj', offset: [0.014, -0.005, 0.003] }, radius: 0.022 }],
  },
  {
    id: 'upper-teeth',
    name: 'Upper teeth',
    synonyms: ['top teeth', 'upper molars', 'upper toothache', 'maxillary teeth'],
    sided: true,
    region: 'head',
    blobs: [
      {
        at: { landmark: 'upper-molar', offset: [0.022, 0.004, 0.005] },
        to: { landmark: 'upper-molar', offset: [-0.022, 0.002, 0.042] },
        radius: 0.018,
      },
    ],
  },
  {
    id: 'lower-teeth',
    name: 'Lower teeth',
    synonyms: ['bottom teeth', 'lower molars', 'lower toothache', 'mandibular teeth'],
    sided: true,
    region: 'head',
    blobs: [
      {
        at: { landmark: 'lower-molar', offset: [0.022, -0.008, 0.005] },
        to: { landmark: 'lower-molar', offset: [-0.022, -0.014, 0.036] },
        radius: 0.018,
      },
    ],
  },
  {
    id: 'upper-front-teeth',
    name: 'Upper front teeth',
    synonyms: ['upper incisors', 'top front teeth', 'upper canine', 'eye tooth', 'front teeth'],
    sided: true,
    region: 'head',
    blobs: [
      { at: { landmark: 'upper-molar', offset: [-0.018, 0.002, 0.04] }, radius: 0.014 },
    ],
  },
  {
    id: 'lower-front-teeth',
    name: 'Lower front teeth',
    synonyms: ['lower incisors', 'bottom front teeth', 'lower canine'],
    sided: true,
    region: 'head',
    blobs: [
      { at: { landmark: 'lower-molar', offset: [-0.018, -0.014, 0.034] }, radius: 0.014 },
    ],
  },
  {
    id: 'chin',
    name: 'Chin',
    synonyms: ['point of the chin', 'below the lower lip', 'mental region', 'mentum'],
    sided: false,
    region: 'head',
    blobs: [{ at: { landmark: 'menton', offset: [0, 0.012, 0.01] }, radius: 0.025 }],
  },
  {
    id: 'throat',
    name: 'Throat',
    synonyms: ['front of the neck', 'anterior neck', "Adam's apple", 'voice box', 'larynx', 'sore throat', 'under the jaw', 'under the chin'],
    sided: false,
    region: 'neck',
    blobs: [
      {
        at: { landmark: 'hyoid', offset: [0, -0.005, 0.01] },
        to: { landmark: 'jugular-notch', offset: [0, 0.018, 0.005] },
        radius: 0.028,
      },
    ],
  },
  {
    id: 'side-of-neck',
    name: 'Side of the neck',
    synonyms: ['neck side', 'lateral neck', 'lateral cervical region', 'sternocleidomastoid area'],
    sided: true,
    region: 'neck',
    blobs: [
      {
        at: { landmark: 'mastoid', offset: [0.007, -0.04, 0.02] },
        to: { landmark: 'clavicle-mid', offset: [-0.02, 0.03, -0.01] },
        radius: 0.03,
      },
    ],
  },
  {
    id: 'back-of-neck',
    name: 'Back of the neck',
    synonyms: ['nape', 'nape of the neck', 'posterior neck', 'posterior cervical region', 'neck'],
    sided: true,
    region: 'neck',
    blobs: [
      {
        at: { landmark: 'inion', offset: [0.022, -0.02, 0.02] },
        to: { landmark: 'c7-spinous', offset: [0.022, 0.015, 0] },
        radius: 0.03,
        facing: 'posterior',
      },
    ],
  },

  // ─── shoulder / trunk ──────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'top-of-shoulder',
    name: 'Top of the shoulder',
    synonyms: ['shoulder top', 'between neck and shoulder', 'upper trapezius area', 'shoulder ridge', 'tip of the shoulder', 'shoulder tip', 'acromion'],
    sided: true,
    region: 'shoulder',
    blobs: [
      {
        at: { landmark: 'c7-spinous', offset: [0.055, -0.005, 0.035] },
        to: { landmark: 'acromion', offset: [-0.02, 0.012, -0.005] },
        radius: 0.035,
        facing: 'superior',
      },
    ],
  },
  {
    id: 'spine-of-scapula',
    name: 'Spine of the shoulder blade',
    synonyms: ['spine of the scapula', 'scapular spine', 'ridge of the shoulder blade', 'bony ridge across the shoulder blade'],
    sided: true,
    region: 'upper-back',
    blobs: [
      { at: { landmark: 'scapula-spine-root', offset: [0, 0.002, -0.03] }, to: { landmark: 'acromion', offset: [-0.02, 0.0, -0.035] }, radius: 0.024, facing: 'posterior' },
    ],
  },
  {
    id: 'front-of-shoulder',
    name: 'Front of the shoulder',
    synonyms: ['anterior shoulder', 'anterior deltoid area', 'front of the shoulder joint', 'shoulder front'],
    sided: true,
    region: 'shoulder',
    blobs: [
      {
        at: { landmark: 'coracoid', offset: [0.03, 0, 0.03] },
        to: { landmark: 'deltoid-tuberosity', offset: [-0.008, 0.05, 0.045] },
        radius: 0.035,
        facing: 'anterior',
      },
    ],
  },
  {
    id: 'outer-shoulder',
    name: 'Outer shoulder',
    synonyms: ['side of the shoulder', 'lateral shoulder', 'deltoid area', 'shoulder cap'],
    sided: true,
    region: 'shoulder',
    blobs: [
      {
        at: { landmark: 'acromion', offset: [0.025, -0.015, 0] },
        to: { landmark: 'deltoid-tuberosity', offset: [0.015, 0.01, 0] },
        radius: 0.035,
        facing: 'lateral',
      },
    ],
  },
  {
    id: 'back-of-shoulder',
    name: 'Back of the shoulder',
    synonyms: ['rear of the shoulder', 'posterior shoulder', 'posterior deltoid area', 'back of the shoulder joint'],
    sided: true,
    region: 'shoulder',
    blobs: [
      {
        at: { landmark: 'acromion', offset: [0.005, -0.02, -0.05] },
        to: { landmark: 'deltoid-tuberosity', offset: [-0.012, 0.04, -0.045] },
        radius: 0.035,
        facing: 'posterior',
      },
    ],
  },
  {
    id: 'shoulder-blade',
    name: 'Shoulder blade',
    synonyms: ['scapula', 'scapular region', 'over the shoulder blade', 'wing bone'],
    sided: true,
    region: 'upper-back',
    blobs: [
      {
        at: { landmark: 'scapula-spine-root', offset: [0.04, 0.005, -0.01] },
        to: { landmark: 'scapula-inferior-angle', offset: [0.01, 0.035, -0.012] },
        radius: 0.05,
        facing: 'posterior',
      },
    ],
  },
  {
    id: 'inner-border-of-shoulder-blade',
    name: 'Inner border of the shoulder blade',
    synonyms: ['inner edge of the shoulder blade', 'medial border of the scapula', 'vertebral border of the scapula', 'inside edge of the shoulder blade', 'medial scapular border'],
    sided: true,
    region: 'upper-back',
    blobs: [
      { at: { landmark: 'scapula-superior-angle', offset: [-0.004, -0.01, -0.03] }, to: { landmark: 'scapula-inferior-angle', offset: [-0.008, 0.02, -0.03] }, radius: 0.022, facing: 'posterior' },
    ],
  },
  {
    id: 'outer-border-of-shoulder-blade',
    name: 'Outer border of the shoulder blade',
    synonyms: ['outer edge of the shoulder blade', 'lateral border of the scapula', 'axillary border of the scapula', 'outside edge of the shoulder blade', 'lateral scapular border'],
    sided: true,
    region: 'upper-back',
    blobs: [
      { at: { landmark: 'scapula-inferior-angle', offset: [0.05, 0.08, -0.02] }, to: { landmark: 'scapula-inferior-angle', offset: [0.012, 0.008, -0.03] }, radius: 0.024, facing: 'posterior' },
    ],
  },
  {
    id: 'between-shoulder-blades',
    name: 'Between the shoulder blades',
    synonyms: ['interscapular region', 'upper back', 'beside the upper spine', 'rhomboid area'],
    sided: true,
    region: 'upper-back',
    blobs: [
      {
        at: { landmark: 't4-spinous', offset: [0.032, 0.045, -0.008] },
        to: { landmark: 't7-spinous', offset: [0.032, 0, -0.012] },
        radius: 0.035,
        facing: 'posterior',
      },
    ],
  },
  {
    id: 'collarbone',
    name: 'Collarbone',
    synonyms: ['clavicle', 'collar bone', 'clavicular region', 'along the collarbone'],
    sided: true,
    region: 'chest',
    blobs: [
      {
        at: { landmark: 'sternoclavicular', offset: [0, 0.008, 0.01] },
        to: { landmark: 'clavicle-mid', offset: [0, 0.008, 0.01] },
        radius: 0.022,
      },
      {
        at: { landmark: 'clavicle-mid', offset: [0, 0.008, 0.01] },
        to: { landmark: 'acromion', offset: [-0.015, 0.01, 0.005] },
        radius: 0.022,
      },
    ],
  },
  {
    id: 'upper-chest',
    name: 'Upper chest',
    synonyms: ['below the collarbone', 'infraclavicular region', 'upper pectoral area', 'upper chest wall'],
    sided: true,
    region: 'chest',
    blobs: [
      {
        at: { landmark: 'sternoclavicular', offset: [0.025, -0.045, 0.06] },
        to: { landmark: 'coracoid', offset: [-0.02, -0.035, 0.075] },
        radius: 0.04,
        facing: 'anterior',
      },
    ],
  },
  {
    id: 'chest',
    name: 'Chest',
    synonyms: ['front of the chest', 'pectoral region', 'pecs', 'chest wall', 'breast'],
    sided: true,
    region: 'chest',
    blobs: [{ at: { landmark: 'nipple', offset: [-0.01, 0.01, -0.015] }, radius: 0.065, facing: 'anterior' }],
  },
  {
    id: 'sternum',
    name: 'Breastbone',
    synonyms: ['sternum', 'breast bone', 'middle of the chest', 'centre of the chest', 'sternal region'],
    sided: false,
    region: 'chest',
    blobs: [
      {
        at: { landmark: 'jugular-notch', offset: [0, -0.005, 0.012] },
        to: { landmark: 'jugular-notch', offset: [0, -0.1, 0.065] },
        radius: 0.028,
      },
      {
        at: { landmark: 'jugular-notch', offset: [0, -0.1, 0.065] },
        to: { landmark: 'xiphoid', offset: [0, 0.01, 0.018] },
        radius: 0.028,
      },
    ],
  },
  {
    id: 'armpit',
    name: 'Armpit',
    synonyms: ['axilla', 'underarm', 'axillary region', 'arm pit'],
    sided: true,
    region: 'shoulder',
    blobs: [{ at: { landmark: 'glenohumeral', offset: [-0.01, -0.075, -0.005] }, radius: 0.04 }],
  },
  {
    id: 'mid-back',
    name: 'Mid back',
    synonyms: ['middle back', 'mid-back', 'thoracic spine', 'thoracic region', 'below the shoulder blades'],
    sided: true,
    region: 'upper-back',
    blobs: [
      {
        at: { landmark: 't7-spinous', offset: [0.045, -0.01, -0.015] },
        to: { landmark: 't12-spinous', offset: [0.045, 0.005, -0.025] },
        radius: 0.05,
        facing: 'posterior',
      },
    ],
  },
  {
    id: 'side-of-ribs',
    name: 'Side of the ribs',
    synonyms: ['side of the chest', 'ribcage side', 'lateral chest wall', 'lateral thorax', 'flank of the ribs'],
    sided: true,
    region: 'chest',
    blobs: [
      {
        at: { landmark: 'nipple', offset: [0.06, -0.015, -0.12] },
        to: { landmark: 'nipple', offset: [0.05, -0.13, -0.115] },
        radius: 0.045,
        facing: 'lateral',
      },
    ],
  },
  {
    id: 'flank',
    name: 'Flank',
    synonyms: ['loin', 'side of the waist', 'kidney area', 'side of the lower back', 'waist', 'love handles', 'lumbar flank'],
    sided: true,
    region: 'low-back',
    blobs: [
      { at: { landmark: 'iliac-crest', offset: [0.012, 0.05, -0.035] }, to: { landmark: 'iliac-crest', offset: [0.005, 0.1, -0.045] }, radius: 0.04 },
    ],
  },
  {
    id: 'low-back',
    name: 'Lower back',
    synonyms: ['low back', 'lumbar', 'small of the back', 'lumbar region', 'lumbar spine'],
    sided: true,
    region: 'low-back',
    blobs: [
      {
        at: { landmark: 't12-spinous', offset: [0.045, -0.04, -0.02] },
        to: { landmark: 'l5-spinous', offset: [0.045, -0.005, -0.015] },
        radius: 0.055,
        facing: 'posterior',
      },
    ],
  },
  {
    id: 'sacrum',
    name: 'Base of the spine',
    synonyms: ['sacrum', 'sacral region', 'bottom of the back', 'flat bone at the base of the spine'],
    sided: false,
    region: 'low-back',
    blobs: [{ at: { landmark: 's2', offset: [0, -0.005, -0.01] }, radius: 0.045, facing: 'posterior' }],
  },
  {
    id: 'tailbone',
    name: 'Tailbone',
    synonyms: ['coccyx', 'tail bone', 'coccygeal region', 'bottom of the spine'],
    sided: false,
    region: 'low-back',
    blobs: [{ at: { landmark: 'coccyx', offset: [0, 0.005, -0.015] }, radius: 0.03 }],
  },
  {
    id: 'upper-abdomen',
    name: 'Upper abdomen',
    synonyms: ['upper belly', 'pit of the stomach', 'stomach area', 'epigastric region', 'below the ribs'],
    sided: true,
    region: 'abdomen',
    blobs: [
      {
        at: { landmark: 'xiphoid', offset: [0.04, -0.025, 0.015] },
        to: { landmark: 'umbilicus', offset: [0.05, 0.035, 0] },
        radius: 0.05,
        facing: 'anterior',
      },
    ],
  },
  {
    id: 'lower-abdomen',
    name: 'Lower abdomen',
    synonyms: ['lower belly', 'below the belly button', 'lower tummy', 'hypogastric region', 'suprapubic region'],
    sided: true,
    region: 'abdomen',
    blobs: [
      {
        at: { landmark: 'umbilicus', offset: [0.045, -0.035, 0] },
        to: { landmark: 'pubic-symphysis', offset: [0.045, 0.07, 0.05] },
        radius: 0.05,
        facing: 'anterior',
      },
    ],
  },
  {
    id: 'groin',
    name: 'Groin',
    synonyms: ['inguinal region', 'hip crease', 'crease at the top of the leg', 'front of the hip', 'groin crease'],
    sided: true,
    region: 'hip',
    blobs: [
      {
        at: { landmark: 'asis', offset: [-0.015, -0.035, 0.01] },
        to: { landmark: 'pubic-tubercle', offset: [0.012, -0.005, 0.02] },
        radius: 0.035,
      },
    ],
  },
  {
    id: 'genitals',
    name: 'Genitals',
    synonyms: ['testicle', 'testicles', 'scrotum', 'penis', 'vulva', 'labia', 'genital area', 'private parts'],
    sided: false,
    region: 'hip',
    blobs: [
      { at: { landmark: 'pubic-symphysis', offset: [0, -0.045, 0.012] }, radius: 0.035 },
    ],
  },
  {
    id: 'perineum',
    name: 'Perineum',
    synonyms: ['perineal region', 'pelvic floor', 'between the legs', 'saddle area', 'crotch', 'anal area'],
    sided: false,
    region: 'hip',
    blobs: [
      { at: { landmark: 'pubic-symphysis', offset: [0, -0.075, -0.07] }, radius: 0.045, facing: 'inferior' },
    ],
  },
  {
    id: 'buttock',
    name: 'Buttock',
    synonyms: ['bottom', 'buttocks', 'glutes', 'gluteal region', 'seat'],
    sided: true,
    region: 'hip',
    blobs: [
      {
        at: { landmark: 'psis', offset: [0.04, -0.04, -0.02] },
        to: { landmark: 'ischial-tuberosity', offset: [0.03, 0.02, -0.065] },
        radius: 0.065,
        facing: 'posterior',
      },
    ],
  },
  {
    id: 'sacroiliac',
    name: 'Sacroiliac joint',
    synonyms: ['SI joint', 'sacroiliac region', 'dimple of the lower back', 'back of the pelvis', 'PSIS'],
    sided: true,
    region: 'low-back',
    blobs: [{ at: { landmark: 'psis', offset: [-0.005, -0.015, -0.012] }, radius: 0.035, facing: 'posterior' }],
  },
  {
    id: 'iliac-crest',
    name: 'Iliac crest',
    synonyms: ['top of the hip bone', 'ridge of the hip bone', 'top of the pelvis', 'rim of the pelvis', 'crest of the hip', 'hip bone ridge'],
    sided: true,
    region: 'hip',
    blobs: [
      { at: { landmark: 'asis', offset: [0.004, 0.03, -0.012] }, to: { landmark: 'iliac-crest', offset: [0.012, 0.012, 0.01] }, radius: 0.028 },
      { at: { landmark: 'iliac-crest', offset: [0.012, 0.012, 0.01] }, to: { landmark: 'psis', offset: [0.022, 0.04, -0.016] }, radius: 0.028 },
    ],
  },
  {
    id: 'outer-hip',
    name: 'Outer hip',
    synonyms: ['side of the hip', 'hip bone', 'lateral hip', 'outside of the hip'],
    sided: true,
    region: 'hip',
    blobs: [
      {
        at: { landmark: 'greater-trochanter', offset: [0.018, -0.01, 0] },
        to: { landmark: 'greater-trochanter', offset: [0, 0.09, 0] },
        radius: 0.045,
        facing: 'lateral',
      },
    ],
  },
  {
    id: 'greater-trochanter',
    name: 'Greater trochanter',
    synonyms: ['trochanter', 'point of the hip', 'bony point of the hip', 'trochanteric bursa', 'trochanteric region', 'hip bursa'],
    sided: true,
    region: 'hip',
    blobs: [
      { at: { landmark: 'greater-trochanter', offset: [0.022, 0, 0] }, radius: 0.035, facing: 'lateral' },
    ],
  },

  // ─── arm / hand ────────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'front-of-upper-arm',
    name: 'Front of the upper arm',
    synonyms: ['biceps', 'biceps area', 'front of the arm', 'anterior arm', 'anterior brachial region'],
    sided: true,
    region: 'arm',
    blobs: [
      {
        at: { landmark: 'greater-tubercle', offset: [-0.005, -0.06, 0.03] },
        to: { landmark: 'humerus-medial-epicondyle', offset: [0.03, 0.045, 0.045] },
        radius: 0.035,
        facing: 'anterior',
      },
    ],
  },
  {
    id: 'back-of-upper-arm',
    name: 'Back of the upper arm',
    synonyms: ['triceps', 'triceps area', 'back of the arm', 'posterior arm', 'posterior brachial region'],
    sided: true,
    region: 'arm',
    blobs: [
      {
        at: { landmark: 'acromion', offset: [0.015, -0.07, -0.045] },
        to: { landmark: 'olecranon', offset: [0, 0.055, -0.005] },
        radius: 0.035,
        facing: 'posterior',
      },
    ],
  },
  {
    id: 'outer-upper-arm',
    name: 'Outer upper arm',
    synonyms: ['side of the upper arm', 'outside of the arm', 'lateral arm', 'lateral brachial region'],
    sided: true,
    region: 'arm',
    blobs: [
      {
        at: { landmark: 'deltoid-tuberosity', offset: [0.03, 0, -0.005] },
        to: { landmark: 'humerus-lateral-epicondyle', offset: [0.008, 0.055, 0] },
        radius: 0.033,
        facing: 'lateral',
      },
    ],
  },
  {
    id: 'inner-upper-arm',
    name: 'Inner upper arm',
    synonyms: ['inside of the upper arm', 'inner arm', 'medial arm', 'medial brachial region'],
    sided: true,
    region: 'arm',
    blobs: [
      {
        at: { landmark: 'glenohumeral', offset: [0, -0.09, -0.01] },
        to: { landmark: 'humerus-medial-epicondyle', offset: [-0.008, 0.05, 0] },
        radius: 0.03,
        facing: 'medial',
      },
    ],
  },
  {
    id: 'outer-elbow',
    name: 'Outer elbow',
    synonyms: ['tennis elbow area', 'lateral elbow', 'lateral epicondyle', 'outside of the elbow'],
    sided: true,
    region: 'arm',
    blobs: [{ at: { landmark: 'humerus-lateral-epicondyle', offset: [0.006, -0.01, 0.004] }, radius: 0.03 }],
  },
  {
    id: 'inner-elbow',
    name: 'Inner elbow',
    synonyms: ["golfer's elbow area", 'medial elbow', 'medial epicondyle', 'inside of the elbow', 'funny bone side'],
    sided: true,
    region: 'arm',
    blobs: [{ at: { landmark: 'humerus-medial-epicondyle', offset: [-0.006, -0.008, 0] }, radius: 0.028 }],
  },
  {
    id: 'back-of-elbow',
    name: 'Back of the elbow',
    synonyms: ['point of the elbow', 'tip of the elbow', 'olecranon', 'posterior elbow'],
    sided: true,
    region: 'arm',
    blobs: [{ at: { landmark: 'olecranon', offset: [0, 0.005, -0.008] }, radius: 0.03, facing: 'posterior' }],
  },
  {
    id: 'front-of-elbow',
    name: 'Front of the elbow',
    synonyms: ['elbow crease', 'crook of the elbow', 'bend of the elbow', 'antecubital fossa', 'cubital fossa', 'inside of the elbow bend'],
    sided: true,
    region: 'arm',
    blobs: [
      { at: { landmark: 'humerus-lateral-epicondyle', offset: [-0.02, -0.015, 0.02] }, to: { landmark: 'humerus-medial-epicondyle', offset: [0.022, -0.015, 0.02] }, radius: 0.022, facing: 'anterior' },
    ],
  },
  {
    id: 'front-of-forearm',
    name: 'Front of the forearm',
    synonyms: ['inner forearm', 'palm side of the forearm', 'flexor side of the forearm', 'anterior forearm', 'volar forearm'],
    sided: true,
    region: 'forearm',
    blobs: [
      {
        at: { landmark: 'humerus-medial-epicondyle', offset: [0.025, -0.04, 0.035] },
        to: { landmark: 'wrist', offset: [-0.003, 0.035, 0.015] },
        radius: 0.035,
        facing: 'anterior',
      },
    ],
  },
  {
    id: 'back-of-forearm',
    name: 'Back of the forearm',
    synonyms: ['outer forearm', 'top of the forearm', 'extensor side of the forearm', 'posterior forearm', 'dorsal forearm'],
    sided: true,
    region: 'forearm',
    blobs: [
      {
        at: { landmark: 'humerus-lateral-epicondyle', offset: [-0.012, -0.04, -0.02] },
        to: { landmark: 'wrist', offset: [0, 0.035, -0.02] },
        radius: 0.035,
        facing: 'posterior',
      },
    ],
  },
  {
    id: 'thumb-side-of-forearm',
    name: 'Thumb side of the forearm',
    synonyms: ['radial side of the forearm', 'radial forearm', 'thumb side of the arm', 'brachioradialis area'],
    sided: true,
    region: 'forearm',
    blobs: [
      {
        at: { landmark: 'radial-head', offset: [0.02, -0.02, 0.005] },
        to: { landmark: 'radial-styloid', offset: [0.006, 0.03, 0] },
        radius: 0.03,
        facing: 'lateral',
      },
    ],
  },
  {
    id: 'front-of-wrist',
    name: 'Front of the wrist',
    synonyms: ['inner wrist', 'palm side of the wrist', 'volar wrist', 'anterior wrist', 'carpal tunnel area'],
    sided: true,
    region: 'forearm',
    blobs: [{ at: { landmark: 'wrist', offset: [0, 0, 0.02] }, radius: 0.025, facing: 'anterior' }],
  },
  {
    id: 'back-of-wrist',
    name: 'Back of the wrist',
    synonyms: ['top of the wrist', 'dorsal wrist', 'posterior wrist', 'back of the wrist joint'],
    sided: true,
    region: 'forearm',
    blobs: [{ at: { landmark: 'wrist', offset: [0, 0, -0.008] }, radius: 0.025, facing: 'posterior' }],
  },
  {
    id: 'back-of-hand',
    name: 'Back of the hand',
    synonyms: ['top of the hand', 'dorsum of the hand', 'dorsal hand', 'knuckles'],
    sided: true,
    region: 'hand',
    blobs: [
      {
        at: { landmark: 'wrist', offset: [0, -0.02, -0.003] },
        to: { landmark: 'mcp-3', offset: [0, 0.012, -0.008] },
        radius: 0.035,
        facing: 'posterior',
      },
    ],
  },
  {
    id: 'palm',
    name: 'Palm',
    synonyms: ['palm of the hand', 'inside of the hand', 'palmar region', 'volar hand'],
    sided: true,
    region: 'hand',
    blobs: [
      {
        at: { landmark: 'wrist', offset: [0, -0.02, 0.022] },
        to: { landmark: 'mcp-3', offset: [0, 0.012, 0.01] },
        radius: 0.035,
        facing: 'anterior',
      },
    ],
  },
  {
    id: 'thumb-side-of-hand',
    name: 'Thumb side of the hand',
    synonyms: ['thumb web', 'web of the thumb', 'between the thumb and index finger', 'first web space', 'radial side of the hand', 'radial border of the hand'],
    sided: true,
    region: 'hand',
    blobs: [
      { at: { landmark: 'mcp-1', offset: [-0.008, 0.012, -0.006] }, to: { landmark: 'mcp-2', offset: [0.008, 0.012, 0] }, radius: 0.018 },
    ],
  },
  {
    id: 'little-finger-side-of-hand',
    name: 'Little-finger side of the hand',
    synonyms: ['pinky side of the hand', 'outer edge of the hand', 'ulnar side of the hand', 'ulnar border of the hand', 'karate-chop edge of the hand'],
    sided: true,
    region: 'hand',
    blobs: [
      { at: { landmark: 'ulnar-styloid', offset: [-0.012, -0.012, 0.004] }, to: { landmark: 'mcp-5', offset: [-0.012, 0.006, -0.004] }, radius: 0.018, facing: 'medial' },
    ],
  },
  {
    id: 'thumb',
    name: 'Thumb',
    synonyms: ['base of the thumb', 'thumb joint', 'pollex', 'first digit'],
    sided: true,
    region: 'hand',
    blobs: [
      {
        at: { landmark: 'mcp-1', offset: [-0.01, 0.02, -0.008] },
        to: { landmark: 'fingertip-1' },
        radius: 0.018,
      },
    ],
  },
  {
    id: 'index-finger',
    name: 'Index finger',
    synonyms: ['pointer finger', 'forefinger', 'first finger', 'second digit'],
    sided: true,
    region: 'hand',
    blobs: [{ at: { landmark: 'mcp-2' }, to: { landmark: 'fingertip-2' }, radius: 0.013 }],
  },
  {
    id: 'middle-finger',
    name: 'Middle finger',
    synonyms: ['long finger', 'middle digit', 'third digit'],
    sided: true,
    region: 'hand',
    blobs: [{ at: { landmark: 'mcp-3' }, to: { landmark: 'fingertip-3' }, radius: 0.013 }],
  },
  {
    id: 'ring-finger',
    name: 'Ring finger',
    synonyms: ['fourth finger', 'fourth digit', 'annular finger'],
    sided: true,
    region: 'hand',
    blobs: [{ at: { landmark: 'mcp-4' }, to: { landmark: 'fingertip-4' }, radius: 0.013 }],
  },
  {
    id: 'little-finger',
    name: 'Little finger',
    synonyms: ['pinky', 'pinkie', 'small finger', 'fifth digit'],
    sided: true,
    region: 'hand',
    blobs: [{ at: { landmark: 'mcp-5' }, to: { landmark: 'fingertip-5' }, radius: 0.013 }],
  },

  // ─── leg / foot ────────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'front-of-thigh',
    name: 'Front of the thigh',
    synonyms: ['quads', 'quadriceps', 'front of the upper leg', 'anterior thigh'],
    sided: true,
    region: 'thigh',
    blobs: [
      {
        at: { landmark: 'asis', offset: [-0.025, -0.075, 0.01] },
        to: { landmark: 'patella', offset: [0, 0.095, 0.02] },
        radius: 0.06,
        facing: 'anterior',
      },
    ],
  },
  {
    id: 'outer-thigh',
    name: 'Outer thigh',
    synonyms: ['side of the thigh', 'outside of the thigh', 'lateral thigh', 'IT band', 'iliotibial band'],
    sided: true,
    region: 'thigh',
    blobs: [
      {
        at: { landmark: 'greater-trochanter', offset: [0.015, -0.06, -0.005] },
        to: { landmark: 'femur-lateral-epicondyle', offset: [0.015, 0.065, 0.005] },
        radius: 0.05,
        facing: 'lateral',
      },
    ],
  },
  {
    id: 'inner-thigh',
    name: 'Inner thigh',
    synonyms: ['inside of the thigh', 'medial thigh', 'adductors', 'groin muscles'],
    sided: true,
    region: 'thigh',
    blobs: [
      {
        at: { landmark: 'pubic-tubercle', offset: [0, -0.06, -0.045] },
        to: { landmark: 'femur-medial-epicondyle', offset: [-0.008, 0.07, 0.005] },
        radius: 0.05,
        facing: 'medial',
      },
    ],
  },
  {
    id: 'back-of-thigh',
    name: 'Back of the thigh',
    synonyms: ['hamstrings', 'hamstring', 'back of the upper leg', 'posterior thigh'],
    sided: true,
    region: 'thigh',
    blobs: [
      {
        at: { landmark: 'ischial-tuberosity', offset: [0.03, -0.045, -0.04] },
        to: { landmark: 'femur-lateral-epicondyle', offset: [-0.04, 0.075, -0.05] },
        radius: 0.055,
        facing: 'posterior',
      },
    ],
  },
  {
    id: 'kneecap',
    name: 'Kneecap',
    synonyms: ['patella', 'knee cap', 'front of the knee', 'anterior knee', 'patellar region'],
    sided: true,
    region: 'thigh',
    blobs: [{ at: { landmark: 'patella' }, radius: 0.03, facing: 'anterior' }],
  },
  {
    id: 'inner-knee',
    name: 'Inner knee',
    synonyms: ['inside of the knee', 'medial knee', 'medial joint line', 'pes anserine'],
    sided: true,
    region: 'thigh',
    blobs: [
      { at: { landmark: 'femur-medial-epicondyle', offset: [-0.005, -0.018, 0.008] }, radius: 0.035, facing: 'medial' },
    ],
  },
  {
    id: 'outer-knee',
    name: 'Outer knee',
    synonyms: ['outside of the knee', 'lateral knee', 'lateral joint line', 'side of the knee'],
    sided: true,
    region: 'thigh',
    blobs: [
      { at: { landmark: 'femur-lateral-epicondyle', offset: [0.006, -0.02, -0.005] }, radius: 0.035, facing: 'lateral' },
    ],
  },
  {
    id: 'back-of-knee',
    name: 'Back of the knee',
    synonyms: ['behind the knee', 'hollow of the knee', 'knee pit', 'popliteal fossa', 'posterior knee'],
    sided: true,
    region: 'thigh',
    blobs: [
      {
        at: { landmark: 'femur-lateral-epicondyle', offset: [-0.018, -0.018, -0.05] },
        to: { landmark: 'femur-medial-epicondyle', offset: [0.018, -0.022, -0.05] },
        radius: 0.035,
        facing: 'posterior',
      },
    ],
  },
  {
    id: 'shin',
    name: 'Shin',
    synonyms: ['front of the lower leg', 'tibia', 'shinbone', 'anterior leg', 'pretibial region'],
    sided: true,
    region: 'leg',
    blobs: [
      {
        at: { landmark: 'tibial-tuberosity', offset: [0, -0.03, 0.005] },
        to: { landmark: 'medial-malleolus', offset: [0.018, 0.055, 0.025] },
        radius: 0.035,
        facing: 'anterior',
      },
    ],
  },
  {
    id: 'outer-calf',
    name: 'Outer calf',
    synonyms: ['outside of the lower leg', 'side of the calf', 'lateral leg', 'peroneal region', 'fibular region'],
    sided: true,
    region: 'leg',
    blobs: [
      {
        at: { landmark: 'fibular-head', offset: [0.005, -0.035, 0] },
        to: { landmark: 'lateral-malleolus', offset: [0.008, 0.075, 0] },
        radius: 0.035,
        facing: 'lateral',
      },
    ],
  },
  {
    id: 'calf',
    name: 'Calf',
    synonyms: ['calf muscle', 'back of the lower leg', 'posterior leg', 'sural region'],
    sided: true,
    region: 'leg',
    blobs: [
      {
        at: { landmark: 'fibular-head', offset: [-0.045, -0.045, -0.05] },
        to: { landmark: 'heel', offset: [0, 0.14, 0] },
        radius: 0.045,
        facing: 'posterior',
      },
    ],
  },
  {
    id: 'inner-ankle',
    name: 'Inner ankle',
    synonyms: ['inside of the ankle', 'inner ankle bone', 'medial ankle', 'medial malleolus'],
    sided: true,
    region: 'foot',
    blobs: [{ at: { landmark: 'medial-malleolus', offset: [-0.005, 0, 0] }, radius: 0.025 }],
  },
  {
    id: 'outer-ankle',
    name: 'Outer ankle',
    synonyms: ['outside of the ankle', 'outer ankle bone', 'lateral ankle', 'lateral malleolus'],
    sided: true,
    region: 'foot',
    blobs: [{ at: { landmark: 'lateral-malleolus', offset: [0.005, 0, 0] }, radius: 0.025 }],
  },
  {
    id: 'front-of-ankle',
    name: 'Front of the ankle',
    synonyms: ['ankle crease', 'anterior ankle', 'top of the ankle', 'front of the ankle joint'],
    sided: true,
    region: 'foot',
    blobs: [
      { at: { landmark: 'medial-malleolus', offset: [0.025, -0.01, 0.045] }, radius: 0.028, facing: 'anterior' },
    ],
  },
  {
    id: 'achilles',
    name: 'Achilles tendon',
    synonyms: ['Achilles', 'heel cord', 'back of the ankle', 'above the heel', 'calcaneal tendon'],
    sided: true,
    region: 'leg',
    blobs: [
      {
        at: { landmark: 'heel', offset: [0, 0.025, 0.002] },
        to: { landmark: 'heel', offset: [-0.002, 0.11, 0.015] },
        radius: 0.02,
        facing: 'posterior',
      },
    ],
  },
  {
    id: 'heel',
    name: 'Heel',
    synonyms: ['bottom of the heel', 'heel bone', 'heel pad', 'back of the heel', 'calcaneus'],
    sided: true,
    region: 'foot',
    blobs: [
      { at: { landmark: 'heel-plantar', offset: [0, -0.006, 0] }, radius: 0.03 },
      { at: { landmark: 'heel', offset: [0, 0, -0.006] }, radius: 0.025 },
    ],
  },
  {
    id: 'sole',
    name: 'Sole',
    synonyms: ['bottom of the foot', 'underside of the foot', 'plantar surface', 'plantar'],
    sided: true,
    region: 'foot',
    blobs: [
      {
        at: { landmark: 'heel-plantar', offset: [0.008, -0.008, 0.035] },
        to: { landmark: 'mtp-1', offset: [0.025, -0.012, -0.035] },
        radius: 0.035,
        facing: 'inferior',
      },
    ],
  },
  {
    id: 'arch',
    name: 'Arch of the foot',
    synonyms: ['arch', 'instep arch', 'inner arch', 'medial arch', 'longitudinal arch', 'plantar arch', 'fallen arch'],
    sided: true,
    region: 'foot',
    blobs: [
      { at: { landmark: 'navicular-tuberosity', offset: [-0.006, -0.04, -0.03] }, to: { landmark: 'navicular-tuberosity', offset: [-0.004, -0.042, 0.045] }, radius: 0.024 },
    ],
  },
  {
    id: 'ball-of-foot',
    name: 'Ball of the foot',
    synonyms: ['forefoot', 'metatarsals', 'metatarsal heads', 'under the toes'],
    sided: true,
    region: 'foot',
    blobs: [
      {
        at: { landmark: 'mtp-1', offset: [0, -0.015, 0] },
        to: { landmark: 'mtp-5', offset: [0, -0.01, 0] },
        radius: 0.025,
        facing: 'inferior',
      },
    ],
  },
  {
    id: 'outer-edge-of-foot',
    name: 'Outer edge of the foot',
    synonyms: ['outside of the foot', 'outer border of the foot', 'lateral border of the foot', 'little toe side of the foot', 'fifth metatarsal'],
    sided: true,
    region: 'foot',
    blobs: [
      { at: { landmark: 'base-metatarsal-5', offset: [0.012, -0.004, -0.01] }, to: { landmark: 'mtp-5', offset: [0.01, -0.002, 0] }, radius: 0.02, facing: 'lateral' },
    ],
  },
  {
    id: 'top-of-foot',
    name: 'Top of the foot',
    synonyms: ['instep', 'upper foot', 'dorsum of the foot', 'dorsal foot'],
    sided: true,
    region: 'foot',
    blobs: [
      {
        at: { landmark: 'navicular-tuberosity', offset: [0.03, 0.025, 0] },
        to: { landmark: 'mtp-1', offset: [0.028, 0.015, -0.01] },
        radius: 0.035,
        facing: 'superior',
      },
    ],
  },
  {
    id: 'big-toe',
    name: 'Big toe',
    synonyms: ['great toe', 'hallux', 'first toe', 'big toe joint'],
    sided: true,
    region: 'foot',
    blobs: [{ at: { landmark: 'mtp-1', offset: [0, 0, 0.005] }, to: { landmark: 'toe-tip-1' }, radius: 0.018 }],
  },
  {
    id: 'toes',
    name: 'Toes',
    synonyms: ['lesser toes', 'small toes', 'little toes', 'digits of the foot'],
    sided: true,
    region: 'foot',
    blobs: [
      {
        at: { landmark: 'toe-tip-2', offset: [0, 0.002, -0.018] },
        to: { landmark: 'toe-tip-5', offset: [0, 0.002, -0.012] },
        radius: 0.022,
      },
    ],
  },
] as const satisfies readonly BodyArea[]
