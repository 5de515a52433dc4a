/**
 * Trigger points of splenius cervicis (Simons, Travell & Simons Vol. 1, 2nd ed., ch. 15), semispinalis cervicis with
 * the cervical multifidi, and longissimus capitis (ch. 16, posterior cervical muscles).
 *
 * Authored for the LEFT muscle; mirrored for the right. Referral shapes are our own rendering of the published
 * descriptions: essential = felt by nearly everyone with that trigger point, spillover = felt by some.
 */
import type { TriggerPoint } from '../schema'

const SPLENIUS = { ref: 'travell-simons-v1', chapter: 15 } as const
const POSTERIOR_CERVICAL = { ref: 'travell-simons-v1', chapter: 16 } as const

export const NECK_EXTENSOR_TRIGGER_POINTS = [
  // ── Splenius cervicis (v: upper thoracic spines 0 → upper cervical transverse processes 1) ────────────────────
  {
    id: 'splenius-cervicis-1',
    muscle: 'splenius-cervicis',
    label: 'upper (below the mastoid, C2–C3 level)',
    at: { u: 0.5, v: 0.8, depth: 0.5 },
    palpation:
      'Seated, head turned a little away; press deep between the upper trapezius and levator scapulae toward the upper cervical transverse processes, below and behind the mastoid.',
    landmarks: ['mastoid', 'c2-spinous'],
    referral: {
      essential: [
        {
          // Diffusely through the inside of the head, focused behind the eye.
          blobs: [
            { at: { landmark: 'orbit', offset: [0.008, 0.006, -0.01] }, radius: 0.022 },
            { at: { landmark: 'temple', offset: [0.0, 0.0, 0.008] }, radius: 0.025 },
          ],
          areas: ['eye', 'temple'],
        },
      ],
      spillover: [
        { blobs: [{ at: { landmark: 'inion', offset: [0.03, 0.02, 0.0] }, radius: 0.03 }], areas: ['back-of-head'] },
      ],
    },
    symptoms: ['a headache that seems to sit inside the head behind the eye', 'blurred vision on the same side without an eye problem', 'stiff neck, hard to turn the head'],
    conditions: ['cervicogenic-headache', 'whiplash'],
    perpetuatingFactors: ['working with the head turned to one side', 'a draught on the back of the neck', 'a whiplash injury', 'sleeping with the neck twisted'],
    selfCare:
      'Lie on the back with a tennis ball under the side of the upper neck for half a minute, then bring the chin down toward the opposite armpit and hold.',
    prevalence: 'common',
    source: SPLENIUS,
  },
  {
    id: 'splenius-cervicis-2',
    muscle: 'splenius-cervicis',
    label: 'lower (at the angle of the neck)',
    at: { u: 0.5, v: 0.35, depth: 0.5 },
    palpation:
      'Seated; flat palpation through the trapezius at the angle where the neck meets the shoulder, beside the C7–T1 spines.',
    landmarks: ['c7-spinous'],
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'c7-spinous', offset: [0.045, 0.012, 0.0] }, radius: 0.035 }],
          areas: ['back-of-neck', 'top-of-shoulder'],
        },
      ],
      spillover: [],
    },
    symptoms: ['ache at the angle of the neck and shoulder', 'stiff neck, cannot look over the shoulder'],
    conditions: ['cervicogenic-headache', 'whiplash'],
    perpetuatingFactors: ['forward head posture at a screen', 'carrying a bag on one shoulder', 'a whiplash injury'],
    selfCare:
      'Press a ball into the angle of the neck against a wall for half a minute, then tip the head forward and away and breathe slowly.',
    prevalence: 'common',
    source: SPLENIUS,
  },
  // ── Semispinalis cervicis (v: upper thoracic transverse processes 0 → cervical spines 1) ─────────────────────────
  {
    id: 'semispinalis-cervicis-1',
    muscle: 'semispinalis-cervicis',
    label: 'C4–C5 level (with the cervical multifidi)',
    at: { u: 0.5, v: 0.65, depth: 0.7 },
    palpation:
      'Prone or seated with the chin slightly tucked; deep pressure in the groove beside the cervical spinous processes at the level of C4–C5, through trapezius and semispinalis capitis.',
    landmarks: ['c4-transverse-process'],
    referral: {
      essential: [
        {
          // Up into the suboccipital region and down the back of the neck.
          blobs: [
            { at: { landmark: 'inion', offset: [0.02, -0.012, -0.004] }, radius: 0.028 },
            { at: { landmark: 'c7-spinous', offset: [0.02, 0.06, -0.01] }, to: { landmark: 'c7-spinous', offset: [0.02, 0.01, -0.006] }, radius: 0.02 },
          ],
          areas: ['back-of-head', 'back-of-neck'],
        },
      ],
      spillover: [
        {
          // The upper part of the inner border of the shoulder blade.
          blobs: [{ at: { landmark: 'scapula-superior-angle', offset: [-0.012, -0.015, -0.01] }, radius: 0.028 }],
          areas: ['shoulder-blade'],
        },
      ],
    },
    symptoms: ['aching at the base of the skull and down the back of the neck', 'the neck is stiff bending forward', 'ache near the top of the shoulder blade'],
    conditions: ['cervicogenic-headache', 'whiplash', 'forward-head-posture'],
    perpetuatingFactors: ['head held forward or looking down for long', 'reading glasses that make you tip the head', 'a whiplash injury', 'sleeping face down with the head turned'],
    selfCare:
      'Lie on the back, place two fingertips in the groove beside the neck bones and let the weight of the head rest on them for half a minute at each level.',
    prevalence: 'common',
    source: POSTERIOR_CERVICAL,
  },
  // ── Longissimus capitis (v: upper thoracic and lower cervical transverse processes 0 → mastoid 1) ───────────────
  {
    id: 'longissimus-capitis-1',
    muscle: 'longissimus-capitis',
    label: 'upper, below the mastoid',
    at: { u: 0.5, v: 0.8, depth: 0.5 },
    palpation: 'Seated; press in just below and behind the mastoid, between splenius capitis and the sternocleidomastoid, head turned slightly toward the same side.',
    landmarks: ['mastoid'],
    referral: {
      essential: [
        {
          blobs: [{ at: { landmark: 'mastoid', offset: [0.004, 0.012, -0.008] }, radius: 0.022 }],
          areas: ['behind-ear'],
        },
      ],
      spillover: [
        { blobs: [{ at: { landmark: 'mastoid', offset: [0.01, -0.04, -0.01] }, radius: 0.025 }], areas: ['side-of-neck'] },
        { blobs: [{ at: { landmark: 'orbit', offset: [0.012, 0.0, -0.01] }, radius: 0.016 }], areas: ['eye'] },
      ],
    },
    symptoms: ['pain around and behind the ear', 'ache down the side of the neck', 'sometimes pain behind the eye'],
    conditions: ['cervicogenic-headache', 'whiplash'],
    perpetuatingFactors: ['a whiplash injury', 'holding the head tipped to one side', 'a draught on the neck'],
    selfCare: 'Hold gentle fingertip pressure just behind and below the mastoid, then tip the ear away toward the other shoulder.',
    prevalence: 'occasional',
    source: { ...POSTERIOR_CERVICAL, locator: 'longissimus capitis' },
  },
] as const satisfies readonly TriggerPoint[]
