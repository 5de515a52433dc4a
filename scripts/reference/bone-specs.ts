/**
 * How each bone is measured on the BodyParts3D reference: which reference meshes (by their names in manifest.csv; the
 * LEFT one for paired bones) and which parts make its figure. A part is a tube (long bones, ribs, digits), a radial lobe
 * (compact bones) or a sheet (plates). When a bone has several parts, each point of its surface goes to the part whose
 * guide — a curve, a point or a flat patch placed on the landmarks — is nearest.
 */
import type { Vec3 } from '../../data/schema'
import type { PartGuide } from '../../src/geometry/bone-guides'
import { add, lerp, type V3 } from '../../src/geometry/vec'

/** What a guide may use: the bone's landmarks (left side; `R` mirrors to the right), its points and their extremes. */
export interface BoneContext {
  readonly L: (id: string) => V3
  readonly R: (id: string) => V3
  readonly points: readonly V3[]
  readonly centroid: V3
  /** The point farthest along a direction. */
  readonly extreme: (dir: Vec3) => V3
}

type At<T> = (c: BoneContext) => T

export type PartSpec =
  | {
      readonly kind: 'tube'
      readonly name: string
      /** The centre line to start from: given, the principal axis, or the surface-distance centre line (curved bones). */
      readonly guide: At<V3[]> | 'axis' | 'geodesic'
      /** How the part claims points when the bone has several (default: the guide when it is given). */
      readonly assign?: At<PartGuide>
      readonly stations: number
      readonly angles: number
      readonly facing?: Vec3
    }
  | {
      readonly kind: 'radial'
      readonly name: string
      /** Centre of the lobe (default: the centroid of its points). */
      readonly centre?: At<V3>
      readonly assign?: At<PartGuide>
      readonly level: number
      /** Measure by rays from the centre (keeps concave places such as the orbits); only for a piece of one part. */
      readonly rays?: boolean
    }
  | {
      readonly kind: 'sheet'
      readonly name: string
      readonly assign?: At<PartGuide>
      /** Hint for the plate's outer side; the normal itself is fitted to the points. */
      readonly facing: Vec3
      /** From the first row to the last. */
      readonly toward: Vec3
      readonly rows: number
      readonly columns: number
    }

export interface PieceSpec {
  /** Reference meshes whose union is the piece (names as in manifest.csv). */
  readonly meshes: readonly string[]
  readonly parts: readonly PartSpec[]
}

export type BoneFile = 'skull' | 'spine' | 'thorax' | 'upper-limb' | 'lower-limb'

export interface BoneSpec {
  readonly id: string
  readonly name: string
  readonly paired: boolean
  readonly file: BoneFile
  readonly pieces: readonly PieceSpec[]
}

const DOWN: Vec3 = [0, -1, 0]

const tube = (name: string, stations: number, angles: number, guide: At<V3[]> | 'axis' | 'geodesic' = 'axis', assign?: At<PartGuide>): PartSpec => ({
  kind: 'tube', name, guide, stations, angles, assign,
})
const radial = (name: string, level: number, centre?: At<V3>, assign?: At<PartGuide>): PartSpec => ({ kind: 'radial', name, level, centre, assign })
const plate = (name: string, facing: Vec3, toward: Vec3, rows: number, columns: number, assign?: At<PartGuide>): PartSpec => ({
  kind: 'sheet', name, facing, toward, rows, columns, assign,
})
const curve = (points: readonly Vec3[], radius = 0): PartGuide => ({ kind: 'curve', points, radius })
const single = (meshes: string | readonly string[], ...parts: PartSpec[]): PieceSpec => ({ meshes: typeof meshes === 'string' ? [meshes] : meshes, parts })

const ORDINAL = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth']
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1)

// ---- skull ----
/** Bones of the skull's outer surface; the internal ones (ethmoid, vomer, conchae, palatine, lacrimal) would only fill the nasal cavity and the orbits. */
const SKULL_MESHES = [
  'Frontal bone', 'Occipital bone', 'Sphenoid bone',
  ...['parietal bone', 'temporal bone', 'maxilla', 'zygomatic bone', 'nasal bone'].flatMap((b) => [`Left ${b}`, `Right ${b}`]),
]

const mandibleBody = (c: BoneContext): V3[] => [c.R('mandible-angle'), add(c.L('menton'), [0, 0.014, -0.006]), c.L('mandible-angle')]
/** The ramus of one side (sign 1 left, −1 right): a plate from the angle up to the condyle and the coronoid process. */
function ramus(side: string, sign: 1 | -1): PartSpec {
  const on = (c: BoneContext, id: string): V3 => (sign > 0 ? c.L(id) : c.R(id))
  const coronoid = (c: BoneContext): V3 => {
    const tmj = on(c, 'tmj')
    const front = c.points.filter((p) => p[0] * sign > 0.02 && p[2] > tmj[2] + 0.02)
    return front.reduce((a, p) => (p[1] > a[1] ? p : a), front[0] ?? tmj)
  }
  return plate(`ramus (${side})`, [sign, 0, 0], DOWN, 7, 6, (c) => ({
    kind: 'patch',
    corners: [on(c, 'tmj'), coronoid(c), add(on(c, 'mandible-angle'), [0, 0.006, 0.022]), on(c, 'mandible-angle')],
  }))
}

const skull: BoneSpec[] = [
  {
    id: 'skull',
    name: 'Skull',
    paired: false,
    file: 'skull',
    pieces: [single(SKULL_MESHES, { kind: 'radial', name: 'cranium and face', level: 4, rays: true })],
  },
  {
    id: 'mandible',
    name: 'Mandible',
    paired: false,
    file: 'skull',
    pieces: [single('Mandible', tube('body', 16, 10, mandibleBody, (c) => curve(mandibleBody(c), 0.01)), ramus('left', 1), ramus('right', -1))],
  },
  { id: 'hyoid', name: 'Hyoid bone', paired: false, file: 'skull', pieces: [single('Hyoid bone', tube('hyoid', 9, 8, 'geodesic'))] },
]

// ---- spine ----
const VERTEBRAE: [id: string, mesh: string][] = [
  ['c1', 'Atlas'],
  ['c2', 'Axis'],
  ...[3, 4, 5, 6, 7].map((n): [string, string] => [`c${n}`, `${cap(ORDINAL[n - 1]!)} cervical vertebra`]),
  ...Array.from({ length: 12 }, (_, i): [string, string] => [`t${i + 1}`, `${cap(ORDINAL[i]!)} thoracic vertebra`]),
  ...Array.from({ length: 5 }, (_, i): [string, string] => [`l${i + 1}`, `${cap(ORDINAL[i]!)} lumbar vertebra`]),
]

const maxOf = (xs: readonly number[]) => xs.reduce((a, b) => Math.max(a, b), -Infinity)

interface VertebraGuides {
  readonly body: readonly [V3, V3]
  readonly bodyRadius: number
  readonly canal: V3
  readonly canalRadius: number
  readonly spinous: readonly [V3, V3]
  readonly transverse: readonly [readonly [V3, V3], readonly [V3, V3]]
  /** Superior and inferior articular processes, left then right: from the arch to the process's tip. */
  readonly articular: readonly (readonly [V3, V3])[]
}

/**
 * Where a vertebra's parts lie, read from its own surface: along the midline at the height of the body's front, the
 * surface is crossed at the body's front and back, then — after the spinal canal — at the arch. The spinous process
 * ends at the midline point behind the canal farthest from it, the transverse processes at the most lateral points.
 */
function vertebraGuides(c: BoneContext): VertebraGuides {
  const pts = c.points
  const zFront = maxOf(pts.filter((p) => Math.abs(p[0]) < 0.012).map((p) => p[2]))
  const front = pts.filter((p) => Math.abs(p[0]) < 0.015 && p[2] > zFront - 0.01)
  const ylo = -maxOf(front.map((p) => -p[1])), yhi = maxOf(front.map((p) => p[1]))
  // Surface crossings along the midline, front to back, at one height (gaps over 3 mm separate them).
  const crossings = (y: number) => {
    const zs = pts.filter((p) => Math.abs(p[0]) < 0.003 && Math.abs(p[1] - y) < 0.004).map((p) => p[2]).sort((a, b) => b - a)
    const out: number[][] = []
    for (const z of zs) {
      const last = out[out.length - 1]
      if (last && last[last.length - 1]! - z < 0.003) last.push(z)
      else out.push([z])
    }
    return out
  }
  // The height nearest the body's middle at which the midline meets body, canal and arch (on the axis, below the dens).
  const heights = Array.from({ length: 9 }, (_, i) => (ylo + yhi) / 2 + ((i % 2 ? 1 : -1) * Math.ceil(i / 2) * (yhi - ylo)) / 10)
  const yMid = heights.find((y) => crossings(y).length >= 3) ?? (ylo + yhi) / 2
  const clusters = crossings(yMid)
  const bodyBack = clusters.length >= 3 ? -maxOf(clusters[1]!.map((z) => -z)) : zFront - 0.025
  const canalBack = clusters.length >= 3 ? maxOf(clusters[2]!) : bodyBack - 0.016
  const canalRadius = (bodyBack - canalBack) / 2
  const canal: V3 = [0, yMid, (bodyBack + canalBack) / 2]
  const zb = (zFront + bodyBack) / 2
  const behind = pts.filter((p) => Math.abs(p[0]) < 0.01 && p[2] < canalBack)
  const tip = behind.reduce((a, p) => (Math.hypot(p[1] - canal[1], p[2] - canal[2]) > Math.hypot(a[1] - canal[1], a[2] - canal[2]) ? p : a), canal)
  const lateral = (s: 1 | -1): readonly [V3, V3] => [add(canal, [s * (canalRadius + 0.003), 0, 0.002]), c.extreme([s, 0, 0])]
  // The articular processes rise and hang beside the arch, behind the canal's front and clear of the spinous process.
  const articular = (s: 1 | -1, up: 1 | -1): readonly [V3, V3] => {
    const near = pts.filter((p) => {
      const x = s * p[0]
      return x > Math.max(canalRadius, 0.006) && x < canalRadius + 0.016 && p[2] < canal[2] + 0.5 * canalRadius && p[2] > canal[2] - canalRadius - 0.015
    })
    const base = add(canal, [s * (canalRadius + 0.004), up * 0.004, -0.4 * canalRadius])
    return [base, near.reduce((a, p) => (up * p[1] > up * a[1] ? p : a), base)]
  }
  return {
    body: [[0, ylo, zb], [0, yhi, zb]],
    bodyRadius: (zFront - bodyBack) / 2,
    canal,
    canalRadius,
    spinous: [add(canal, [0, 0, -(canalRadius + 0.004)]), tip],
    transverse: [lateral(1), lateral(-1)],
    articular: [articular(1, 1), articular(1, -1), articular(-1, 1), articular(-1, -1)],
  }
}

/** Points round the spinal canal from `from` to `to` (radians from straight back, towards the left). */
function arc(g: VertebraGuides, from: number, to: number, n: number): V3[] {
  const r = g.canalRadius + 0.004
  return Array.from({ length: n }, (_, i) => {
    const a = from + ((to - from) * i) / (n - 1)
    return add(g.canal, [r * Math.sin(a), 0, -r * Math.cos(a)])
  })
}

const vertebraParts = (atlas: boolean): PartSpec[] => {
  const g = (c: BoneContext) => vertebraGuides(c)
  const deg = Math.PI / 180
  const processes: PartSpec[] = [
    tube('spinous process', 5, 8, (c) => [...g(c).spinous], (c) => curve(g(c).spinous, 0.004)),
    tube('transverse process (left)', 4, 8, (c) => [...g(c).transverse[0]], (c) => curve(g(c).transverse[0], 0.004)),
    tube('transverse process (right)', 4, 8, (c) => [...g(c).transverse[1]], (c) => curve(g(c).transverse[1], 0.004)),
  ]
  if (atlas) {
    // The atlas has no body: a ring of anterior arch, lateral masses and posterior arch.
    return [tube('ring', 16, 8, (c) => arc(g(c), -170 * deg, 170 * deg, 17), (c) => curve(arc(g(c), -175 * deg, 175 * deg, 36), 0.004)), ...processes]
  }
  const articular = ['superior (left)', 'inferior (left)', 'superior (right)', 'inferior (right)'].map((name, i) =>
    tube(`${name} articular process`, 3, 6, (c) => [...g(c).articular[i]!], (c) => curve(g(c).articular[i]!, 0.003)),
  )
  return [
    tube('body', 3, 10, (c) => [...g(c).body], (c) => curve(g(c).body, g(c).bodyRadius)),
    tube('arch', 8, 8, (c) => arc(g(c), -105 * deg, 105 * deg, 9), (c) => curve(arc(g(c), -105 * deg, 105 * deg, 15), 0.004)),
    ...processes,
    ...articular,
  ]
}

const spine: BoneSpec[] = [
  ...VERTEBRAE.map(([id, mesh]): BoneSpec => ({
    id: `vertebra-${id}`,
    name: `${mesh} (${id.toUpperCase()})`,
    paired: false,
    file: 'spine',
    pieces: [single(mesh, ...vertebraParts(id === 'c1'))],
  })),
  {
    id: 'sacrum',
    name: 'Sacrum',
    paired: false,
    file: 'spine',
    pieces: [single('Sacrum', plate('sacrum', [0, 0, -1], DOWN, 12, 10))],
  },
]

// ---- thorax ----
const thorax: BoneSpec[] = ORDINAL.map((o, i) => ({
  id: `rib-${i + 1}`,
  name: `${cap(o)} rib`,
  paired: true,
  file: 'thorax',
  pieces: [single(`Left ${o} rib`, tube('rib', i === 0 ? 10 : 14, 8, 'geodesic'))],
}))

// ---- upper limb ----
const glenoidCentre = (c: BoneContext) => add(c.L('glenohumeral'), [-0.03, -0.002, -0.004])
const FINGERS = ['thumb', 'index finger', 'middle finger', 'ring finger', 'little finger']
const CARPALS = ['scaphoid', 'lunate', 'triquetral', 'pisiform', 'trapezium', 'trapezoid', 'capitate', 'hamate']

const hand: PieceSpec[] = [
  ...CARPALS.map((b) => single(`Left ${b}`, radial(b, 1))),
  ...FINGERS.map((_, i) => single(`Left ${ORDINAL[i]} metacarpal bone`, tube(`metacarpal-${i + 1}`, 7, 8))),
  ...FINGERS.flatMap((f, i) =>
    (i === 0 ? ['Proximal', 'Distal'] : ['Proximal', 'Middle', 'Distal']).map((p) =>
      single(`${p} phalanx of left ${f}`, tube(`${p.toLowerCase()}-phalanx-${i + 1}`, 5, 8)),
    ),
  ),
]

const upperLimb: BoneSpec[] = [
  { id: 'clavicle', name: 'Clavicle', paired: true, file: 'upper-limb', pieces: [single('Left clavicle', tube('clavicle', 12, 10, 'geodesic'))] },
  {
    id: 'scapula',
    name: 'Scapula',
    paired: true,
    file: 'upper-limb',
    pieces: [
      single(
        'Left scapula',
        plate('blade', [0.3, 0, -1], DOWN, 12, 9, (c) => ({
          kind: 'patch',
          corners: [c.L('scapula-superior-angle'), c.L('scapula-spine-root'), c.L('scapula-inferior-angle'), add(glenoidCentre(c), [0, -0.03, 0])],
        })),
        tube('spine and acromion', 10, 10, (c) => [
          add(c.L('scapula-spine-root'), [0, 0, -0.006]),
          add(lerp(c.L('scapula-spine-root'), c.L('acromion'), 0.5), [0, 0.004, -0.018]),
          c.L('acromion'),
        ], (c) => curve([add(c.L('scapula-spine-root'), [0.01, 0.004, -0.012]), add(lerp(c.L('scapula-spine-root'), c.L('acromion'), 0.5), [0, 0.006, -0.022]), c.L('acromion')], 0.006)),
        tube('coracoid', 6, 8, (c) => [add(c.L('glenohumeral'), [-0.028, 0.026, 0.004]), c.L('coracoid')], (c) => curve([add(c.L('glenohumeral'), [-0.028, 0.026, 0.004]), c.L('coracoid')], 0.006)),
        radial('glenoid', 2, glenoidCentre, (c) => ({ kind: 'point', at: glenoidCentre(c), radius: 0.012 })),
      ),
    ],
  },
  { id: 'humerus', name: 'Humerus', paired: true, file: 'upper-limb', pieces: [single('Left humerus', tube('humerus', 16, 12))] },
  { id: 'radius', name: 'Radius', paired: true, file: 'upper-limb', pieces: [single('Left radius', tube('radius', 14, 10))] },
  { id: 'ulna', name: 'Ulna', paired: true, file: 'upper-limb', pieces: [single('Left ulna', tube('ulna', 14, 10))] },
  { id: 'hand', name: 'Bones of the hand', paired: true, file: 'upper-limb', pieces: hand },
]

// ---- lower limb ----
const TOES = ['big toe', 'second toe', 'third toe', 'fourth toe', 'little toe']
const TARSALS: [mesh: string, level: number][] = [
  ['Left talus', 2],
  ['Left calcaneus', 2],
  ['Navicular bone of left foot', 1],
  ['Left cuboid bone', 1],
  ['Left medial cuneiform bone', 1],
  ['Left intermediate cuneiform bone', 1],
  ['Left lateral cuneiform bone', 1],
]
const foot: PieceSpec[] = [
  ...TARSALS.map(([m, level]) => single(m, radial(m.replace(/^Left |bone of left foot| bone$/g, '').trim(), level))),
  ...TOES.map((_, i) => single(`Left ${ORDINAL[i]} metatarsal bone`, tube(`metatarsal-${i + 1}`, 7, 8))),
  ...TOES.flatMap((t, i) =>
    (i === 0 ? ['Proximal', 'Distal'] : ['Proximal', 'Middle', 'Distal']).map((p) =>
      single(`${p} phalanx of left ${t}`, tube(`${p.toLowerCase()}-phalanx-${i + 1}`, p === 'Proximal' ? 5 : 4, 8)),
    ),
  ),
]

const symphysis = (c: BoneContext, down: number): V3 => {
  const s = c.L('pubic-symphysis')
  return [0.006, s[1] - down, s[2] - 0.25 * down]
}

/** The femoral neck, from the head's centre to where it meets the shaft below the greater trochanter. */
const femoralNeck = (c: BoneContext): V3[] => [c.L('hip-joint'), add(lerp(c.L('hip-joint'), c.L('greater-trochanter'), 0.62), [0, -0.012, 0])]
/** The shaft, from between the condyles up through the greater trochanter. */
const femoralShaft = (c: BoneContext): V3[] => [
  lerp(c.L('femur-lateral-epicondyle'), c.L('femur-medial-epicondyle'), 0.5),
  add(c.L('greater-trochanter'), [-0.012, -0.03, 0]),
  add(c.L('greater-trochanter'), [-0.006, 0, 0]),
]
/** Bone round the acetabulum, a little medial to the femoral head's centre. */
const acetabulum = (c: BoneContext): V3 => add(c.L('hip-joint'), [-0.014, 0.004, -0.004])
/**
 * The ring of bone round the obturator foramen: superior pubic ramus from the acetabulum to the symphysis, down the
 * symphysis, the ischiopubic ramus back to the ischial tuberosity, and the ischium up to the acetabulum.
 */
const obturatorRing = (c: BoneContext): V3[] => [
  add(c.L('hip-joint'), [-0.018, -0.006, 0.024]),
  c.L('pubic-tubercle'),
  symphysis(c, 0.012),
  symphysis(c, 0.04),
  lerp(symphysis(c, 0.045), c.L('ischial-tuberosity'), 0.5),
  add(c.L('ischial-tuberosity'), [0, 0.004, 0]),
  add(c.L('hip-joint'), [-0.01, -0.035, -0.022]),
]

const lowerLimb: BoneSpec[] = [
  {
    id: 'hip-bone',
    name: 'Hip bone',
    paired: true,
    file: 'lower-limb',
    pieces: [
      single(
        'Left hip bone',
        plate('ilium', [1, 0, 0.2], DOWN, 14, 11, (c) => ({
          kind: 'patch',
          corners: [c.L('iliac-crest'), c.L('asis'), add(c.L('hip-joint'), [0, 0.04, -0.01]), c.L('psis')],
        })),
        radial('acetabulum', 2, acetabulum, (c) => ({ kind: 'point', at: acetabulum(c), radius: 0.022 })),
        tube('pubis and ischium', 20, 10, obturatorRing, (c) => curve(obturatorRing(c), 0.008)),
      ),
    ],
  },
  {
    id: 'femur',
    name: 'Femur',
    paired: true,
    file: 'lower-limb',
    pieces: [
      single(
        'Left femur',
        radial('head', 2, (c) => c.L('hip-joint'), (c) => ({ kind: 'point', at: c.L('hip-joint'), radius: 0.021 })),
        tube('neck', 5, 10, femoralNeck, (c) => curve(femoralNeck(c), 0.013)),
        tube('shaft', 24, 12, femoralShaft, (c) => curve(femoralShaft(c), 0.013)),
      ),
    ],
  },
  { id: 'patella', name: 'Patella', paired: true, file: 'lower-limb', pieces: [single('Left patella', radial('patella', 2))] },
  { id: 'tibia', name: 'Tibia', paired: true, file: 'lower-limb', pieces: [single('Left tibia', tube('tibia', 16, 12))] },
  { id: 'fibula', name: 'Fibula', paired: true, file: 'lower-limb', pieces: [single('Left fibula', tube('fibula', 14, 8))] },
  { id: 'foot', name: 'Bones of the foot', paired: true, file: 'lower-limb', pieces: foot },
]

export const BONE_SPECS: readonly BoneSpec[] = [...skull, ...spine, ...thorax, ...upperLimb, ...lowerLimb]

