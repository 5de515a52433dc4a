/**
 * Which reference mesh each measured muscle comes from, and the hints the measurement needs: which side is
 * superficial (`facing`), which way its fibres run from origin to insertion (`toward`), and for sheets that wrap the
 * trunk or skull, the vertical axis they wrap around. Left side, canonical frame.
 */
import type { Vec3 } from '../../data/schema'

export interface MeasureSpec {
  readonly muscle: string
  /** FMA id of the LEFT muscle's mesh */
  readonly fma: string
  readonly kind: 'tube' | 'sheet'
  readonly facing: Vec3
  readonly toward: Vec3
  /** Stations along a tube (default 12): long, curving muscles need more. */
  readonly stations?: number
  /** Rows and columns of a sheet's grid (default 12 × 9): long sheets need more. */
  readonly rows?: number
  readonly columns?: number
  /** Tendons split into slips to the digits. */
  readonly slips?: boolean
  /** Sheets that wrap: measure as a height field on a vertical cylinder through this point. */
  readonly wrapAxis?: Vec3
  /** Split one reference muscle into two selectable parts across its section: points on the `toward` side of the centre line go to `parts[1]`. */
  readonly split?: { readonly across: Vec3; readonly parts: readonly [string, string] }
}

const POST: Vec3 = [0, 0, -1]
const ANT: Vec3 = [0, 0, 1]
const UP: Vec3 = [0, 1, 0]
const DOWN: Vec3 = [0, -1, 0]

export const MEASURE_SPECS: readonly MeasureSpec[] = [
  { muscle: 'temporalis', fma: 'FMA49008', kind: 'sheet', facing: [1, 0, 0], toward: DOWN, wrapAxis: [0, 1.62, 0.08] },
  {
    muscle: 'sternocleidomastoid',
    fma: 'FMA13409',
    kind: 'tube',
    facing: [0.7, 0, 0.7],
    toward: [0, 1, -0.4],
    split: { across: [1, 0, 0], parts: ['sternocleidomastoid-sternal', 'sternocleidomastoid-clavicular'] },
  },
  { muscle: 'splenius-capitis', fma: 'FMA22729', kind: 'sheet', facing: [0.5, 0, -0.85], toward: [0.3, 1, 0] },
  { muscle: 'semispinalis-capitis', fma: 'FMA22877', kind: 'tube', facing: POST, toward: UP },
  { muscle: 'rectus-capitis-posterior-major', fma: 'FMA32531', kind: 'tube', facing: POST, toward: [0.5, 1, 0] },
  { muscle: 'rectus-capitis-posterior-minor', fma: 'FMA32533', kind: 'tube', facing: POST, toward: UP },
  { muscle: 'obliquus-capitis-superior', fma: 'FMA32535', kind: 'tube', facing: POST, toward: [-0.3, 1, 0] },
  { muscle: 'obliquus-capitis-inferior', fma: 'FMA32537', kind: 'tube', facing: POST, toward: [1, 0.3, 0] },
  { muscle: 'levator-scapulae', fma: 'FMA32541', kind: 'tube', facing: [0.6, 0, -0.8], toward: [0.3, -1, -0.2] },
  { muscle: 'scalenus-anterior', fma: 'FMA13393', kind: 'tube', facing: [1, 0, 0.4], toward: [0.2, -1, 0] },
  { muscle: 'scalenus-medius', fma: 'FMA13391', kind: 'tube', facing: [1, 0, 0.2], toward: [0.2, -1, 0] },
  { muscle: 'scalenus-posterior', fma: 'FMA13389', kind: 'tube', facing: [1, 0, -0.3], toward: [0.2, -1, 0] },
  { muscle: 'supraspinatus', fma: 'FMA32545', kind: 'tube', facing: [0, 1, -0.3], toward: [1, 0, 0] },
  { muscle: 'infraspinatus', fma: 'FMA32548', kind: 'sheet', facing: [0.2, 0, -1], toward: [1, 0.4, 0] },
  { muscle: 'teres-minor', fma: 'FMA32554', kind: 'tube', facing: POST, toward: [1, 0.5, 0] },
  { muscle: 'teres-major', fma: 'FMA32552', kind: 'tube', facing: POST, toward: [1, 0.6, 0.3] },
  { muscle: 'subscapularis', fma: 'FMA13415', kind: 'sheet', facing: ANT, toward: [1, 0.3, 0.3] },
  { muscle: 'rhomboid-major', fma: 'FMA13382', kind: 'sheet', facing: POST, toward: [1, -0.4, 0] },
  { muscle: 'rhomboid-minor', fma: 'FMA13384', kind: 'sheet', facing: POST, toward: [1, -0.3, 0] },
  { muscle: 'serratus-anterior', fma: 'FMA13399', kind: 'sheet', facing: [1, 0, 0.3], toward: [-0.2, 0, -1], wrapAxis: [0, 1.3, 0.07] },
  { muscle: 'latissimus-dorsi', fma: 'FMA13359', kind: 'sheet', facing: [0.5, 0, -0.85], toward: [1, 1, 0.3], wrapAxis: [0, 1.2, 0.07] },
  { muscle: 'pectoralis-minor', fma: 'FMA13376', kind: 'sheet', facing: ANT, toward: [0.5, 1, 0] },
  { muscle: 'brachialis', fma: 'FMA37669', kind: 'tube', facing: ANT, toward: DOWN },
  { muscle: 'brachioradialis', fma: 'FMA38487', kind: 'tube', facing: [0.7, 0, 0.5], toward: DOWN },
  { muscle: 'extensor-carpi-radialis-longus', fma: 'FMA38496', kind: 'tube', facing: [0.8, 0, -0.2], toward: DOWN },
  { muscle: 'extensor-carpi-radialis-brevis', fma: 'FMA38499', kind: 'tube', facing: [0.6, 0, -0.6], toward: DOWN },
  { muscle: 'extensor-digitorum', fma: 'FMA38502', kind: 'tube', facing: [0.3, 0, -1], toward: DOWN, stations: 20, slips: true },
  { muscle: 'flexor-carpi-radialis', fma: 'FMA38461', kind: 'tube', facing: ANT, toward: DOWN },
  { muscle: 'palmaris-longus', fma: 'FMA38464', kind: 'tube', facing: ANT, toward: DOWN },
  { muscle: 'supinator', fma: 'FMA38514', kind: 'tube', facing: [0.6, 0, -0.6], toward: [0, -1, 0.3] },
  // Along the forward slope of the abdominal wall, from the pubis up to the costal cartilages.
  { muscle: 'rectus-abdominis', fma: 'FMA13378', kind: 'sheet', facing: [0, -0.3, 1], toward: [0, 1, 0.3], rows: 20, columns: 13 },
  { muscle: 'external-oblique', fma: 'FMA13337', kind: 'sheet', facing: [0.8, 0, 0.6], toward: [-0.4, -1, 0.5] },
  { muscle: 'iliocostalis-lumborum', fma: 'FMA22741', kind: 'tube', facing: POST, toward: UP },
  { muscle: 'longissimus-thoracis', fma: 'FMA22753', kind: 'tube', facing: POST, toward: UP },
  // A band in the groove beside the spinous processes, sacrum to neck.
  { muscle: 'multifidus', fma: 'FMA22879', kind: 'sheet', facing: POST, toward: UP, rows: 20 },
  { muscle: 'quadratus-lumborum', fma: 'FMA22349', kind: 'sheet', facing: POST, toward: UP },
  { muscle: 'psoas-major', fma: 'FMA22343', kind: 'tube', facing: ANT, toward: [0, -1, 0.2] },
  { muscle: 'iliacus', fma: 'FMA22323', kind: 'sheet', facing: [-0.3, 0, 1], toward: [-0.2, -1, 0.2] },
  { muscle: 'gluteus-maximus', fma: 'FMA22329', kind: 'sheet', facing: [0.4, 0, -1], toward: [1, -0.7, 0] },
  { muscle: 'gluteus-medius', fma: 'FMA22331', kind: 'sheet', facing: [1, 0, -0.3], toward: DOWN },
  { muscle: 'gluteus-minimus', fma: 'FMA22333', kind: 'sheet', facing: [1, 0, 0], toward: DOWN },
  { muscle: 'piriformis', fma: 'FMA22341', kind: 'tube', facing: POST, toward: [1, 0, 0] },
  { muscle: 'tensor-fasciae-latae', fma: 'FMA22426', kind: 'tube', facing: [0.8, 0, 0.6], toward: DOWN },
  { muscle: 'adductor-longus', fma: 'FMA22457', kind: 'tube', facing: [-0.5, 0, 0.8], toward: [0.3, -1, 0] },
  { muscle: 'adductor-magnus', fma: 'FMA22460', kind: 'sheet', facing: [-0.5, 0, -0.8], toward: [0.2, -1, 0] },
  { muscle: 'gracilis', fma: 'FMA43884', kind: 'tube', facing: [-1, 0, 0], toward: DOWN },
  { muscle: 'sartorius', fma: 'FMA22355', kind: 'tube', facing: [-0.3, 0, 1], toward: [-0.3, -1, 0] },
  { muscle: 'semitendinosus', fma: 'FMA22359', kind: 'tube', facing: POST, toward: DOWN },
  { muscle: 'semimembranosus', fma: 'FMA22449', kind: 'tube', facing: [-0.3, 0, -1], toward: DOWN },
  { muscle: 'soleus', fma: 'FMA22559', kind: 'sheet', facing: POST, toward: DOWN },
  { muscle: 'tibialis-anterior', fma: 'FMA22545', kind: 'tube', facing: [0.3, 0, 1], toward: DOWN },
  { muscle: 'fibularis-longus', fma: 'FMA22553', kind: 'tube', facing: [1, 0, 0], toward: DOWN },
  { muscle: 'extensor-digitorum-longus', fma: 'FMA22549', kind: 'tube', facing: [0.5, 0, 1], toward: DOWN, stations: 20, slips: true },
]
