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
  /**
   * Keep only the reference points whose position along `axis` (canonical frame) is at most `max` metres: drops the
   * tendons that run on into fingers and toes, where the skin's own digits (straighter, shaped differently) cannot
   * hold them and would be pushed out of shape.
   */
  readonly clip?: { readonly axis: Vec3; readonly max: number }
  /** FMA ids of further LEFT meshes measured together with `fma` as one piece (the four lumbricals of the foot). */
  readonly also?: readonly string[]
  /** Sheets that wrap: measure as a height field on a vertical cylinder through this point. */
  readonly wrapAxis?: Vec3
  /** Split one reference muscle into two selectable parts across its section: points on the `toward` side of the centre line go to `parts[1]`. */
  readonly split?: { readonly across: Vec3; readonly parts: readonly [string, string] }
}

const POST: Vec3 = [0, 0, -1]
const ANT: Vec3 = [0, 0, 1]
const UP: Vec3 = [0, 1, 0]
const DOWN: Vec3 = [0, -1, 0]
/** Finger tendons end in the palm and toe tendons behind the toe webs (see `clip`). */
const ABOVE_KNUCKLES = { axis: DOWN, max: -0.835 } as const
const BEHIND_TOES = { axis: ANT, max: 0.163 } as const
/** Deep calf tendons that turn under the ankle into the sole are too sharply bent to rebuild as one tube; they end above it. */
const ABOVE_ANKLE = { axis: DOWN, max: -0.1 } as const

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
  { muscle: 'medial-pterygoid', fma: 'FMA49013', kind: 'tube', facing: [1, 0, 0], toward: [0.35, -1, -0.3] },
  // The floor of the mouth, from the mylohyoid line of the mandible in to the midline raphe and the hyoid.
  { muscle: 'mylohyoid', fma: 'FMA46322', kind: 'sheet', facing: [0.2, -1, 0.2], toward: [-1, 0, -0.3] },
  // The strap muscles in front of the larynx as one piece: sternohyoid, sternothyroid, thyrohyoid.
  { muscle: 'infrahyoids', fma: 'FMA13347', also: ['FMA13351', 'FMA13353'], kind: 'sheet', facing: [0.2, 0, 1], toward: UP },
  // Up to the jaw line: above it the reference's face does not fit the skin's, and the sheet would show through.
  { muscle: 'platysma', fma: 'FMA45740', kind: 'sheet', facing: [0.5, 0, 0.85], toward: UP, rows: 14, clip: { axis: UP, max: 1.548 } },
  { muscle: 'splenius-cervicis', fma: 'FMA22727', kind: 'tube', facing: [0.4, 0, -0.9], toward: [0.25, 1, 0.2] },
  { muscle: 'semispinalis-cervicis', fma: 'FMA22875', kind: 'tube', facing: POST, toward: UP },
  { muscle: 'longissimus-capitis', fma: 'FMA22756', kind: 'tube', facing: [0.5, 0, -0.85], toward: UP },
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
  { muscle: 'coracobrachialis', fma: 'FMA37666', kind: 'tube', facing: [-0.6, 0, 0.8], toward: [0.3, -1, 0] },
  { muscle: 'anconeus', fma: 'FMA37706', kind: 'tube', facing: [0.3, 0, -1], toward: [-0.4, -1, -0.3] },
  { muscle: 'extensor-indicis', fma: 'FMA38526', kind: 'tube', facing: [0.2, 0, -1], toward: DOWN, stations: 16, clip: ABOVE_KNUCKLES },
  { muscle: 'flexor-digitorum-profundus', fma: 'FMA38480', kind: 'tube', facing: ANT, toward: DOWN, stations: 20, slips: true, clip: ABOVE_KNUCKLES },
  { muscle: 'flexor-pollicis-longus', fma: 'FMA38484', kind: 'tube', facing: ANT, toward: DOWN, stations: 16 },
  // Thenar and hypothenar eminences: from the carpus out along the first and fifth metacarpals.
  { muscle: 'opponens-pollicis', fma: 'FMA37391', kind: 'tube', facing: [0.5, 0, 1], toward: [0.5, -1, 0.3] },
  { muscle: 'abductor-digiti-minimi-hand', fma: 'FMA37397', kind: 'tube', facing: [-0.7, 0, 0.7], toward: DOWN },
  // Along the forward slope of the abdominal wall, from the pubis up to the costal cartilages.
  { muscle: 'rectus-abdominis', fma: 'FMA13378', kind: 'sheet', facing: [0, -0.3, 1], toward: [0, 1, 0.3], rows: 20, columns: 13 },
  { muscle: 'external-oblique', fma: 'FMA13337', kind: 'sheet', facing: [0.8, 0, 0.6], toward: [-0.4, -1, 0.5] },
  { muscle: 'subclavius', fma: 'FMA13411', kind: 'tube', facing: [0, -0.3, 1], toward: [1, 0.15, -0.2] },
  // The external intercostal sheet round the left half of the rib cage (the reference has one unpaired sheet).
  { muscle: 'intercostals', fma: 'FMA9756', kind: 'sheet', facing: [1, 0, 0], toward: DOWN, wrapAxis: [0, 1.3, 0.07], rows: 16, clip: { axis: [-1, 0, 0], max: -0.004 } },
  // The left half of the dome, from the rim of the rib cage in to the central tendon.
  { muscle: 'diaphragm', fma: 'FMA13295', kind: 'sheet', facing: UP, toward: [-1, 0.3, 0], clip: { axis: [-1, 0, 0], max: -0.004 } },
  { muscle: 'serratus-posterior-superior', fma: 'FMA13404', kind: 'sheet', facing: POST, toward: [1, -0.5, 0] },
  { muscle: 'serratus-posterior-inferior', fma: 'FMA13406', kind: 'sheet', facing: POST, toward: [1, 0.4, 0] },
  { muscle: 'iliocostalis-thoracis', fma: 'FMA22743', kind: 'tube', facing: POST, toward: UP, stations: 16 },
  // The thoracic rotators, left of the midline (the reference has them as one unpaired piece).
  { muscle: 'rotatores', fma: 'FMA23083', kind: 'sheet', facing: POST, toward: UP, rows: 16, clip: { axis: [-1, 0, 0], max: -0.002 } },
  { muscle: 'internal-oblique', fma: 'FMA13893', kind: 'sheet', facing: [0.8, 0, 0.6], toward: [-0.4, 1, 0.5] },
  { muscle: 'transversus-abdominis', fma: 'FMA22345', kind: 'sheet', facing: [0.8, 0, 0.6], toward: ANT, wrapAxis: [0, 1.05, 0.06] },
  { muscle: 'pyramidalis', fma: 'FMA22347', kind: 'tube', facing: ANT, toward: UP },
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
  { muscle: 'coccygeus', fma: 'FMA46444', kind: 'sheet', facing: [0, -0.6, -0.8], toward: [-1, -0.2, -0.3] },
  // The left half of the ring round the anal canal, front to back (the reference has one unpaired ring).
  { muscle: 'external-anal-sphincter', fma: 'FMA21930', kind: 'tube', facing: [1, -0.3, 0], toward: POST, clip: { axis: [-1, 0, 0], max: -0.001 } },
  { muscle: 'obturator-internus', fma: 'FMA22325', kind: 'tube', facing: [-1, 0, 0], toward: [1, 0, -0.4], stations: 14 },
  { muscle: 'obturator-externus', fma: 'FMA22327', kind: 'tube', facing: [-0.3, -0.5, 0.8], toward: [1, 0.2, -0.5] },
  { muscle: 'gemellus-superior', fma: 'FMA22335', kind: 'tube', facing: POST, toward: [1, 0, 0.2] },
  { muscle: 'gemellus-inferior', fma: 'FMA22337', kind: 'tube', facing: POST, toward: [1, 0, 0.2] },
  { muscle: 'quadratus-femoris', fma: 'FMA22339', kind: 'tube', facing: POST, toward: [1, 0, 0.1] },
  { muscle: 'tensor-fasciae-latae', fma: 'FMA22426', kind: 'tube', facing: [0.8, 0, 0.6], toward: DOWN },
  { muscle: 'adductor-longus', fma: 'FMA22457', kind: 'tube', facing: [-0.5, 0, 0.8], toward: [0.3, -1, 0] },
  { muscle: 'pectineus', fma: 'FMA22451', kind: 'tube', facing: [-0.2, 0, 1], toward: [0.3, -1, -0.3] },
  { muscle: 'adductor-brevis', fma: 'FMA22454', kind: 'tube', facing: [-0.3, 0, 1], toward: [0.2, -1, -0.2] },
  { muscle: 'adductor-magnus', fma: 'FMA22460', kind: 'sheet', facing: [-0.5, 0, -0.8], toward: [0.2, -1, 0] },
  { muscle: 'gracilis', fma: 'FMA43884', kind: 'tube', facing: [-1, 0, 0], toward: DOWN },
  { muscle: 'sartorius', fma: 'FMA22355', kind: 'tube', facing: [-0.3, 0, 1], toward: [-0.3, -1, 0] },
  { muscle: 'semitendinosus', fma: 'FMA22359', kind: 'tube', facing: POST, toward: DOWN },
  { muscle: 'semimembranosus', fma: 'FMA22449', kind: 'tube', facing: [-0.3, 0, -1], toward: DOWN },
  { muscle: 'soleus', fma: 'FMA22559', kind: 'sheet', facing: POST, toward: DOWN },
  { muscle: 'tibialis-anterior', fma: 'FMA22545', kind: 'tube', facing: [0.3, 0, 1], toward: DOWN },
  { muscle: 'fibularis-longus', fma: 'FMA22553', kind: 'tube', facing: [1, 0, 0], toward: DOWN },
  { muscle: 'extensor-digitorum-longus', fma: 'FMA22549', kind: 'tube', facing: [0.5, 0, 1], toward: DOWN, stations: 20, slips: true },
  // Knee and deep calf: popliteus is a flat triangle behind the knee, the deep flexors run on into the sole.
  { muscle: 'popliteus', fma: 'FMA22592', kind: 'sheet', facing: POST, toward: [-1, -0.6, 0] },
  // Plantaris keeps its belly and the start of its thread-like tendon: the rest, down beside the Achilles tendon, is too
  // thin to rebuild as a tube.
  { muscle: 'plantaris', fma: 'FMA22561', kind: 'tube', facing: POST, toward: DOWN, stations: 12, clip: { axis: DOWN, max: -0.3 } },
  { muscle: 'tibialis-posterior', fma: 'FMA65019', kind: 'tube', facing: POST, toward: DOWN, stations: 16, clip: ABOVE_ANKLE },
  { muscle: 'flexor-digitorum-longus', fma: 'FMA65017', kind: 'tube', facing: POST, toward: DOWN, stations: 16, clip: ABOVE_ANKLE },
  { muscle: 'flexor-hallucis-longus', fma: 'FMA65015', kind: 'tube', facing: POST, toward: DOWN, stations: 16, clip: BEHIND_TOES },
  { muscle: 'fibularis-brevis', fma: 'FMA22555', kind: 'tube', facing: [1, 0, 0], toward: DOWN, stations: 16, clip: ABOVE_ANKLE },
  { muscle: 'fibularis-tertius', fma: 'FMA22551', kind: 'tube', facing: [0.5, 0, 1], toward: DOWN },
  { muscle: 'extensor-hallucis-longus', fma: 'FMA22547', kind: 'tube', facing: ANT, toward: DOWN, stations: 16, clip: BEHIND_TOES },
  // Foot: dorsum muscles face up, sole muscles face down; all run from the heel toward the toes.
  { muscle: 'extensor-digitorum-brevis', fma: 'FMA51143', kind: 'tube', facing: [0.3, 1, 0], toward: [-0.15, 0, 1], slips: true, clip: BEHIND_TOES },
  { muscle: 'extensor-hallucis-brevis', fma: 'FMA51145', kind: 'tube', facing: [0.3, 1, 0], toward: [-0.25, 0, 1], clip: BEHIND_TOES },
  { muscle: 'abductor-hallucis', fma: 'FMA37460', kind: 'tube', facing: [-1, -0.3, 0], toward: ANT, clip: BEHIND_TOES },
  { muscle: 'flexor-digitorum-brevis', fma: 'FMA37462', kind: 'tube', facing: DOWN, toward: ANT, stations: 16, slips: true, clip: BEHIND_TOES },
  { muscle: 'abductor-digiti-minimi-foot', fma: 'FMA37464', kind: 'tube', facing: [1, -0.5, 0], toward: ANT },
  { muscle: 'quadratus-plantae', fma: 'FMA37466', kind: 'sheet', facing: DOWN, toward: [0.2, 0, 1] },
  { muscle: 'lumbricals-foot', fma: 'FMA37718', also: ['FMA37720', 'FMA37486', 'FMA37484'], kind: 'sheet', facing: DOWN, toward: ANT, clip: BEHIND_TOES },
  { muscle: 'flexor-digiti-minimi-brevis-foot', fma: 'FMA37472', kind: 'tube', facing: [0.5, -1, 0], toward: ANT },
]
