/** The deeper extensors at the back of the neck, beneath splenius capitis and trapezius. */
import type { MuscleFacts } from '../../schema'

const GRAY = { ref: 'gray-anatomy' } as const

export const NECK_EXTENSOR_MUSCLES = [
  {
    id: 'splenius-cervicis',
    name: 'Splenius cervicis',
    synonyms: ['splenius', 'splenius colli', 'back of neck muscle', 'neck extensor'],
    group: 'splenius',
    region: 'neck',
    layer: 'intermediate',
    origin: 'Spinous processes of the third to sixth thoracic vertebrae.',
    insertion: 'Posterior tubercles of the transverse processes of the upper two or three cervical vertebrae.',
    action: 'Both sides extend the neck; one side bends the neck to the same side and turns the face toward that side.',
    innervation: [{ nerve: 'Lateral branches of the dorsal rami of the cervical spinal nerves (lower)', roots: 'C5–C8' }],
    source: GRAY,
  },
  {
    id: 'semispinalis-cervicis',
    name: 'Semispinalis cervicis',
    synonyms: ['semispinalis', 'deep neck extensor', 'posterior cervical muscles', 'transversospinalis'],
    group: 'semispinalis',
    region: 'neck',
    layer: 'deep',
    origin: 'Transverse processes of the upper five or six thoracic vertebrae.',
    insertion: 'Spinous processes of the second to fifth cervical vertebrae, most of all the broad spine of the axis.',
    action: 'Extends the neck and holds its curve; one side turns it slightly toward the opposite side.',
    innervation: [{ nerve: 'Medial branches of the dorsal rami of the cervical spinal nerves', roots: 'C3–C8' }],
    source: GRAY,
  },
  {
    id: 'longissimus-capitis',
    name: 'Longissimus capitis',
    synonyms: ['longissimus', 'erector spinae', 'side of the neck extensor', 'trachelomastoid'],
    region: 'neck',
    layer: 'intermediate',
    origin: 'Transverse processes of the upper four or five thoracic vertebrae and the articular processes of the lower three or four cervical vertebrae.',
    insertion: 'Back edge of the mastoid process of the temporal bone, beneath splenius capitis and sternocleidomastoid.',
    action: 'Extends the head; one side bends the head to the same side and turns the face toward that side.',
    innervation: [{ nerve: 'Dorsal rami of the cervical spinal nerves (middle and lower)', roots: 'C3–C8' }],
    source: GRAY,
  },
] as const satisfies readonly MuscleFacts[]
