/** Muscles of the head and neck: jaw closers, sternocleidomastoid, posterior neck, suboccipitals, scalenes. */
import type { MuscleFacts } from '../../schema'

export const HEAD_NECK_MUSCLES = [
  {
    id: 'temporalis',
    name: 'Temporalis',
    synonyms: ['temporal muscle', 'temple muscle', 'jaw muscle', 'chewing muscle'],
    region: 'head',
    layer: 'superficial',
    origin: 'Floor of the temporal fossa up to the inferior temporal line, and the deep surface of the temporal fascia.',
    insertion:
      'Tip and medial surface of the coronoid process of the mandible, and the anterior border of the ramus nearly down to the last molar.',
    action:
      'Elevates the mandible to close the jaw. Its posterior, nearly horizontal fibres pull the mandible back (retraction), and it helps in side-to-side grinding.',
    innervation: [{ nerve: 'Deep temporal nerves (mandibular division of the trigeminal nerve)', roots: 'CN V3' }],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'masseter',
    name: 'Masseter',
    synonyms: ['jaw muscle', 'chewing muscle', 'jaw clencher', 'cheek muscle'],
    region: 'head',
    layer: 'superficial',
    origin:
      'Superficial part: zygomatic process of the maxilla and the anterior two-thirds of the lower border of the zygomatic arch. Deep part: posterior third of the lower border and the whole medial surface of the zygomatic arch.',
    insertion:
      'Lateral surface of the ramus of the mandible: the superficial part to the angle and lower half, the deep part to the upper ramus and the coronoid process.',
    action:
      'Elevates the mandible to close the jaw and clench the teeth. The superficial part also helps push the jaw forward (protrusion).',
    innervation: [{ nerve: 'Masseteric nerve (mandibular division of the trigeminal nerve)', roots: 'CN V3' }],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'sternocleidomastoid-sternal',
    name: 'Sternocleidomastoid, sternal head',
    synonyms: ['SCM', 'sternocleidomastoid', 'sternomastoid', 'SCM sternal head', 'sternal division', 'neck muscle'],
    group: 'sternocleidomastoid',
    region: 'neck',
    layer: 'superficial',
    origin: 'Upper part of the front of the manubrium of the sternum, by a rounded tendon.',
    insertion:
      'Lateral surface of the mastoid process of the temporal bone and, by a thin aponeurosis, the lateral half of the superior nuchal line of the occipital bone.',
    action:
      'One side: tilts the head toward the shoulder of the same side and turns the face toward the opposite side. Both sides: flex the neck and bring the head forward. With the head fixed, helps lift the sternum in forced breathing in.',
    innervation: [{ nerve: 'Spinal accessory nerve (CN XI)', roots: 'CN XI; C2–C3 (proprioception)' }],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'sternocleidomastoid-clavicular',
    name: 'Sternocleidomastoid, clavicular head',
    synonyms: ['SCM', 'sternocleidomastoid', 'cleidomastoid', 'SCM clavicular head', 'clavicular division', 'neck muscle'],
    group: 'sternocleidomastoid',
    region: 'neck',
    layer: 'superficial',
    origin: 'Upper surface of the medial third of the clavicle; a broad, flat, fleshy attachment.',
    insertion:
      'Mainly the lateral surface of the mastoid process; it runs up behind the sternal head and blends with its deep surface.',
    action:
      'One side: tilts the head toward the shoulder of the same side and turns the face toward the opposite side. Both sides: flex the neck. With the head fixed, helps lift the clavicle and upper chest in forced breathing in.',
    innervation: [{ nerve: 'Spinal accessory nerve (CN XI)', roots: 'CN XI; C2–C3 (proprioception)' }],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'splenius-capitis',
    name: 'Splenius capitis',
    synonyms: ['splenius', 'back of neck muscle', 'neck extensor'],
    region: 'neck',
    layer: 'intermediate',
    origin:
      'Lower half of the ligamentum nuchae and the spinous processes of C7 and the upper three or four thoracic vertebrae, with their supraspinous ligaments.',
    insertion:
      'Mastoid process of the temporal bone and the lateral third of the superior nuchal line of the occipital bone, deep to sternocleidomastoid.',
    action:
      'Both sides: extend the head and neck. One side: tilts the head to the same side and turns the face toward the same side.',
    innervation: [
      { nerve: 'Lateral branches of the dorsal rami of the middle cervical spinal nerves', roots: 'C3–C4' },
    ],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'semispinalis-capitis',
    name: 'Semispinalis capitis',
    synonyms: ['semispinalis', 'back of neck muscle', 'neck extensor', 'complexus', 'transversospinalis'],
    region: 'neck',
    layer: 'deep',
    origin:
      'Tips of the transverse processes of C7 and the upper six or seven thoracic vertebrae, and the articular processes of C4–C6.',
    insertion: 'Occipital bone, in the area between the superior and inferior nuchal lines near the midline.',
    action:
      'Both sides: extend the head, the strongest of the head extensors. One side: tilts the head to the same side.',
    innervation: [
      {
        nerve: 'Dorsal rami of the cervical spinal nerves, including the greater occipital nerve (C2)',
        roots: 'C1–C6',
      },
    ],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'rectus-capitis-posterior-major',
    name: 'Rectus capitis posterior major',
    synonyms: ['suboccipitals', 'suboccipital muscles', 'RCP major', 'RCPMa', 'base of skull muscle'],
    group: 'suboccipitals',
    region: 'neck',
    layer: 'deep',
    origin: 'Spinous process of the axis (C2).',
    insertion: 'Lateral part of the inferior nuchal line of the occipital bone and the bone just below it.',
    action: 'Extends the head at the upper neck joints and turns the face toward the same side.',
    innervation: [{ nerve: 'Suboccipital nerve (dorsal ramus of C1)', roots: 'C1' }],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'rectus-capitis-posterior-minor',
    name: 'Rectus capitis posterior minor',
    synonyms: ['suboccipitals', 'suboccipital muscles', 'RCP minor', 'RCPMi', 'base of skull muscle'],
    group: 'suboccipitals',
    region: 'neck',
    layer: 'deep',
    origin: 'Posterior tubercle of the posterior arch of the atlas (C1).',
    insertion:
      'Medial part of the inferior nuchal line of the occipital bone and the bone between it and the foramen magnum.',
    action: 'Extends the head at the atlanto-occipital joints.',
    innervation: [{ nerve: 'Suboccipital nerve (dorsal ramus of C1)', roots: 'C1' }],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'obliquus-capitis-superior',
    name: 'Obliquus capitis superior',
    synonyms: ['suboccipitals', 'suboccipital muscles', 'oblique capitis superior', 'OCS', 'base of skull muscle'],
    group: 'suboccipitals',
    region: 'neck',
    layer: 'deep',
    origin: 'Upper surface of the transverse process of the atlas (C1).',
    insertion:
      'Occipital bone between the superior and inferior nuchal lines, lateral to semispinalis capitis, overlapping the attachment of rectus capitis posterior major.',
    action: 'Extends the head and tilts it to the same side at the atlanto-occipital joint.',
    innervation: [{ nerve: 'Suboccipital nerve (dorsal ramus of C1)', roots: 'C1' }],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'obliquus-capitis-inferior',
    name: 'Obliquus capitis inferior',
    synonyms: ['suboccipitals', 'suboccipital muscles', 'oblique capitis inferior', 'OCI', 'base of skull muscle'],
    group: 'suboccipitals',
    region: 'neck',
    layer: 'deep',
    origin: 'Lateral surface of the spinous process and adjacent lamina of the axis (C2).',
    insertion: 'Lower and back part of the transverse process of the atlas (C1).',
    action: 'Rotates the atlas, and with it the head, on the axis, turning the face toward the same side.',
    innervation: [{ nerve: 'Suboccipital nerve (dorsal ramus of C1)', roots: 'C1' }],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'levator-scapulae',
    name: 'Levator scapulae',
    synonyms: ['levator', 'levator scap', 'levator scapula', 'stiff neck muscle', 'shoulder shrug muscle'],
    region: 'neck',
    layer: 'intermediate',
    origin:
      'Transverse processes of the atlas and axis, and the posterior tubercles of the transverse processes of C3 and C4.',
    insertion: 'Medial border of the scapula, from the superior angle down to the root of the spine.',
    action:
      'Elevates the scapula and rotates it so that the glenoid cavity turns downward. With the scapula fixed, bends the neck to the same side and helps turn it toward that side.',
    innervation: [
      { nerve: 'Branches of the cervical plexus (ventral rami)', roots: 'C3–C4' },
      { nerve: 'Dorsal scapular nerve', roots: 'C5' },
    ],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'scalenus-anterior',
    name: 'Scalenus anterior',
    synonyms: ['scalenes', 'scalene', 'anterior scalene', 'scalenus anticus', 'side of neck muscle'],
    group: 'scalenes',
    region: 'neck',
    layer: 'intermediate',
    origin: 'Anterior tubercles of the transverse processes of C3 to C6.',
    insertion:
      'Scalene tubercle on the inner border of the first rib and the ridge on its upper surface in front of the groove for the subclavian artery.',
    action:
      'Raises the first rib as an accessory muscle of breathing in. With the rib fixed, bends the neck forward and to the same side and turns it slightly toward the opposite side.',
    innervation: [{ nerve: 'Ventral rami of the cervical spinal nerves', roots: 'C4–C6' }],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'scalenus-medius',
    name: 'Scalenus medius',
    synonyms: ['scalenes', 'scalene', 'middle scalene', 'side of neck muscle'],
    group: 'scalenes',
    region: 'neck',
    layer: 'intermediate',
    origin:
      'Transverse process of the axis (often also the atlas) and the posterior tubercles of the transverse processes of C3 to C7.',
    insertion:
      'Upper surface of the first rib, between its tubercle and the groove for the subclavian artery.',
    action: 'Raises the first rib in breathing in. With the rib fixed, bends the neck to the same side.',
    innervation: [{ nerve: 'Ventral rami of the cervical spinal nerves', roots: 'C3–C8' }],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'scalenus-posterior',
    name: 'Scalenus posterior',
    synonyms: ['scalenes', 'scalene', 'posterior scalene', 'side of neck muscle'],
    group: 'scalenes',
    region: 'neck',
    layer: 'intermediate',
    origin: 'Posterior tubercles of the transverse processes of C4 to C6.',
    insertion: 'Outer surface of the second rib, behind the tubercle for serratus anterior.',
    action: 'Raises the second rib in breathing in. With the rib fixed, bends the neck to the same side.',
    innervation: [{ nerve: 'Ventral rami of the lower cervical spinal nerves', roots: 'C6–C8' }],
    source: { ref: 'gray-anatomy' },
  },
] as const satisfies readonly MuscleFacts[]
