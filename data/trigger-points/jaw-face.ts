/**
 * Trigger points of the pterygoids (Simons, Travell & Simons Vol. 1, 2nd ed., ch. 10–11), the digastric and the other
 * muscles in front of the neck (ch. 12), the facial muscles (ch. 13) and the occipitofrontalis (ch. 14).
 *
 * Authored for the LEFT muscle; mirrored for the right. Referral shapes are our own rendering of the published
 * descriptions: essential = felt by nearly everyone with that trigger point, spillover = felt by some.
 */
import type { TriggerPoint } from '../schema'

const T_S = (chapter: number, locator?: string) =>
  (locator ? { ref: 'travell-simons-v1', chapter, locator } : { ref: 'travell-simons-v1', chapter }) as TriggerPoint['source']

export const JAW_FACE_TRIGGER_POINTS = [
  // ── Medial pterygoid (v: pterygoid plate 0 → angle of the mandible 1) ─────────────────────────────────────────
  {
    id: 'medial-pterygoid-1',
    muscle: 'medial-pterygoid',
    label: 'mid-belly',
    at: { u: 0.5, v: 0.6, depth: 0.5 },
    palpation:
      'From outside, press up and in under the inner side of the angle of the jaw with the head tipped a little to the same side; from inside, a gloved finger slides back past the last molar onto the inner face of the ramus.',
    landmarks: ['mandible-angle'],
    referral: {
      essential: [
        {
          // Poorly placed pain deep in the mouth and throat, below and behind the jaw joint and into the ear.
          blobs: [
            { at: { landmark: 'tmj', offset: [0.004, -0.022, -0.006] }, radius: 0.02 },
            { at: { landmark: 'ear', offset: [0.004, -0.008, 0.0] }, radius: 0.018 },
            { at: { landmark: 'hyoid', offset: [0.012, 0.012, 0.0] }, radius: 0.022 },
          ],
          areas: ['ear', 'jaw', 'throat'],
        },
      ],
      spillover: [
        // The joint itself, just above the essential zone.
        { blobs: [{ at: { landmark: 'tmj', offset: [0.006, 0.0, 0.004] }, radius: 0.016 }], areas: ['jaw-joint'] },
      ],
    },
    symptoms: [
      'a sore throat or pain on swallowing with no infection',
      'pain deep behind the jaw and in the ear',
      'a blocked, stuffy feeling in the ear',
      'mouth opening limited and painful',
    ],
    conditions: ['tmj-dysfunction'],
    perpetuatingFactors: ['clenching or grinding the teeth', 'chewing gum', 'a bite that does not meet evenly', 'forward head posture with mouth breathing'],
    selfCare:
      'Hook a fingertip under the inner side of the jaw angle and hold gentle upward pressure for half a minute, then let the jaw hang open and breathe slowly.',
    prevalence: 'common',
    source: T_S(10),
  },
  // ── Lateral pterygoid (v: pterygoid plate 0 → condyle 1) ────────────────────────────────────────────────────────
  {
    id: 'lateral-pterygoid-1',
    muscle: 'lateral-pterygoid',
    label: 'belly (upper and lower heads)',
    at: { u: 0.5, v: 0.45, depth: 0.5 },
    palpation:
      'With the mouth open a little, press in through the notch of the mandible just in front of the jaw joint and below the cheekbone; from inside, a little finger slides up behind the last upper molar. The manual draws one pattern for both heads.',
    landmarks: ['tmj', 'zygomatic-arch'],
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'tmj', offset: [0.006, 0, 0.006] }, radius: 0.022 }],
          areas: ['jaw-joint'],
        },
      ],
      spillover: [
        {
          // The maxillary region: cheek over the sinus, below the eye.
          blobs: [{ at: { landmark: 'orbit', offset: [0.006, -0.028, 0.004] }, radius: 0.024 }],
          areas: ['cheek'],
        },
      ],
    },
    symptoms: [
      'deep ache in the jaw joint, worst when chewing',
      'the jaw clicks or shifts to one side as it opens',
      'the back teeth do not seem to meet properly',
      'pain in the cheek that feels like sinus trouble',
    ],
    conditions: ['tmj-dysfunction'],
    perpetuatingFactors: [
      'grinding the teeth at night',
      'holding the jaw forward, as when playing a wind instrument or on the telephone',
      'forward head posture',
      'long dental work with the mouth open',
    ],
    selfCare:
      'Rest the tongue on the roof of the mouth behind the front teeth and open and close the jaw slowly in a straight line; avoid gum and wide yawns while it is sore.',
    prevalence: 'common',
    source: T_S(11),
  },
  // ── Digastric (posterior belly v: mastoid 0 → hyoid 1; anterior belly v: hyoid 0 → chin 1) ─────────────────────
  {
    id: 'digastric-posterior-1',
    muscle: 'digastric-posterior',
    label: 'posterior belly',
    at: { u: 0.5, v: 0.45 },
    palpation:
      'Head tipped back a little; press in just below and behind the angle of the jaw, in front of the sternocleidomastoid, and swallow to feel the belly tighten.',
    landmarks: ['mandible-angle', 'mastoid'],
    referral: {
      essential: [
        {
          // The upper part of the sternocleidomastoid, just below the mastoid.
          blobs: [{ at: { landmark: 'mastoid', offset: [0.012, -0.03, -0.022] }, radius: 0.032 }],
          areas: ['side-of-neck', 'behind-ear'],
        },
      ],
      spillover: [
        {
          blobs: [
            { at: { landmark: 'inion', offset: [0.03, 0.01, 0.0] }, radius: 0.025 },
            { at: { landmark: 'hyoid', offset: [0.012, 0.01, 0.0] }, radius: 0.022 },
          ],
          areas: ['back-of-head', 'throat'],
        },
      ],
    },
    symptoms: [
      'pain under the ear and high in the side of the neck',
      'a lump-in-the-throat feeling when swallowing',
      'ache at the back of the head',
    ],
    conditions: ['tmj-dysfunction', 'whiplash'],
    perpetuatingFactors: ['mouth breathing', 'forward head posture', 'clenching the teeth', 'a whiplash injury'],
    selfCare:
      'Tip the head back and slightly away, then gently press and glide a fingertip along the groove behind the jaw angle while swallowing a few times.',
    prevalence: 'occasional',
    source: T_S(12),
  },
  {
    id: 'digastric-anterior-1',
    muscle: 'digastric-anterior',
    label: 'anterior belly',
    at: { u: 0.5, v: 0.55 },
    palpation: 'Head tipped back; flat palpation under the chin, a finger’s breadth beside the midline, against the floor of the mouth.',
    landmarks: ['menton'],
    referral: {
      essential: [
        {
          // The four lower front teeth and the ridge of gum below them.
          blobs: [{ at: { landmark: 'menton', offset: [0.006, 0.028, 0.014] }, radius: 0.022 }],
          areas: ['lower-teeth', 'chin'],
        },
      ],
      spillover: [],
    },
    symptoms: ['aching lower front teeth with no dental cause', 'sore spot under the chin', 'pain on swallowing'],
    conditions: ['tmj-dysfunction'],
    perpetuatingFactors: ['mouth breathing', 'pushing the jaw forward', 'clenching'],
    selfCare: 'With the head tipped back, hold gentle pressure under the chin on the sore side for half a minute, then slowly open the mouth.',
    prevalence: 'occasional',
    source: T_S(12),
  },
  // ── Mylohyoid and the infrahyoids (ch. 12, other anterior neck muscles) ─────────────────────────────────────────
  {
    id: 'mylohyoid-1',
    muscle: 'mylohyoid',
    label: 'floor of the mouth',
    at: { u: 0.5, v: 0.5 },
    palpation: 'Head tipped back; press up under the body of the mandible, inside its lower border, between the chin and the jaw angle.',
    referral: {
      essential: [
        {
          // The tongue: drawn over the chin and lower lip in front of it, where a drawing can show it.
          blobs: [{ at: { landmark: 'menton', offset: [0.01, 0.018, 0.004] }, radius: 0.022 }],
          areas: ['chin', 'lower-teeth'],
        },
      ],
      spillover: [
        { blobs: [{ at: { landmark: 'hyoid', offset: [0.01, 0.012, 0.005] }, radius: 0.02 }], areas: ['throat'] },
      ],
    },
    symptoms: ['a sore tongue', 'discomfort under the chin when swallowing'],
    conditions: ['tmj-dysfunction'],
    perpetuatingFactors: ['tongue thrusting', 'mouth breathing', 'clenching'],
    selfCare: 'Rest the tongue on the roof of the mouth and massage gently under the jaw from the chin back toward the angle.',
    prevalence: 'rare',
    source: T_S(12, 'other anterior neck muscles'),
  },
  {
    id: 'infrahyoids-1',
    muscle: 'infrahyoids',
    label: 'strap muscles beside the larynx',
    at: { u: 0.5, v: 0.6 },
    palpation: 'Neck slightly extended; pincer or flat palpation of the thin strap muscles beside the larynx, keeping clear of the carotid pulse.',
    landmarks: ['hyoid'],
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'hyoid', offset: [0.012, -0.025, 0.004] }, radius: 0.026 }],
          areas: ['throat'],
        },
      ],
      spillover: [],
    },
    symptoms: ['a sore throat with no infection', 'a lump-in-the-throat feeling when swallowing', 'hoarseness after speaking'],
    conditions: ['forward-head-posture'],
    perpetuatingFactors: ['forward head posture', 'long speaking or singing with strain', 'a whiplash injury'],
    selfCare: 'Gently grasp the front of the throat between finger and thumb beside the voice box and ease it side to side while swallowing.',
    prevalence: 'rare',
    source: T_S(12, 'other anterior neck muscles'),
  },
  // ── Facial muscles (ch. 13) ───────────────────────────────────────────────────────────────────────────────────
  {
    id: 'orbicularis-oculi-1',
    muscle: 'orbicularis-oculi',
    label: 'upper lid, above the eye',
    at: { u: 0.3, v: 0.5 },
    palpation: 'Pincer palpation of the upper eyelid fold, or flat palpation just below the eyebrow with the eye closed.',
    referral: {
      essential: [
        {
          // Above the eye and down along the side of the nose to the upper lip.
          blobs: [
            { at: { landmark: 'orbit', offset: [-0.004, 0.02, 0.01] }, radius: 0.018 },
            { at: { landmark: 'orbit', offset: [-0.018, -0.01, 0.012] }, to: { landmark: 'orbit', offset: [-0.02, -0.04, 0.02] }, radius: 0.012 },
          ],
          areas: ['eyebrow', 'eye', 'cheek'],
        },
      ],
      spillover: [],
    },
    symptoms: ['ache over and around the eye', 'the print seems to jump when reading', 'tired, heavy eyes'],
    conditions: ['tension-type-headache'],
    perpetuatingFactors: ['squinting in bright light or at a screen', 'frowning', 'uncorrected eyesight'],
    selfCare: 'Close the eyes, then gently pinch and roll the skin just under the eyebrow from the nose outward.',
    prevalence: 'occasional',
    source: T_S(13, 'orbicularis oculi'),
  },
  {
    id: 'platysma-1',
    muscle: 'platysma',
    label: 'over the sternocleidomastoid',
    at: { u: 0.5, v: 0.65 },
    palpation: 'Pick up the thin sheet with the skin in a pincer grip over the side of the neck, just above the collarbone or over the sternocleidomastoid.',
    referral: {
      essential: [
        {
          // Prickling pain over the lower face: the jaw line, chin and cheek.
          blobs: [{ at: { landmark: 'mandible-angle', offset: [0.004, -0.004, 0.04] }, to: { landmark: 'menton', offset: [0.015, 0.002, -0.005] }, radius: 0.022 }],
          areas: ['jaw', 'chin', 'cheek'],
        },
      ],
      spillover: [],
    },
    symptoms: ['a prickling, pins-and-needles pain along the jaw line', 'tight skin at the front of the neck'],
    conditions: ['tmj-dysfunction'],
    perpetuatingFactors: ['grimacing or tensing the neck under stress', 'forward head posture'],
    selfCare: 'Lift and roll the skin of the front of the neck gently between finger and thumb, then tip the chin up while pulling the lips into a relaxed smile.',
    prevalence: 'rare',
    source: T_S(13, 'platysma'),
  },
  // ── Occipitofrontalis (ch. 14) ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'frontalis-1',
    muscle: 'frontalis',
    label: 'above the middle of the eyebrow',
    at: { u: 0.5, v: 0.7 },
    palpation: 'Flat palpation of the forehead a finger’s breadth above the middle of the eyebrow, the forehead relaxed.',
    landmarks: ['frontal-eminence'],
    referral: {
      essential: [
        { blobs: [{ at: { landmark: 'frontal-eminence', offset: [0.0, 0.0, 0.008] }, radius: 0.03 }], areas: ['forehead'] },
      ],
      spillover: [],
    },
    symptoms: ['a headache spread over the forehead on one side', 'a tired, tight brow'],
    conditions: ['tension-type-headache'],
    perpetuatingFactors: ['frowning or raising the brows for long', 'uncorrected eyesight', 'a tight sternocleidomastoid feeding the forehead'],
    selfCare: 'Rest the palms on the forehead and slide the skin slowly toward the hairline, then smooth the brows outward with the fingertips.',
    prevalence: 'occasional',
    source: T_S(14, 'frontalis'),
  },
  {
    id: 'occipitalis-1',
    muscle: 'occipitalis',
    label: 'belly above the nuchal line',
    at: { u: 0.5, v: 0.4 },
    palpation: 'Flat palpation a finger’s breadth above the ridge at the base of the skull, a thumb’s width out from the midline.',
    landmarks: ['superior-nuchal-line'],
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'inion', offset: [0.035, 0.035, 0.01] }, radius: 0.035 }],
          areas: ['back-of-head', 'behind-ear'],
        },
      ],
      spillover: [
        // Through the head to behind the eye.
        { blobs: [{ at: { landmark: 'orbit', offset: [0.008, 0.01, 0.0] }, radius: 0.018 }], areas: ['eye'] },
      ],
    },
    symptoms: ['ache over the back of the head', 'the back of the head hurts against the pillow', 'pain deep behind the eye'],
    conditions: ['tension-type-headache'],
    perpetuatingFactors: ['a firm pillow under the back of the head', 'frowning and squinting', 'forward head posture'],
    selfCare: 'Lie on the back with the back of the head on a soft ball for half a minute on each side, then move the scalp in small circles with the fingertips.',
    prevalence: 'occasional',
    source: T_S(14, 'occipitalis'),
  },
] as const satisfies readonly TriggerPoint[]
