/** The thoracic erector and deep spinal muscles, and the deeper layers of the abdominal wall. */
import type { MuscleFacts } from '../../schema'

const GRAY = { ref: 'gray-anatomy' } as const

export const TRUNK_DEEP_MUSCLES = [
  {
    id: 'iliocostalis-thoracis',
    name: 'Iliocostalis thoracis',
    synonyms: ['erector spinae', 'erectors', 'paraspinals', 'iliocostalis', 'thoracic paraspinals', 'mid back muscle'],
    group: 'iliocostalis',
    region: 'upper-back',
    layer: 'intermediate',
    origin: 'Upper borders of the angles of the lower six ribs, inside the insertions of iliocostalis lumborum.',
    insertion: 'Upper borders of the angles of the upper six ribs and the back of the transverse process of C7.',
    action: 'Both sides extend the thoracic spine and hold it upright; one side bends the trunk to the same side.',
    innervation: [{ nerve: 'Lateral branches of the dorsal rami of the thoracic spinal nerves', roots: 'Segmental, T1–T12' }],
    source: GRAY,
  },
  {
    id: 'rotatores',
    name: 'Rotatores',
    synonyms: ['rotatores thoracis', 'rotator muscles', 'transversospinalis', 'deep back muscles', 'deep paraspinals'],
    region: 'upper-back',
    layer: 'deep',
    origin: 'Upper and back parts of the transverse process of each vertebra, best formed in the thoracic spine.',
    insertion: 'Root of the spinous process or lamina of the vertebra one (short rotators) or two (long rotators) levels above.',
    action: 'Steady each vertebra on the one below and sense its position; they add a little extension and rotation toward the opposite side.',
    innervation: [{ nerve: 'Medial branches of the dorsal rami of the spinal nerves', roots: 'Segmental, at each level' }],
    source: GRAY,
  },
  {
    id: 'internal-oblique',
    name: 'Internal oblique',
    synonyms: ['obliques', 'internal obliques', 'abdominal oblique', 'side abs', 'abs'],
    region: 'abdomen',
    layer: 'intermediate',
    origin: 'Thoracolumbar fascia, the front two thirds of the iliac crest and the outer half of the inguinal ligament.',
    insertion:
      'Lower borders of the last three or four ribs; through its aponeurosis, the linea alba and the pubic crest (with transversus, the conjoint tendon).',
    action:
      'Compresses the abdomen. Both sides flex the trunk; one side bends the trunk to the same side and turns it toward the same side.',
    innervation: [
      { nerve: 'Thoracoabdominal (lower intercostal) and subcostal nerves', roots: 'T7–T12' },
      { nerve: 'Iliohypogastric and ilioinguinal nerves', roots: 'L1' },
    ],
    source: GRAY,
  },
  {
    id: 'transversus-abdominis',
    name: 'Transversus abdominis',
    synonyms: ['transverse abdominis', 'TA', 'TVA', 'transversus', 'deep abs', 'core', 'corset muscle'],
    region: 'abdomen',
    layer: 'deep',
    origin:
      'Inner surfaces of the lower six costal cartilages, the thoracolumbar fascia, the front two thirds of the iliac crest and the outer third of the inguinal ligament.',
    insertion: 'Through its aponeurosis, the linea alba, the pubic crest and the pectineal line (with internal oblique, the conjoint tendon).',
    action: 'Draws the belly wall in and raises the pressure inside the abdomen, bracing the trunk before a movement; helps forced breathing out.',
    innervation: [
      { nerve: 'Thoracoabdominal (lower intercostal) and subcostal nerves', roots: 'T7–T12' },
      { nerve: 'Iliohypogastric and ilioinguinal nerves', roots: 'L1' },
    ],
    source: GRAY,
  },
  {
    id: 'pyramidalis',
    name: 'Pyramidalis',
    synonyms: ['pyramidal muscle', 'lowest abdominal muscle'],
    region: 'abdomen',
    layer: 'superficial',
    origin: 'Front of the pubic body and the pubic symphysis, in front of rectus abdominis.',
    insertion: 'Linea alba, about halfway from the pubis to the navel.',
    action: 'Tenses the linea alba. Absent on one or both sides in some people.',
    innervation: [{ nerve: 'Subcostal nerve', roots: 'T12' }],
    source: GRAY,
  },
] as const satisfies readonly MuscleFacts[]
