/**
 * Trigger points of the head and neck muscles: jaw closers, sternocleidomastoid, posterior neck, suboccipitals,
 * levator scapulae and scalenes. Authored for the LEFT muscle; mirrored for the right.
 *
 * Locations and referred-pain patterns follow the published descriptions in Travell & Simons, Vol. 1, 2nd ed. (1999),
 * by chapter; the wording and the blob shapes are our own.
 *
 * u follows the dataset convention (u < 0.5 toward the edge nearer the midline or the top). Where that is ambiguous it
 * follows the measured mesh: temporalis u runs from the posterior fibres (u < 0.5) to the anterior fibres (u > 0.5), and
 * masseter u from its anterior border (u < 0.5) to its posterior border. Tubes (semispinalis capitis, suboccipitals,
 * scalenes, levator scapulae) keep their TrPs near u = 0.5, the superficial face.
 */
import { areaZone } from './area-zone'
import type { TriggerPoint } from '../schema'

/** Travell & Simons draw one composite referral pattern for the anterior, middle and posterior scalenes (ch. 20). */
const SCALENE_REFERRAL: TriggerPoint['referral'] = {
  essential: [
    {
      blobs: [{ at: { landmark: 'clavicle-mid', offset: [0, -0.04, 0.02] }, to: { landmark: 'nipple', offset: [-0.01, 0.04, 0] }, radius: 0.032 }],
      areas: ['upper-chest', 'chest'],
    },
    {
      blobs: [
        { at: { landmark: 'deltoid-tuberosity', offset: [-0.03, 0.02, 0.045] }, to: { landmark: 'humerus-lateral-epicondyle', offset: [-0.035, 0.06, 0.045] }, radius: 0.03, facing: 'anterior' },
        { at: { landmark: 'deltoid-tuberosity', offset: [-0.02, -0.01, -0.05] }, to: { landmark: 'olecranon', offset: [0, 0.06, -0.01] }, radius: 0.03, facing: 'posterior' },
      ],
      areas: ['front-of-upper-arm', 'back-of-upper-arm'],
    },
    {
      blobs: [{ at: { landmark: 'scapula-superior-angle', offset: [-0.01, -0.01, -0.01] }, to: { landmark: 'scapula-spine-root', offset: [-0.01, -0.03, 0] }, radius: 0.03 }],
      areas: ['inner-border-of-shoulder-blade', 'shoulder-blade', 'between-shoulder-blades'],
    },
  ],
  spillover: [
    {
      blobs: [
        { at: { landmark: 'radial-head', offset: [0.01, -0.03, 0] }, to: { landmark: 'radial-styloid', offset: [0, 0.03, 0] }, radius: 0.022, facing: 'lateral' },
        { at: { landmark: 'mcp-1' }, to: { landmark: 'fingertip-1' }, radius: 0.022 },
        { at: { landmark: 'mcp-2' }, to: { landmark: 'fingertip-2' }, radius: 0.02, facing: 'posterior' },
      ],
      areas: ['thumb-side-of-forearm', 'thumb', 'index-finger', 'thumb-side-of-hand', 'back-of-hand'],
    },
  ],
}

/** One referral pattern shared by levator-scapulae-1, levator-scapulae-2, as the literature draws it. */
const LEVATOR_SCAPULAE_REFERRAL: TriggerPoint['referral'] = {
  essential: [
    {
      blobs: [{ at: { landmark: 'c7-spinous', offset: [0.05, 0.03, 0.03] }, to: { landmark: 'scapula-superior-angle', offset: [0, 0.04, 0.01] }, radius: 0.035 }],
      areas: ['back-of-neck', 'side-of-neck', 'top-of-shoulder'],
    },
  ],
  spillover: [
    {
      blobs: [
        { at: { landmark: 'scapula-superior-angle', offset: [-0.01, -0.02, -0.01] }, to: { landmark: 'scapula-inferior-angle', offset: [-0.015, 0.04, 0] }, radius: 0.025 },
        { at: { landmark: 'glenohumeral', offset: [0.015, 0, -0.06] }, radius: 0.035 },
      ],
      areas: ['inner-border-of-shoulder-blade', 'shoulder-blade', 'between-shoulder-blades', 'back-of-shoulder'],
    },
  ],
}

/** Travell & Simons draw one pattern for the four suboccipital muscles (ch. 17): a band from the occiput to the orbit. */
const SUBOCCIPITAL_REFERRAL: TriggerPoint['referral'] = {
  essential: [
    {
      blobs: [
        { at: { landmark: 'inion', offset: [0.03, 0.012, 0] }, to: { landmark: 'ear', offset: [-0.01, 0.03, -0.02] }, radius: 0.03 },
        { at: { landmark: 'temple', offset: [0, 0, -0.01] }, to: { landmark: 'orbit', offset: [0.01, 0.01, 0] }, radius: 0.028 },
      ],
      areas: ['back-of-head', 'behind-ear', 'temple', 'eye', 'eyebrow', 'forehead'],
    },
  ],
  spillover: [],
}

export const HEAD_NECK_TRIGGER_POINTS = [
  // ── Temporalis (ch. 9): four TrPs from front to back, just above the zygomatic arch ──────────────────────────
  {
    id: 'temporalis-1',
    muscle: 'temporalis',
    label: 'TrP1 (anterior fibres)',
    at: { u: 0.82, v: 0.58 },
    palpation:
      'Flat palpation just above the zygomatic arch behind the outer rim of the eye socket, patient supine or seated with the teeth slightly apart.',
    landmarks: ['zygomatic-arch', 'lateral-orbital-rim'],
    referral: {
      essential: [
        {
          blobs: [
            { at: { landmark: 'temple', offset: [-0.005, 0, 0.02] }, to: { landmark: 'temple', offset: [-0.01, 0.045, 0.02] }, radius: 0.022 },
            { at: { landmark: 'orbit', offset: [0.005, 0.02, 0] }, radius: 0.028 },
          ],
          areas: ['temple', 'eyebrow'],
        },
        {
          blobs: [{ at: { landmark: 'upper-molar', offset: [-0.025, 0, 0.03] }, radius: 0.022 }],
          areas: ['upper-front-teeth', 'upper-teeth'],
        },
      ],
      spillover: [areaZone('eye', 'cheek')],
    },
    symptoms: [
      'headache at the front of the temple and along the eyebrow',
      'upper front teeth ache or feel sensitive with nothing wrong at the dentist',
      'jaw feels tired after chewing',
    ],
    conditions: ['tension-type-headache', 'tmj-dysfunction', 'ischemic-muscle-pain'],
    perpetuatingFactors: ['clenching or grinding the teeth', 'chewing gum for long periods', 'prolonged forward head posture'],
    selfCare:
      'Press gently with two fingertips just above the cheekbone in front of the temple for half a minute with the teeth apart, and check during the day that the teeth are not touching.',
    prevalence: 'common',
    source: { ref: 'travell-simons-v1', chapter: 9 },
  },
  {
    id: 'temporalis-2',
    muscle: 'temporalis',
    label: 'TrP2 (intermediate fibres)',
    at: { u: 0.62, v: 0.58 },
    palpation:
      'Flat palpation a finger-width behind TrP1 above the zygomatic arch, jaw relaxed and slightly open; ask the patient to clench lightly to feel the band.',
    landmarks: ['zygomatic-arch'],
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'temple' }, to: { landmark: 'temple', offset: [-0.005, 0.055, 0] }, radius: 0.025 }],
          areas: ['temple'],
        },
        {
          blobs: [{ at: { landmark: 'upper-molar', offset: [-0.01, 0, 0.02] }, radius: 0.02 }],
          areas: ['upper-teeth'],
        },
      ],
      spillover: [areaZone('cheek', 'jaw-joint')],
    },
    symptoms: [
      'headache in the middle of the temple',
      'eye teeth and front upper back teeth ache or feel sensitive to cold',
      'bite feels slightly off',
    ],
    conditions: ['tension-type-headache', 'tmj-dysfunction'],
    perpetuatingFactors: ['clenching the teeth when concentrating or stressed', 'cold draught on the side of the head', 'chewing hard food'],
    selfCare:
      'Work small slow circles over the middle of the temple with the fingertips while letting the jaw hang loose.',
    prevalence: 'common',
    source: { ref: 'travell-simons-v1', chapter: 9 },
  },
  {
    id: 'temporalis-3',
    muscle: 'temporalis',
    label: 'TrP3 (intermediate fibres)',
    at: { u: 0.42, v: 0.58 },
    palpation:
      'Flat palpation above the middle of the zygomatic arch, in front of the ear, with the mouth slightly open.',
    landmarks: ['zygomatic-arch'],
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'temple', offset: [0, 0, -0.02] }, to: { landmark: 'temple', offset: [-0.005, 0.055, -0.03] }, radius: 0.025 }],
          areas: ['temple'],
        },
        {
          blobs: [{ at: { landmark: 'upper-molar' }, radius: 0.022 }],
          areas: ['upper-teeth'],
        },
      ],
      spillover: [areaZone('cheek', 'jaw-joint')],
    },
    symptoms: [
      'headache over the side of the head in front of the ear',
      'upper back teeth ache or are sensitive to hot and cold',
      'jaw aches after a long meal',
    ],
    conditions: ['tension-type-headache', 'tmj-dysfunction'],
    perpetuatingFactors: ['grinding the teeth at night', 'chewing gum', 'emotional stress'],
    selfCare:
      'Massage the side of the head just above and in front of the ear with gentle fingertip circles, then open and close the mouth slowly a few times.',
    prevalence: 'common',
    source: { ref: 'travell-simons-v1', chapter: 9 },
  },
  {
    id: 'temporalis-4',
    muscle: 'temporalis',
    label: 'TrP4 (posterior fibres)',
    at: { u: 0.18, v: 0.5 },
    palpation:
      'Flat palpation above and slightly behind the top of the ear, over the nearly horizontal posterior fibres, patient lying on the other side.',
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'temple', offset: [0.005, 0.005, -0.04] }, to: { landmark: 'ear', offset: [-0.005, 0.045, -0.035] }, radius: 0.028 }],
          areas: ['temple', 'behind-ear'],
        },
      ],
      spillover: [areaZone('jaw-joint')],
    },
    symptoms: [
      'headache above and behind the ear',
      'side of the head sore to lie on',
      'jaw pulls back or clicks when closing',
    ],
    conditions: ['tension-type-headache', 'tmj-dysfunction'],
    perpetuatingFactors: ['clenching the teeth', 'sleeping with the head pressed into a hard pillow', 'prolonged forward head posture'],
    selfCare:
      'Press gently above and behind the ear with the fingertips for half a minute, breathing slowly with the jaw relaxed.',
    prevalence: 'occasional',
    source: { ref: 'travell-simons-v1', chapter: 9 },
  },

  // ── Masseter (ch. 8): superficial layer upper, mid-belly and lower; deep layer upper posterior ─────────────────
  {
    id: 'masseter-1',
    muscle: 'masseter',
    label: 'superficial layer, upper part',
    at: { u: 0.3, v: 0.2 },
    palpation:
      'Pincer palpation with a gloved finger inside the cheek and the thumb outside, just below the cheekbone, jaw relaxed and slightly open.',
    landmarks: ['zygomatic-arch'],
    referral: {
      essential: [
        {
          blobs: [
            { at: { landmark: 'upper-molar' }, radius: 0.024 },
            { at: { landmark: 'zygomatic-arch', offset: [-0.015, -0.02, 0.03] }, radius: 0.03 },
          ],
          areas: ['upper-teeth', 'cheek'],
        },
      ],
      spillover: [areaZone('sinus')],
    },
    symptoms: [
      'aching upper back teeth and gums with no dental cause',
      'sore cheek just under the cheekbone',
      'can’t open the mouth as wide as usual',
    ],
    conditions: ['tmj-dysfunction', 'ischemic-muscle-pain'],
    perpetuatingFactors: ['clenching or grinding the teeth', 'chewing gum or hard food', 'long dental sessions with the mouth held wide open'],
    selfCare:
      'Press and slowly glide the fingertips down the cheek from the cheekbone toward the jaw angle with the mouth slightly open.',
    prevalence: 'common',
    source: { ref: 'travell-simons-v1', chapter: 8 },
  },
  {
    id: 'masseter-2',
    muscle: 'masseter',
    label: 'superficial layer, mid-belly',
    at: { u: 0.35, v: 0.55 },
    palpation:
      'Pincer palpation of the belly between a finger inside the mouth and the thumb outside, or flat against the ramus with the teeth slightly apart.',
    landmarks: ['mandible-ramus'],
    referral: {
      essential: [
        {
          blobs: [
            { at: { landmark: 'lower-molar' }, radius: 0.024 },
            { at: { landmark: 'mandible-angle', offset: [-0.005, 0, 0.035] }, radius: 0.028 },
          ],
          areas: ['lower-teeth', 'jaw'],
        },
      ],
      spillover: [areaZone('cheek')],
    },
    symptoms: [
      'toothache in the lower back teeth with nothing found at the dentist',
      'aching lower jaw after chewing',
      'mouth opening feels tight in the morning',
    ],
    conditions: ['tmj-dysfunction', 'ischemic-muscle-pain'],
    perpetuatingFactors: ['night-time teeth grinding', 'habitual clenching under stress', 'mouth breathing with forward head posture'],
    selfCare:
      'Clench lightly to find the bulge of the muscle, then relax and hold gentle fingertip pressure on the tender spot for 30 seconds.',
    prevalence: 'common',
    source: { ref: 'travell-simons-v1', chapter: 8 },
  },
  {
    id: 'masseter-3',
    muscle: 'masseter',
    label: 'superficial layer, lower part (near the angle)',
    at: { u: 0.45, v: 0.88 },
    palpation:
      'Pincer or flat palpation just above the angle of the jaw, patient supine with the jaw slightly open.',
    landmarks: ['mandible-angle'],
    referral: {
      essential: [
        {
          blobs: [
            { at: { landmark: 'mandible-angle', offset: [0, -0.005, 0.02] }, radius: 0.03 },
            { at: { landmark: 'orbit', offset: [0.005, 0.02, -0.005] }, radius: 0.025 },
          ],
          areas: ['jaw', 'eyebrow'],
        },
      ],
      spillover: [
        {
          blobs: [{ at: { landmark: 'temple' }, radius: 0.032 }],
          areas: ['temple'],
        },
      ],
    },
    symptoms: [
      'ache along the lower jaw',
      'pain over the eyebrow that seems unrelated to the jaw',
      'jaw tired after talking or chewing',
    ],
    conditions: ['tmj-dysfunction', 'tension-type-headache'],
    perpetuatingFactors: ['clenching the teeth', 'chewing gum', 'forward head posture'],
    selfCare:
      'Rest two fingertips just above the jaw angle and hold soft pressure while letting the mouth fall slightly open.',
    prevalence: 'common',
    source: { ref: 'travell-simons-v1', chapter: 8 },
  },
  {
    id: 'masseter-4',
    muscle: 'masseter',
    label: 'deep layer, upper posterior part',
    at: { u: 0.8, v: 0.15, depth: 0.6 },
    palpation:
      'Flat palpation just in front of the jaw joint below the back of the zygomatic arch, mouth slightly open, through the superficial layer.',
    landmarks: ['tmj', 'zygomatic-arch'],
    referral: {
      essential: [
        {
          blobs: [
            { at: { landmark: 'ear', offset: [0.012, 0.005, 0] }, radius: 0.025 },
            { at: { landmark: 'tmj', offset: [0.008, 0, 0] }, radius: 0.022 },
          ],
          areas: ['ear', 'jaw-joint'],
        },
      ],
      spillover: [areaZone('cheek')],
    },
    symptoms: [
      'deep earache on one side',
      'ringing or rushing noise in that ear',
      'pain at the jaw joint when chewing',
    ],
    conditions: ['tmj-dysfunction'],
    perpetuatingFactors: ['night-time teeth grinding', 'chewing on one side', 'holding the jaw clenched when concentrating'],
    selfCare:
      'With the mouth slightly open, hold gentle fingertip pressure just in front of the ear below the cheekbone for half a minute.',
    prevalence: 'occasional',
    source: { ref: 'travell-simons-v1', chapter: 8 },
  },

  // ── Sternocleidomastoid (ch. 7): sternal division lower, middle and upper; clavicular division middle and upper ─
  {
    id: 'sternocleidomastoid-sternal-1',
    muscle: 'sternocleidomastoid-sternal',
    label: 'sternal division, lower end',
    at: { u: 0.45, v: 0.15 },
    palpation:
      'Pincer palpation of the sternal head just above the breastbone, patient supine with the head turned slightly away and tilted toward the same side.',
    landmarks: ['jugular-notch'],
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'jugular-notch', offset: [0.012, -0.04, 0.015] }, radius: 0.032 }],
          areas: ['sternum'],
        },
      ],
      spillover: [],
    },
    symptoms: [
      'soreness over the top of the breastbone',
      'dry tickly cough',
      'neck tires holding the head up',
    ],
    conditions: ['atypical-chest-pain', 'forward-head-posture'],
    perpetuatingFactors: ['prolonged forward head posture', 'looking up for long periods', 'chronic cough'],
    selfCare:
      'Gently squeeze and roll the lower end of the neck muscle between thumb and fingers just above the breastbone, with the head tipped slightly toward that side.',
    prevalence: 'occasional',
    source: { ref: 'travell-simons-v1', chapter: 7 },
  },
  {
    id: 'sternocleidomastoid-sternal-2',
    muscle: 'sternocleidomastoid-sternal',
    label: 'sternal division, mid-portion (medial edge)',
    at: { u: 0.38, v: 0.5 },
    palpation:
      'Pincer palpation along the front edge of the sternal head in the middle of the neck, patient supine with the head tilted toward the same side to slacken it.',
    referral: {
      essential: [
        {
          blobs: [
            { at: { landmark: 'zygomatic-arch', offset: [-0.02, -0.015, 0.03] }, radius: 0.03 },
            { at: { landmark: 'orbit', offset: [0, 0.02, 0] }, radius: 0.025 },
            { at: { landmark: 'orbit' }, radius: 0.022 },
          ],
          areas: ['cheek', 'eyebrow', 'eye'],
        },
      ],
      spillover: [
        {
          blobs: [
            { at: { landmark: 'hyoid', offset: [0.015, 0, 0] }, radius: 0.025 },
            { at: { landmark: 'menton' }, radius: 0.02 },
          ],
          areas: ['throat', 'chin'],
        },
        {
          // The temporal headache guide of ch. 7 lists the sternal division among its sources.
          blobs: [{ at: { landmark: 'temple', offset: [0.005, 0, 0.01] }, radius: 0.028 }],
          areas: ['temple'],
        },
      ],
    },
    symptoms: [
      'pain around and behind the eye and over the cheek',
      'watery or bloodshot eye on that side, sometimes a runny nose',
      'sore throat feeling when swallowing',
      'blurred or dim vision without an eye problem',
    ],
    conditions: ['tension-type-headache', 'whiplash', 'cervicogenic-headache', 'tmj-dysfunction', 'forward-head-posture'],
    perpetuatingFactors: ['prolonged forward head posture', 'turning the head to one side for long periods (screen off to the side)', 'shallow upper-chest breathing'],
    selfCare:
      'Lying on your back, gently grasp the neck muscle between thumb and fingers and roll it slowly from the collarbone up toward the ear, pausing on tender spots.',
    prevalence: 'common',
    source: { ref: 'travell-simons-v1', chapter: 7 },
  },
  {
    id: 'sternocleidomastoid-sternal-3',
    muscle: 'sternocleidomastoid-sternal',
    label: 'sternal division, upper end',
    at: { u: 0.5, v: 0.85 },
    palpation:
      'Pincer palpation of the upper sternal head a few centimetres below the mastoid, patient supine with the head supported and slightly rotated away.',
    landmarks: ['mastoid'],
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'mastoid', offset: [-0.01, 0.02, -0.03] }, radius: 0.03 }],
          areas: ['behind-ear', 'back-of-head'],
        },
        {
          blobs: [{ at: { landmark: 'vertex', offset: [0.02, 0, 0] }, radius: 0.035 }],
          areas: ['top-of-head'],
        },
      ],
      spillover: [],
    },
    symptoms: [
      'headache at the back of the head behind the ear and on the crown',
      'scalp on top of the head tender to brush',
      'neck stiffness after looking up',
    ],
    conditions: ['tension-type-headache', 'whiplash', 'cervicogenic-headache', 'forward-head-posture'],
    perpetuatingFactors: ['looking up for long periods (ceilings, high shelves, a high screen)', 'sleeping with the head turned on a low pillow', 'prolonged forward head posture'],
    selfCare:
      'Gently pinch and roll the upper end of the neck muscle just below the ear for 30 seconds, keeping the shoulders relaxed.',
    prevalence: 'common',
    source: { ref: 'travell-simons-v1', chapter: 7 },
  },
  {
    id: 'sternocleidomastoid-clavicular-1',
    muscle: 'sternocleidomastoid-clavicular',
    label: 'clavicular division, mid-portion',
    at: { u: 0.5, v: 0.45 },
    palpation:
      'Pincer palpation of the clavicular head behind and lateral to the sternal head, patient supine with the head tilted toward the same side.',
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'frontal-eminence' }, radius: 0.04 }],
          areas: ['forehead'],
        },
      ],
      spillover: [
        {
          blobs: [{ at: { landmark: 'frontal-eminence' }, radius: 0.035 }],
          areas: ['forehead'],
          laterality: 'contralateral',
        },
      ],
    },
    symptoms: [
      'forehead headache, sometimes across the whole forehead',
      'dizziness or unsteadiness when turning or tilting the head',
      'sweating on that side of the forehead',
    ],
    conditions: ['tension-type-headache', 'whiplash', 'cervicogenic-headache', 'forward-head-posture'],
    perpetuatingFactors: ['prolonged forward head posture', 'sleeping with the head turned to one side', 'whiplash or a fall'],
    selfCare:
      'Lying on your back, gently roll the outer strand of the neck muscle just above the collarbone between thumb and fingers, then slowly turn the head side to side.',
    prevalence: 'common',
    source: { ref: 'travell-simons-v1', chapter: 7 },
  },
  {
    id: 'sternocleidomastoid-clavicular-2',
    muscle: 'sternocleidomastoid-clavicular',
    label: 'clavicular division, upper portion',
    at: { u: 0.5, v: 0.78 },
    palpation:
      'Pincer palpation of the upper clavicular head below the mastoid, patient supine, head slightly tilted toward the same side.',
    landmarks: ['mastoid'],
    referral: {
      essential: [
        {
          blobs: [
            { at: { landmark: 'ear', offset: [0.012, 0.005, -0.005] }, radius: 0.025 },
            { at: { landmark: 'mastoid', offset: [0.005, 0.01, -0.015] }, radius: 0.028 },
          ],
          areas: ['ear', 'behind-ear'],
        },
      ],
      spillover: [
        {
          blobs: [
            { at: { landmark: 'zygomatic-arch', offset: [-0.015, -0.03, 0.02] }, radius: 0.028 },
            { at: { landmark: 'upper-molar' }, radius: 0.02 },
            { at: { landmark: 'lower-molar' }, radius: 0.02 },
          ],
          areas: ['cheek', 'upper-teeth', 'lower-teeth'],
        },
      ],
    },
    symptoms: [
      'earache deep in the ear with nothing found in the ear',
      'pain behind the ear',
      'sense of imbalance or mild dizziness on bending or turning',
    ],
    conditions: ['whiplash', 'tension-type-headache', 'cervicogenic-headache', 'tmj-dysfunction', 'forward-head-posture'],
    perpetuatingFactors: ['prolonged forward head posture', 'holding the head turned to watch a screen or conversation', 'heavy lifting with the head turned'],
    selfCare:
      'Gently pinch the neck muscle just below the ear for half a minute, then let the head roll slowly toward the other shoulder.',
    prevalence: 'common',
    source: { ref: 'travell-simons-v1', chapter: 7 },
  },

  // ── Splenius capitis (ch. 15) ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'splenius-capitis-1',
    muscle: 'splenius-capitis',
    label: 'central TrP (upper part)',
    at: { u: 0.62, v: 0.86 },
    palpation:
      'Flat palpation in the small triangle below the mastoid between the back edge of the sternocleidomastoid and the front edge of the upper trapezius, patient supine or seated with the head turned slightly away.',
    landmarks: ['mastoid'],
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'vertex', offset: [0.03, -0.01, 0] }, radius: 0.04 }],
          areas: ['top-of-head'],
        },
      ],
      spillover: [],
    },
    symptoms: [
      'pain on the top of the head on one side',
      'stiff neck, hard to turn the head',
      'headache after working with the head turned or tipped back',
    ],
    conditions: ['tension-type-headache', 'cervicogenic-headache', 'whiplash', 'forward-head-posture'],
    perpetuatingFactors: ['prolonged forward head posture', 'looking up for long periods', 'cold draught on the back of the neck'],
    selfCare:
      'Lying on your back, rest the head on a soft ball placed just below the skull behind the ear for a minute, then turn the head slowly side to side.',
    prevalence: 'common',
    source: { ref: 'travell-simons-v1', chapter: 15 },
  },

  // ── Semispinalis capitis (ch. 16, posterior cervical muscles): TrP2 and TrP3 (TrP1 is in the deeper cervical layer)
  {
    id: 'semispinalis-capitis-1',
    muscle: 'semispinalis-capitis',
    label: 'TrP2',
    at: { u: 0.5, v: 0.72, depth: 0.6 },
    palpation:
      'Flat palpation through the upper trapezius 2–4 cm below the base of the skull beside the spine, patient supine with the neck slightly flexed.',
    landmarks: ['superior-nuchal-line'],
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'inion', offset: [0.03, 0.015, 0] }, radius: 0.04 }],
          areas: ['back-of-head'],
        },
      ],
      spillover: [
        {
          blobs: [{ at: { landmark: 'inion', offset: [0.03, 0.05, 0] }, to: { landmark: 'vertex', offset: [0.03, -0.03, -0.05] }, radius: 0.028 }],
          areas: ['back-of-head', 'top-of-head'],
        },
      ],
    },
    symptoms: [
      'headache at the back of the head',
      'back of the neck aches after reading or desk work',
      'can’t comfortably bend the head forward',
    ],
    conditions: ['tension-type-headache', 'cervicogenic-headache', 'forward-head-posture', 'whiplash'],
    perpetuatingFactors: ['prolonged forward head posture at a low screen', 'reading glasses that make you tilt the head back', 'a pillow that is too high'],
    selfCare:
      'Lying on your back, rest the back of the neck on two tennis balls in a sock beside the spine just below the skull and breathe slowly for a minute.',
    prevalence: 'common',
    source: { ref: 'travell-simons-v1', chapter: 16 },
  },
  {
    id: 'semispinalis-capitis-2',
    muscle: 'semispinalis-capitis',
    label: 'TrP3',
    at: { u: 0.5, v: 0.9, depth: 0.6 },
    palpation:
      'Flat palpation just below the occipital ridge beside the midline, patient supine with the head cradled and slightly flexed.',
    landmarks: ['superior-nuchal-line'],
    referral: {
      essential: [
        {
          blobs: [
            { at: { landmark: 'temple' }, radius: 0.035 },
            { at: { landmark: 'orbit', offset: [0, 0.025, 0] }, radius: 0.03 },
          ],
          areas: ['temple', 'forehead', 'eyebrow'],
        },
      ],
      spillover: [
        {
          blobs: [{ at: { landmark: 'inion', offset: [0.04, 0.03, 0] }, to: { landmark: 'temple', offset: [0, 0.02, -0.05] }, radius: 0.028 }],
          areas: ['back-of-head'],
        },
      ],
    },
    symptoms: [
      'band-like headache from the back of the head round to the temple and over the eye',
      'numbness, tingling or burning of the scalp at the back of the head',
      'pain lying with the back of the head on a pillow',
    ],
    conditions: ['tension-type-headache', 'cervicogenic-headache', 'forward-head-posture', 'whiplash'],
    perpetuatingFactors: ['prolonged forward head posture', 'long hours reading with the head bent', 'cold draught on the neck'],
    selfCare:
      'Lying on your back, let the base of the skull rest on your curled fingertips and allow the head’s weight to press gently for a minute.',
    prevalence: 'common',
    source: { ref: 'travell-simons-v1', chapter: 16 },
  },

  // ── Suboccipital muscles (ch. 17): one pattern for the group, pain felt inside the head ──────────────────────
  {
    id: 'rectus-capitis-posterior-major-1',
    muscle: 'rectus-capitis-posterior-major',
    label: 'central TrP',
    at: { u: 0.5, v: 0.5, depth: 0.5 },
    palpation:
      'Patient supine, head cradled; curl the fingertips up under the skull between the spine of the second vertebra and the skull and press upward through the overlying muscles.',
    landmarks: ['c2-spinous'],
    referral: SUBOCCIPITAL_REFERRAL,
    symptoms: [
      'headache that feels inside the head, from the base of the skull toward the eye',
      'base of the skull too sore to rest on a pillow',
      'hard to look up or nod without pain',
    ],
    conditions: ['tension-type-headache', 'cervicogenic-headache', 'forward-head-posture', 'whiplash'],
    perpetuatingFactors: ['prolonged forward head posture with the chin poking out', 'tilting the head back to read through glasses', 'a pillow that is too high or too firm'],
    selfCare:
      'Lying on your back, rest the base of the skull on a rolled towel or two balls in a sock and let the head sink for one to two minutes.',
    prevalence: 'common',
    source: { ref: 'travell-simons-v1', chapter: 17 },
  },
  {
    id: 'rectus-capitis-posterior-minor-1',
    muscle: 'rectus-capitis-posterior-minor',
    label: 'central TrP',
    sharedPatternWith: 'rectus-capitis-posterior-major-1',
    at: { u: 0.5, v: 0.5, depth: 0.5 },
    palpation:
      'Patient supine, head cradled; press the fingertips upward just beside the midline under the skull above the first vertebra, through the trapezius and semispinalis.',
    landmarks: ['c1-posterior-tubercle'],
    referral: SUBOCCIPITAL_REFERRAL,
    symptoms: [
      'deep headache from the back of the head to behind the eye',
      'tender base of the skull',
      'neck feels stiff when nodding',
    ],
    conditions: ['tension-type-headache', 'cervicogenic-headache', 'forward-head-posture', 'whiplash'],
    perpetuatingFactors: ['prolonged forward head posture', 'looking up at a high screen', 'eye strain with the head pushed forward'],
    selfCare:
      'Gently tuck the chin (a small nod) while resting the base of the skull on your fingertips, holding for a few breaths and repeating.',
    prevalence: 'common',
    source: { ref: 'travell-simons-v1', chapter: 17 },
  },
  {
    id: 'obliquus-capitis-superior-1',
    muscle: 'obliquus-capitis-superior',
    label: 'central TrP',
    sharedPatternWith: 'rectus-capitis-posterior-major-1',
    at: { u: 0.5, v: 0.5, depth: 0.5 },
    palpation:
      'Patient supine, head cradled; press upward and inward just behind the mastoid under the skull, above the transverse process of the first vertebra.',
    landmarks: ['mastoid', 'c1-transverse-process'],
    referral: SUBOCCIPITAL_REFERRAL,
    symptoms: [
      'one-sided headache wrapping from the base of the skull to the temple and eye',
      'tender spot just behind and below the ear',
      'pain turning or tilting the head',
    ],
    conditions: ['tension-type-headache', 'cervicogenic-headache', 'forward-head-posture'],
    perpetuatingFactors: ['prolonged forward head posture', 'head tilted to one side for long periods', 'cold draught on the neck'],
    selfCare:
      'Rest the base of the skull behind the ear on a soft ball while lying down and slowly nod a few times.',
    prevalence: 'occasional',
    source: { ref: 'travell-simons-v1', chapter: 17 },
  },
  {
    id: 'obliquus-capitis-inferior-1',
    muscle: 'obliquus-capitis-inferior',
    label: 'central TrP',
    sharedPatternWith: 'rectus-capitis-posterior-major-1',
    at: { u: 0.5, v: 0.5, depth: 0.5 },
    palpation:
      'Patient supine, head cradled; press deeply between the spine of the second vertebra and the tip of the first vertebra’s transverse process behind the mastoid, through the overlying muscles.',
    landmarks: ['c2-spinous', 'c1-transverse-process', 'mastoid'],
    referral: SUBOCCIPITAL_REFERRAL,
    symptoms: [
      'deep headache from the base of the skull toward the eye',
      'pain or restriction turning the head to look over the shoulder',
      'base of the skull tender to lie on',
    ],
    conditions: ['tension-type-headache', 'cervicogenic-headache', 'forward-head-posture', 'whiplash'],
    perpetuatingFactors: ['prolonged forward head posture', 'frequently turning the head to a screen off to one side', 'whiplash'],
    selfCare:
      'Lying on your back, rest the head on two balls in a sock under the skull and turn the head a little to each side, slowly, for a minute.',
    prevalence: 'common',
    source: { ref: 'travell-simons-v1', chapter: 17 },
  },

  // ── Levator scapulae (ch. 19): upper TrP at the angle of the neck, lower TrP above the superior angle ───────────
  {
    id: 'levator-scapulae-1',
    muscle: 'levator-scapulae',
    label: 'upper TrP (angle of the neck)',
    at: { u: 0.5, v: 0.6 },
    palpation:
      'Seated with the arm hanging, push the front edge of the upper trapezius aside at the angle of the neck and press the muscle flat against the neck beneath.',
    referral: LEVATOR_SCAPULAE_REFERRAL,
    symptoms: [
      'stiff neck: can’t turn the head to look over the shoulder',
      'ache where the neck meets the shoulder',
      'pain on shrugging or when carrying a bag on that shoulder',
    ],
    conditions: ['whiplash', 'forward-head-posture', 'interscapular-pain', 'upper-crossed-syndrome', 'ischemic-muscle-pain'],
    perpetuatingFactors: ['holding a phone between ear and shoulder', 'screen placed off to one side', 'carrying a heavy shoulder bag', 'sleeping with the neck tilted'],
    selfCare:
      'Lean against a wall with a tennis ball where the neck meets the shoulder blade, then gently turn the head away and look down toward the opposite knee.',
    prevalence: 'common',
    source: { ref: 'travell-simons-v1', chapter: 19 },
  },
  {
    id: 'levator-scapulae-2',
    muscle: 'levator-scapulae',
    label: 'lower TrP (above the superior angle of the scapula)',
    sharedPatternWith: 'levator-scapulae-1',
    at: { u: 0.5, v: 0.8, depth: 0.6 },
    palpation:
      'Flat palpation through the trapezius about a finger-width above the upper inner corner of the shoulder blade, patient seated or side-lying.',
    landmarks: ['scapula-superior-angle'],
    referral: LEVATOR_SCAPULAE_REFERRAL,
    symptoms: [
      'ache at the base of the neck and top inner corner of the shoulder blade',
      'neck stiff in the morning',
      'turning the head to reverse the car hurts',
    ],
    conditions: ['whiplash', 'forward-head-posture', 'interscapular-pain', 'upper-crossed-syndrome'],
    perpetuatingFactors: ['carrying a heavy shoulder bag', 'sitting with one shoulder hitched up (armrest too high, mouse too far)', 'emotional stress with raised shoulders'],
    selfCare:
      'Lie on a tennis ball placed just above the upper inner corner of the shoulder blade for a minute, then stretch by looking down toward the opposite hip.',
    prevalence: 'common',
    source: { ref: 'travell-simons-v1', chapter: 19 },
  },

  // ── Scalenes (ch. 20): one composite pattern for the three muscles (chest, arm to thumb and index, inner scapula)
  {
    id: 'scalenus-anterior-1',
    muscle: 'scalenus-anterior',
    label: 'central TrP',
    at: { u: 0.5, v: 0.65, depth: 0.3 },
    palpation:
      'Patient supine, head turned slightly away; slide the fingers under the back edge of the clavicular sternocleidomastoid just above the collarbone and roll across the muscle flat against the neck.',
    landmarks: ['clavicle-mid'],
    referral: SCALENE_REFERRAL,
    symptoms: [
      'aching in the upper chest, down the arm and at the inner edge of the shoulder blade',
      'tingling or numbness in the thumb and index finger',
      'pain wakes you at night and eases sitting up or propped on pillows',
      'dropping things from the hand',
    ],
    conditions: ['thoracic-outlet-syndrome', 'atypical-chest-pain', 'carpal-tunnel-syndrome', 'whiplash', 'forward-head-posture', 'leg-length-inequality', 'interscapular-pain', 'cervical-radiculopathy-c6'],
    perpetuatingFactors: ['shallow upper-chest breathing', 'chronic cough or asthma', 'sleeping with the head low on a flat pillow', 'a shorter leg or smaller half-pelvis that tilts the shoulders'],
    selfCare:
      'Practise slow belly breathing, and stretch by gently tilting the ear toward the other shoulder while keeping that shoulder down, turning the face slightly up.',
    prevalence: 'common',
    source: { ref: 'travell-simons-v1', chapter: 20 },
  },
  {
    id: 'scalenus-medius-1',
    muscle: 'scalenus-medius',
    label: 'central TrP',
    sharedPatternWith: 'scalenus-anterior-1',
    at: { u: 0.5, v: 0.55 },
    palpation:
      'Patient supine; flat palpation on the side of the neck behind the brachial plexus, pressing the muscle against the transverse processes at mid-neck level.',
    landmarks: ['c4-transverse-process'],
    referral: SCALENE_REFERRAL,
    symptoms: [
      'deep ache down the front and back of the upper arm',
      'pain along the inner edge of the shoulder blade',
      'tingling in the thumb and index finger, worse with the arms raised',
    ],
    conditions: ['thoracic-outlet-syndrome', 'atypical-chest-pain', 'carpal-tunnel-syndrome', 'whiplash', 'forward-head-posture', 'leg-length-inequality', 'interscapular-pain', 'cervical-radiculopathy-c6'],
    perpetuatingFactors: ['shallow upper-chest breathing', 'pulling or lifting with the arms at shoulder height', 'holding the head turned to one side (e.g. playing the violin)', 'a shorter leg or smaller half-pelvis that tilts the shoulders'],
    selfCare:
      'Sit tall, anchor the hand under the chair seat and gently tilt the ear to the opposite shoulder for a few slow breaths.',
    prevalence: 'common',
    source: { ref: 'travell-simons-v1', chapter: 20 },
  },
  {
    id: 'scalenus-posterior-1',
    muscle: 'scalenus-posterior',
    label: 'central TrP',
    sharedPatternWith: 'scalenus-anterior-1',
    at: { u: 0.5, v: 0.7, depth: 0.6 },
    palpation:
      'Patient supine or side-lying; reach behind the middle scalene, under the front edge of the levator scapulae and upper trapezius, low on the side of the neck.',
    referral: SCALENE_REFERRAL,
    symptoms: [
      'ache at the inner edge of the shoulder blade that massage there does not fix',
      'arm aches and feels heavy',
      'tingling toward the thumb',
    ],
    conditions: ['thoracic-outlet-syndrome', 'atypical-chest-pain', 'whiplash', 'carpal-tunnel-syndrome', 'forward-head-posture', 'leg-length-inequality', 'interscapular-pain', 'cervical-radiculopathy-c6'],
    perpetuatingFactors: ['shallow upper-chest breathing', 'heavy backpack straps', 'sleeping on a low pillow with the head tilted', 'a shorter leg or smaller half-pelvis that tilts the shoulders'],
    selfCare:
      'Breathe slowly into the belly, and stretch by tilting the head forward and away while keeping that shoulder down.',
    prevalence: 'occasional',
    source: { ref: 'travell-simons-v1', chapter: 20 },
  },
] as const satisfies readonly TriggerPoint[]
