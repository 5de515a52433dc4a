/** Muscles of the abdominal wall and the lower back. */
import type { MuscleFacts } from '../../schema'

export const TRUNK_MUSCLES = [
  {
    id: 'rectus-abdominis',
    name: 'Rectus abdominis',
    synonyms: ['abs', 'six pack', 'six-pack', 'abdominals', 'rectus', 'stomach muscle'],
    region: 'abdomen',
    layer: 'superficial',
    origin: 'Pubic crest and the front of the pubic symphysis.',
    insertion: 'Costal cartilages of the fifth to seventh ribs and the xiphoid process of the sternum.',
    action:
      'Flexes the trunk, drawing the chest and pelvis toward each other; tenses the abdominal wall and raises the pressure inside the abdomen.',
    innervation: [{ nerve: 'Thoracoabdominal (lower intercostal) nerves and subcostal nerve', roots: 'T7–T12' }],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'external-oblique',
    name: 'External oblique',
    synonyms: ['obliques', 'external obliques', 'abdominal oblique', 'side abs', 'abs'],
    region: 'abdomen',
    layer: 'superficial',
    origin:
      'Outer surfaces of the lower eight ribs, by slips that interlock with those of serratus anterior and latissimus dorsi.',
    insertion:
      'Front half of the outer lip of the iliac crest; through a broad aponeurosis, the linea alba, pubic crest and pubic tubercle. The thickened lower edge of the aponeurosis forms the inguinal ligament.',
    action:
      'Compresses the abdomen. Both sides flex the trunk; one side bends the trunk to the same side and turns it toward the opposite side.',
    innervation: [{ nerve: 'Thoracoabdominal (lower intercostal) nerves and subcostal nerve', roots: 'T7–T12' }],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'iliocostalis-lumborum',
    name: 'Iliocostalis lumborum',
    synonyms: ['erector spinae', 'erectors', 'paraspinals', 'spinal erectors', 'iliocostalis', 'lower back muscle'],
    region: 'low-back',
    layer: 'intermediate',
    origin:
      'Posterior part of the iliac crest and the erector spinae aponeurosis, which is anchored to the sacrum, the iliac crest and the lumbar spinous processes.',
    insertion:
      'Lower borders of the angles of the lower six or seven ribs; its lumbar fascicles attach to the tips of the transverse processes of L1–L4 and the adjacent thoracolumbar fascia.',
    action:
      'Both sides: extend the lumbar spine and control bending forward. One side: bends the trunk to the same side. Can pull the lower ribs down.',
    innervation: [
      { nerve: 'Lateral branches of the dorsal rami of the thoracic and lumbar spinal nerves', roots: 'Segmental, lower thoracic and lumbar' },
    ],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'longissimus-thoracis',
    name: 'Longissimus thoracis',
    synonyms: ['erector spinae', 'erectors', 'paraspinals', 'spinal erectors', 'longissimus', 'back extensors'],
    region: 'low-back',
    layer: 'intermediate',
    origin:
      'Erector spinae aponeurosis, anchored to the sacrum, the iliac crest and the lumbar spinous processes; its lumbar fascicles arise from the ilium on the inner side of the posterior superior iliac spine.',
    insertion:
      'Tips of the transverse processes of all the thoracic vertebrae and the lower nine or ten ribs between their tubercles and angles; the lumbar fascicles attach to the accessory and transverse processes of L1–L5.',
    action:
      'Both sides: extend the thoracic and lumbar spine and hold upright posture. One side: bends the trunk to the same side.',
    innervation: [
      { nerve: 'Dorsal rami of the thoracic and lumbar spinal nerves', roots: 'Segmental, thoracic and lumbar' },
    ],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'multifidus',
    name: 'Multifidus',
    synonyms: ['multifidi', 'lumbar multifidus', 'transversospinalis', 'deep back muscle', 'core muscle'],
    region: 'low-back',
    layer: 'deep',
    origin:
      'In the low back: the back of the sacrum, the erector spinae aponeurosis, the posterior superior iliac spine and the mammillary processes of the lumbar vertebrae. Higher up: the transverse processes of the thoracic vertebrae and the articular processes of C4–C7.',
    insertion:
      'Spinous process of a vertebra two to four (sometimes five) levels above its origin, from L5 up to the axis.',
    action:
      'Steadies and extends the spine one segment at a time. One side also bends it to the same side and gives a small rotation toward the opposite side.',
    innervation: [{ nerve: 'Medial branches of the dorsal rami of the spinal nerves', roots: 'Segmental, at each level' }],
    source: { ref: 'gray-anatomy' },
  },
  {
    id: 'quadratus-lumborum',
    name: 'Quadratus lumborum',
    synonyms: ['QL', 'quadratus', 'hip hiker', 'lower back muscle', 'side of low back'],
    region: 'low-back',
    layer: 'deep',
    origin: 'Iliolumbar ligament and the adjacent back part of the iliac crest.',
    insertion: 'Medial half of the lower border of the twelfth rib and the tips of the transverse processes of L1–L4.',
    action:
      'Holds the twelfth rib steady during breathing. One side bends the trunk to the same side or hitches the hip up; both sides help extend and steady the lumbar spine.',
    innervation: [{ nerve: 'Ventral rami of the subcostal and upper lumbar spinal nerves', roots: 'T12–L4' }],
    source: { ref: 'gray-anatomy' },
  },
] as const satisfies readonly MuscleFacts[]
