/**
 * Measures the named skeletal landmarks (docs/ids.md, "Landmarks") on the bone meshes of the BodyParts3D reference
 * and writes data/anatomy/landmarks.ts.
 *
 *   npx tsx scripts/measure-landmarks.ts           measure, print a table, write the file
 *   npx tsx scripts/measure-landmarks.ts --check   exit 1 when the file on disk differs from what would be written
 *
 * Every landmark has one rule below, with a comment saying what it measures. The rules use only extreme points
 * along a direction, centroids of vertex subsets, least-squares sphere fits and (for the orbit and the ear canal)
 * the rim of a basin in a 1 mm height map; the temple also reads the left temporalis muscle mesh, whose outline is
 * that of the temporal fossa. Paired landmarks are measured on the LEFT bones (x > 0); midline ones get x = 0.
 * Coordinates are canonical metres (scripts/reference/frame.ts), rounded to 0.1 mm. The landmark list is checked
 * against docs/ids.md.
 *
 * The reference lacks the sternum, the costal cartilages, the coccyx and the skin: the landmarks that depend on
 * them are estimates from the neighbouring bones, said so in their comment and their name.
 *
 * Only figures leave this script; the meshes never do (see the reference README's usage rule).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import type { Landmark, Vec3 } from '../data/schema'
import { REFERENCE_CREDIT, REFERENCE_LICENCE } from './reference/frame'
import { readReferenceMesh, referenceDir } from './reference/stl'

const ROOT = resolve(import.meta.dirname, '..')
const OUT = join(ROOT, 'data/anatomy/landmarks.ts')

type P = readonly [number, number, number]
type Pred = (p: P) => boolean
const X = 0
const Y = 1
const Z = 2
const MM = 0.001

// ---------------------------------------------------------------------------------------------------------------
// Mesh access

/** FMA ids of the bone meshes by their manifest name ("Left temporal bone"). */
const FMA_BY_NAME = (() => {
  const map = new Map<string, string>()
  const lines = readFileSync(join(referenceDir(), 'manifest.csv'), 'utf8').split(/\r?\n/).slice(1)
  for (const line of lines) {
    const [fma, name, , kind, present] = line.split(',')
    if (fma && name && kind === 'bone' && present === 'yes') map.set(name, fma)
  }
  return map
})()

interface Mesh {
  /** Distinct vertices, in file order. */
  readonly pts: readonly P[]
  /** The triangles sampled every ≤ 1 mm (for height maps), built on demand. */
  dense(): readonly P[]
}

const meshCache = new Map<string, Mesh>()

function loadMesh(kind: 'bones' | 'muscles', fma: string): Mesh {
  const key = `${kind}/${fma}`
  const hit = meshCache.get(key)
  if (hit) return hit
  const soup = readReferenceMesh(kind, fma)
  const seen = new Set<string>()
  const pts: P[] = []
  for (let i = 0; i < soup.length; i += 3) {
    const p: P = [soup[i]!, soup[i + 1]!, soup[i + 2]!]
    const k = `${p[0]},${p[1]},${p[2]}`
    if (seen.has(k)) continue
    seen.add(k)
    pts.push(p)
  }
  let dense: P[] | undefined
  const mesh: Mesh = {
    pts,
    dense() {
      dense ??= sampleTriangles(soup, MM)
      return dense
    },
  }
  meshCache.set(key, mesh)
  return mesh
}

/** A bone by its manifest name. */
function bone(name: string): Mesh {
  const fma = FMA_BY_NAME.get(name)
  if (!fma) throw new Error(`no bone mesh named "${name}" in the reference manifest`)
  return loadMesh('bones', fma)
}

/** Points on every triangle of a soup, on a barycentric grid no coarser than `step`. */
function sampleTriangles(soup: Float64Array, step: number): P[] {
  const out: P[] = []
  for (let t = 0; t < soup.length; t += 9) {
    const a: P = [soup[t]!, soup[t + 1]!, soup[t + 2]!]
    const b: P = [soup[t + 3]!, soup[t + 4]!, soup[t + 5]!]
    const c: P = [soup[t + 6]!, soup[t + 7]!, soup[t + 8]!]
    const n = Math.max(1, Math.ceil(Math.max(dist(a, b), dist(b, c), dist(c, a)) / step))
    for (let i = 0; i <= n; i++) {
      for (let j = 0; j <= n - i; j++) {
        const u = i / n
        const v = j / n
        const w = 1 - u - v
        out.push([a[0] * w + b[0] * u + c[0] * v, a[1] * w + b[1] * u + c[1] * v, a[2] * w + b[2] * u + c[2] * v])
      }
    }
  }
  return out
}

// ---------------------------------------------------------------------------------------------------------------
// Geometry helpers

const add = (a: P, b: P): P => [a[0] + b[0], a[1] + b[1], a[2] + b[2]]
const sub = (a: P, b: P): P => [a[0] - b[0], a[1] - b[1], a[2] - b[2]]
const scale = (a: P, s: number): P => [a[0] * s, a[1] * s, a[2] * s]
const dot = (a: P, b: P): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
const dist = (a: P, b: P): number => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2])
const unit = (a: P): P => scale(a, 1 / Math.hypot(a[0], a[1], a[2]))
const mid = (a: P, b: P): P => scale(add(a, b), 0.5)
const withAxis = (p: P, axis: number, v: number): P => [axis === X ? v : p[0], axis === Y ? v : p[1], axis === Z ? v : p[2]]
const onMidline = (p: P): P => withAxis(p, X, 0)
const mirror = (p: P): P => [-p[0], p[1], p[2]]

const UP: P = [0, 1, 0]
const DOWN: P = [0, -1, 0]
const FRONT: P = [0, 0, 1]
const BACK: P = [0, 0, -1]
const LATERAL: P = [1, 0, 0] // left side: lateral is +x
const MEDIAL: P = [-1, 0, 0]

function select(pts: readonly P[], keep: Pred, what: string): P[] {
  const out = pts.filter(keep)
  if (out.length === 0) throw new Error(`no vertices selected for ${what}`)
  return out
}

/** The vertex furthest along `dir` (the first one on a tie, so the result only depends on the file). */
function extreme(pts: readonly P[], dir: P): P {
  let best: P | undefined
  let bestV = -Infinity
  for (const p of pts) {
    const v = dot(p, dir)
    if (v > bestV) {
      bestV = v
      best = p
    }
  }
  if (!best) throw new Error('extreme of an empty set')
  return best
}

function centroid(pts: readonly P[]): P {
  if (pts.length === 0) throw new Error('centroid of an empty set')
  let s: P = [0, 0, 0]
  for (const p of pts) s = add(s, p)
  return scale(s, 1 / pts.length)
}

/** Range of the vertices along `dir`: [min, max] of p·dir. */
function extent(pts: readonly P[], dir: P): [number, number] {
  let lo = Infinity
  let hi = -Infinity
  for (const p of pts) {
    const v = dot(p, dir)
    lo = Math.min(lo, v)
    hi = Math.max(hi, v)
  }
  return [lo, hi]
}

/** Vertices whose projection on `dir` lies in [from, to] as fractions of the bone's extent along it (0 = min end). */
function band(pts: readonly P[], dir: P, from: number, to: number): P[] {
  const [lo, hi] = extent(pts, dir)
  return select(pts, (p) => {
    const t = (dot(p, dir) - lo) / (hi - lo)
    return t >= from && t <= to
  }, 'a band')
}

/** Vertices within `r` metres of the extreme vertex along `dir`, measured along `dir`. */
function cap(pts: readonly P[], dir: P, r: number): P[] {
  const top = dot(extreme(pts, dir), dir)
  return pts.filter((p) => dot(p, dir) >= top - r)
}

/** Solves a small dense linear system (Gaussian elimination with partial pivoting). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length
  const m = a.map((row, i) => [...row, b[i]!])
  for (let c = 0; c < n; c++) {
    let piv = c
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[piv]![c]!)) piv = r
    ;[m[c], m[piv]] = [m[piv]!, m[c]!]
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / m[c]![c]!
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!
    }
  }
  const x = new Array<number>(n).fill(0)
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!
    for (let k = r + 1; k < n; k++) s -= m[r]![k]! * x[k]!
    x[r] = s / m[r]![r]!
  }
  return x
}

/** Least-squares sphere through the points (algebraic fit: |p|² = 2c·p + k). */
function fitSphere(pts: readonly P[]): { centre: P; radius: number } {
  const ata = [0, 1, 2, 3].map(() => [0, 0, 0, 0])
  const atb = [0, 0, 0, 0]
  for (const p of pts) {
    const row = [2 * p[0], 2 * p[1], 2 * p[2], 1]
    const rhs = dot(p, p)
    for (let i = 0; i < 4; i++) {
      atb[i]! += row[i]! * rhs
      for (let j = 0; j < 4; j++) ata[i]![j]! += row[i]! * row[j]!
    }
  }
  const [cx, cy, cz, k] = solve(ata, atb) as [number, number, number, number]
  const centre: P = [cx, cy, cz]
  return { centre, radius: Math.sqrt(k + dot(centre, centre)) }
}

/**
 * Sphere fitted to an articular head: start from `seed` (vertices roughly on the head), then refit a few times to
 * the vertices of `pts` lying within `tol` of the current sphere and on the side of the centre that `facing` points to.
 */
function fitHead(pts: readonly P[], seed: readonly P[], facing: P, tol: number): { centre: P; radius: number } {
  let s = fitSphere(seed)
  for (let it = 0; it < 8; it++) {
    const near = pts.filter((p) => Math.abs(dist(p, s.centre) - s.radius) < tol && dot(sub(p, s.centre), facing) > -0.3 * s.radius)
    s = fitSphere(near)
  }
  return s
}

/**
 * The opening of a bony basin seen along `view` (an axis and its sign): the orbit from the front, the external
 * acoustic meatus from the side. Builds a 1 mm height map of `pts` (the highest point along the view in each cell)
 * over a square of half-size `half` around `guess`, floods it from the deepest cell within `seedR` of the guess,
 * always taking the lowest neighbouring cell, until the flood reaches the edge of the map: the level it had to rise
 * to is the lowest pass of the rim, and the basin is every cell flooded before that level. Returns the rim (the
 * cells bordering the basin, at their height) and its centroid, i.e. the centre of the opening in its rim's plane.
 */
function opening(pts: readonly P[], axis: number, sign: 1 | -1, guess: P, half: number, seedR: number): { centre: P; rim: P[] } {
  const [ua, va] = axis === X ? [Z, Y] : axis === Y ? [X, Z] : [X, Y]
  const cell = MM
  const n = Math.round((2 * half) / cell)
  const u0 = guess[ua]! - half
  const v0 = guess[va]! - half
  const h = new Float64Array(n * n).fill(-Infinity)
  for (const p of pts) {
    const i = Math.floor((p[ua]! - u0) / cell)
    const j = Math.floor((p[va]! - v0) / cell)
    if (i < 0 || j < 0 || i >= n || j >= n) continue
    const d = sign * p[axis]!
    if (d > h[j * n + i]!) h[j * n + i] = d
  }
  // Empty cells (no bone along the line of sight) count as deeper than any bone.
  let lowest = Infinity
  for (const d of h) if (d > -Infinity) lowest = Math.min(lowest, d)
  const depth = (k: number): number => (h[k]! > -Infinity ? h[k]! : lowest - 1)

  // Seed: the deepest cell near the guess (first in scan order on a tie).
  const gi = (guess[ua]! - u0) / cell
  const gj = (guess[va]! - v0) / cell
  const r = seedR / cell
  let seed = -1
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      if (Math.hypot(i - gi, j - gj) > r) continue
      const k = j * n + i
      if (seed < 0 || depth(k) < depth(seed)) seed = k
    }
  }

  // Priority flood (binary heap on depth, then cell index, for a deterministic order).
  const heap: number[] = []
  const less = (a: number, b: number): boolean => depth(a) < depth(b) || (depth(a) === depth(b) && a < b)
  const push = (k: number): void => {
    heap.push(k)
    let c = heap.length - 1
    while (c > 0) {
      const p = (c - 1) >> 1
      if (!less(heap[c]!, heap[p]!)) break
      ;[heap[c], heap[p]] = [heap[p]!, heap[c]!]
      c = p
    }
  }
  const pop = (): number => {
    const top = heap[0]!
    const last = heap.pop()!
    if (heap.length > 0) {
      heap[0] = last
      let c = 0
      for (;;) {
        const l = 2 * c + 1
        const rr = l + 1
        let m = c
        if (l < heap.length && less(heap[l]!, heap[m]!)) m = l
        if (rr < heap.length && less(heap[rr]!, heap[m]!)) m = rr
        if (m === c) break
        ;[heap[c], heap[m]] = [heap[m]!, heap[c]!]
        c = m
      }
    }
    return top
  }
  const queued = new Uint8Array(n * n)
  const order: number[] = []
  push(seed)
  queued[seed] = 1
  let level = -Infinity
  let firstAtLevel = 0
  for (;;) {
    const k = pop()
    const i = k % n
    const j = (k - i) / n
    if (depth(k) > level) {
      level = depth(k)
      firstAtLevel = order.length
    }
    if (i === 0 || j === 0 || i === n - 1 || j === n - 1) break
    order.push(k)
    for (const [di, dj] of [[1, 0], [-1, 0], [0, 1], [0, -1]] as const) {
      const nk = (j + dj) * n + (i + di)
      if (!queued[nk]) {
        queued[nk] = 1
        push(nk)
      }
    }
  }
  const basin = new Uint8Array(n * n)
  for (let q = 0; q < firstAtLevel; q++) basin[order[q]!] = 1
  const rim: P[] = []
  for (let k = 0; k < n * n; k++) {
    if (basin[k] || h[k] === -Infinity) continue
    const i = k % n
    const j = (k - i) / n
    const touches = [[1, 0], [-1, 0], [0, 1], [0, -1]].some(([di, dj]) => {
      const ii = i + di!
      const jj = j + dj!
      return ii >= 0 && jj >= 0 && ii < n && jj < n && basin[jj * n + ii] === 1
    })
    if (!touches) continue
    const q: [number, number, number] = [0, 0, 0]
    q[ua] = u0 + (i + 0.5) * cell
    q[va] = v0 + (j + 0.5) * cell
    q[axis] = sign * h[k]!
    rim.push(q)
  }
  return { centre: centroid(rim), rim }
}

/** Axis of a long bone from the centroid of `from` to that of `to` (e.g. a metacarpal → its proximal phalanx). */
function axisBetween(from: Mesh, to: Mesh): P {
  return unit(sub(centroid(to.pts), centroid(from.pts)))
}

/** Head of a metacarpal or metatarsal: centroid of its distal 15 %, along the axis towards its proximal phalanx. */
function boneHead(metacarpal: Mesh, phalanx: Mesh): P {
  return centroid(band(metacarpal.pts, axisBetween(metacarpal, phalanx), 0.85, 1))
}

/** Tip of a distal phalanx: its furthest vertex along the axis from the previous phalanx. */
function phalanxTip(previous: Mesh, distal: Mesh): P {
  return extreme(distal.pts, axisBetween(previous, distal))
}

/**
 * Anterior end of a rib, given on the left side: centroid of the vertices within 8 mm of the vertex furthest from the
 * rib's head (its vertex nearest the midline). A right rib is mirrored first.
 */
function ribEnd(rib: Mesh, side: 'left' | 'right'): P {
  const pts = side === 'left' ? rib.pts : rib.pts.map(mirror)
  const head = extreme(pts, MEDIAL)
  let far = pts[0]!
  for (const p of pts) if (dist(p, head) > dist(far, head)) far = p
  return centroid(pts.filter((p) => dist(p, far) < 8 * MM))
}

// ---------------------------------------------------------------------------------------------------------------
// The bones (left side for paired ones)

const RIB_NAMES = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth']
const rib = (n: number, side: 'left' | 'right' = 'left'): Mesh => bone(`${side === 'left' ? 'Left' : 'Right'} ${RIB_NAMES[n - 1]} rib`)
const FINGER = ['thumb', 'index finger', 'middle finger', 'ring finger', 'little finger']
const ORDINAL = ['first', 'second', 'third', 'fourth', 'fifth']
const TOE = ['big toe', 'second toe', 'third toe', 'fourth toe', 'little toe']
const metacarpal = (n: number): Mesh => bone(`Left ${ORDINAL[n - 1]} metacarpal bone`)
const metatarsal = (n: number): Mesh => bone(`Left ${ORDINAL[n - 1]} metatarsal bone`)
const fingerPhalanx = (n: number, which: 'Proximal' | 'Middle' | 'Distal'): Mesh => bone(`${which} phalanx of left ${FINGER[n - 1]}`)
const toePhalanx = (n: number, which: 'Proximal' | 'Middle' | 'Distal'): Mesh => bone(`${which} phalanx of left ${TOE[n - 1]}`)

const VERTEBRA: Record<string, string> = {
  c7: 'Seventh cervical vertebra',
  t4: 'Fourth thoracic vertebra',
  t7: 'Seventh thoracic vertebra',
  t12: 'Twelfth thoracic vertebra',
  l3: 'Third lumbar vertebra',
  l4: 'Fourth lumbar vertebra',
  l5: 'Fifth lumbar vertebra',
}
const vertebra = (v: string): Mesh => bone(VERTEBRA[v]!)

const left = (p: P): boolean => p[X] > 0
const nearMidline = (mm: number): Pred => (p) => Math.abs(p[X]) < mm * MM

// ---------------------------------------------------------------------------------------------------------------
// The rules. Measured in an order where later rules may use earlier results; written out in the ids.md order.

const at = new Map<string, P>()
const put = (id: string, p: P): P => {
  at.set(id, p)
  return p
}
const got = (id: string): P => {
  const p = at.get(id)
  if (!p) throw new Error(`landmark ${id} used before it was measured`)
  return p
}

function measure(): void {
  // ---- skull ----
  const frontal = bone('Frontal bone')
  const temporal = bone('Left temporal bone')
  const zygomatic = bone('Left zygomatic bone')
  const maxilla = bone('Left maxilla')
  const mandible = bone('Mandible')
  const mandLeft = select(mandible.pts, left, 'left mandible')

  // vertex: highest point of the parietal bones within 10 mm of the midline.
  const parietals = [...bone('Left parietal bone').dense(), ...bone('Right parietal bone').dense()]
  put('vertex', onMidline(extreme(select(parietals, nearMidline(10), 'vertex'), UP)))
  // nasion: top of the nasal bones, where they meet the frontal bone (frontonasal suture).
  put('nasion', onMidline(extreme([...bone('Left nasal bone').pts, ...bone('Right nasal bone').pts], UP)))
  // orbit: centre of the orbital opening = rim centroid of the orbit basin in the front height map of the face bones,
  // seeded within 8 mm of the midpoint between the lacrimal and zygomatic bones' centroids.
  const face = ['Frontal bone', 'Left zygomatic bone', 'Left maxilla', 'Left lacrimal bone', 'Ethmoid', 'Sphenoid bone', 'Left nasal bone', 'Left palatine bone']
  const orbit = opening(face.flatMap((n) => bone(n).dense()), Z, 1, mid(centroid(bone('Left lacrimal bone').pts), centroid(zygomatic.pts)), 35 * MM, 8 * MM)
  put('orbit', orbit.centre)
  // glabella: the front of the frontal bone on the midline (within 2 mm) at the height of the supraorbital margins
  // (the top of the orbit's rim), i.e. between the eyebrows. This skull's midline profile has no distinct brow bump
  // (the forehead is flat from 1.5 to 3.5 cm above the nasion), so "most anterior point" alone would be ill-defined.
  {
    const browY = extreme(orbit.rim, UP)[Y]
    put('glabella', onMidline(extreme(select(frontal.dense(), (p) => nearMidline(2)(p) && Math.abs(p[Y] - browY) < 1 * MM, 'glabella'), FRONT)))
  }
  // inion: the external occipital protuberance, where the nuchal plane of the occipital bone (sloping about 60° from
  // vertical) meets the upright occipital plane = the point of the occipital midline (within 2 mm) furthest along the
  // bisector of their outward normals, 30° below straight back. (The most posterior point, the opisthocranion, lies
  // 3–4 cm higher on this smooth skull; the semispinalis capitis, which inserts just below the superior nuchal line,
  // reaches up to 1.5 cm below the point found.)
  put('inion', onMidline(extreme(select(bone('Occipital bone').dense(), nearMidline(2), 'inion'), [0, -Math.sin(Math.PI / 6), -Math.cos(Math.PI / 6)])))
  // menton: lowest point of the mandible within 2 mm of the midline.
  put('menton', onMidline(extreme(select(mandible.dense(), nearMidline(2), 'menton'), DOWN)))
  // hyoid: most anterior point of the body of the hyoid (within 2 mm of the midline).
  put('hyoid', onMidline(extreme(select(bone('Hyoid bone').dense(), nearMidline(2), 'hyoid'), FRONT)))
  // frontal-eminence: the point of the left frontal bone furthest along a direction 30° lateral and 30° upward of
  // straight ahead, i.e. where its surface faces that way: the frontal tuber.
  put('frontal-eminence', extreme(select(frontal.pts, left, 'left frontal'), unit([Math.sin(Math.PI / 6), Math.sin(Math.PI / 6), Math.cos(Math.PI / 6)])))

  // tmj: top of the mandibular condyle = highest point of the left mandible within 15 mm of its back (the condyle;
  // the coronoid process lies 3 cm further forward).
  const mandBack = extent(mandLeft, FRONT)[0]
  put('tmj', extreme(select(mandLeft, (p) => p[Z] < mandBack + 15 * MM, 'condyle'), UP))
  // ear: centre of the opening of the external acoustic meatus = rim centroid of the pit seen from the side in the
  // temporal bone's height map, seeded within 6 mm of a point 10 mm behind the condyle top.
  put('ear', opening(temporal.dense(), X, 1, add(got('tmj'), [0, 0, -10 * MM]), 20 * MM, 6 * MM).centre)
  // mastoid: tip of the mastoid process = lowest point of the temporal bone behind the meatus and lateral to a
  // plane 15 mm medial to it (which leaves out the styloid process).
  put('mastoid', extreme(select(temporal.pts, (p) => p[Z] < got('ear')[Z] - 5 * MM && p[X] > got('ear')[X] - 15 * MM, 'mastoid'), DOWN))
  // zygomatic-arch: most lateral point of the arch (temporal + zygomatic bones) in front of the meatus and within
  // 10 mm of its height (higher up, the squama bulges further out).
  const arch = select([...temporal.pts, ...zygomatic.pts], (p) => p[Z] > got('ear')[Z] + 10 * MM && Math.abs(p[Y] - got('ear')[Y]) < 10 * MM, 'zygomatic arch')
  put('zygomatic-arch', extreme(arch, LATERAL))
  // temple: centre of the temporal fossa, on the side of the skull. The fossa's outline is that of the temporalis
  // muscle (the reference's left temporalis, FMA49008): the superior temporal line above, the zygomatic arch below.
  // z = centroid of the muscle's side-view area above the arch; y = midway between the top of the arch and the top of
  // the muscle at that z; the point is the most lateral skull surface there (the squamous part of the temporal bone).
  {
    const archTop = extreme(select(arch, (p) => p[X] > got('zygomatic-arch')[X] - 3 * MM, 'arch top'), UP)[Y]
    const temporalis = select(loadMesh('muscles', 'FMA49008').dense(), (p) => p[Y] > archTop, 'temporalis')
    const cells = new Set<string>()
    let sz = 0
    for (const p of temporalis) {
      const key = `${Math.floor(p[Z] / MM)},${Math.floor(p[Y] / MM)}`
      if (cells.has(key)) continue
      cells.add(key)
      sz += (Math.floor(p[Z] / MM) + 0.5) * MM
    }
    const cz = sz / cells.size
    const line = extreme(select(temporalis, (p) => Math.abs(p[Z] - cz) < 2 * MM, 'superior temporal line'), UP)[Y]
    const cy = (archTop + line) / 2
    const skull = [...temporal.dense(), ...bone('Left parietal bone').dense(), ...frontal.dense(), ...bone('Sphenoid bone').dense()]
    put('temple', extreme(select(skull, (p) => Math.hypot(p[Y] - cy, p[Z] - cz) < 1 * MM, 'temple'), LATERAL))
  }
  // mandible-angle: gonion = the point of the left mandible furthest down-and-back (along the bisector (0, −1, −1)).
  put('mandible-angle', extreme(mandLeft, unit([0, -1, -1])))
  // upper-molar: alveolar process at the first molar. The alveolar part of the left maxilla is its vertices within
  // 6 mm of its lowest point; the first molar sits 60 % of the way from its front end (incisors) to its back end
  // (tuberosity); the landmark is the lowest maxilla vertex within 2 mm of that depth.
  {
    const lowest = extreme(maxilla.pts, DOWN)[Y]
    const alv = select(maxilla.pts, (p) => p[X] > 0 && p[Y] < lowest + 6 * MM, 'alveolar process')
    const [back, front] = extent(alv, FRONT)
    const zm = front - 0.6 * (front - back)
    put('upper-molar', extreme(select(alv, (p) => Math.abs(p[Z] - zm) < 2 * MM, 'upper molar'), DOWN))
  }
  // lower-molar: alveolar process of the mandible at the first molar = highest mandible vertex within 6 mm (in x and
  // z) of the upper molar (the teeth occlude).
  {
    const um = got('upper-molar')
    put('lower-molar', extreme(select(mandLeft, (p) => Math.hypot(p[X] - um[X], p[Z] - um[Z]) < 6 * MM, 'lower molar'), UP))
  }

  // ---- spine ----
  // c7 … l5 spinous: the most posterior point of that vertebra (the tip of its spinous process).
  for (const v of ['c7', 't4', 't7', 't12', 'l3', 'l5']) put(`${v}-spinous`, onMidline(extreme(vertebra(v).pts, BACK)))
  const sacrum = bone('Sacrum')
  const [sacLo, sacHi] = extent(sacrum.pts, UP)
  // s2: the median sacral crest one third of the way down the sacrum = most posterior vertex within 10 mm of the
  // midline and 5 mm of that height.
  {
    const ys = sacHi - (sacHi - sacLo) / 3
    put('s2', onMidline(extreme(select(sacrum.pts, (p) => nearMidline(10)(p) && Math.abs(p[Y] - ys) < 5 * MM, 's2'), BACK)))
  }
  // coccyx (ESTIMATE, no coccyx in the reference): 3 cm beyond the sacral apex (its lowest midline point), along
  // the sacrum's direction at the apex (from the centroid of the midline band 15–30 % up the sacrum to that of the
  // band 0–15 %).
  {
    const midl = select(sacrum.pts, nearMidline(10), 'sacral midline')
    const apex = extreme(midl, DOWN)
    const lowBand = centroid(band(midl, UP, 0, 0.15))
    const nextBand = centroid(band(midl, UP, 0.15, 0.3))
    put('coccyx', onMidline(add(apex, scale(unit(sub(lowBand, nextBand)), 30 * MM))))
  }

  // ---- shoulder girdle and chest ----
  const clavicle = bone('Left clavicle')
  const scapula = bone('Left scapula')
  const humerus = bone('Left humerus')
  // sternoclavicular: centre of the sternal end of the clavicle = centroid of its vertices within 8 mm of its most
  // medial point.
  const sternalEnd = (c: Mesh, dir: P): P => centroid(cap(c.pts, dir, 8 * MM))
  put('sternoclavicular', sternalEnd(clavicle, MEDIAL))
  // jugular-notch (ESTIMATE, no sternum in the reference): midway between the sternal ends of the two clavicles,
  // 1 cm lower (the notch lies between the clavicular notches of the manubrium, below the clavicle heads' tops).
  put('jugular-notch', onMidline(add(mid(got('sternoclavicular'), mirror(sternalEnd(bone('Right clavicle'), LATERAL))), [0, -10 * MM, 0])))
  // clavicle-mid: top of the clavicle at the middle of its span = highest vertex within 5 mm (in x) of the midpoint of
  // its x extent.
  {
    const [lo, hi] = extent(clavicle.pts, LATERAL)
    put('clavicle-mid', extreme(select(clavicle.pts, (p) => Math.abs(p[X] - (lo + hi) / 2) < 5 * MM, 'clavicle middle'), UP))
  }
  // glenohumeral: centre of a least-squares sphere fitted to the humeral head (seed: the top 30 mm of the humerus
  // medial to its top point; then refitted to the vertices within 2 mm of the sphere, on its medial/upper side).
  {
    const top = extreme(humerus.pts, UP)
    const seed = select(humerus.pts, (p) => p[Y] > top[Y] - 30 * MM && p[X] < top[X], 'humeral head')
    put('glenohumeral', fitHead(humerus.pts, seed, unit([-1, 1, 0]), 2 * MM).centre)
  }
  // acromion: most lateral point of the scapula above the glenohumeral centre (the acromion overhangs the joint).
  put('acromion', extreme(select(scapula.pts, (p) => p[Y] > got('glenohumeral')[Y], 'acromion'), LATERAL))
  // coracoid: tip of the coracoid process = most anterior point of the scapula.
  put('coracoid', extreme(scapula.pts, FRONT))
  // scapula-superior-angle: the top of the medial border = the scapula's point furthest up-and-medial (along (−1, 1, 0)).
  put('scapula-superior-angle', extreme(scapula.pts, unit([-1, 1, 0])))
  // scapula-inferior-angle: lowest point of the scapula.
  put('scapula-inferior-angle', extreme(scapula.pts, DOWN))
  // scapula-spine-root: where the spine meets the medial border = the most medial point of the scapula (the medial
  // border angles outwards there, slanting laterally both up to the superior angle and down to the inferior angle;
  // on this scapula the point is the medial end of the spine's crest, at the level of T3–T4).
  put('scapula-spine-root', extreme(scapula.pts, MEDIAL))

  // nipple (ESTIMATE, no skin or pectoralis major in the reference): 4th intercostal space at the midclavicular line,
  // 2 cm in front of the ribs. The midclavicular line is x of clavicle-mid; the space is midway between the lower
  // edge of the 4th rib and the upper edge of the 5th rib within 4 mm of that x on their front half; the depth is the
  // front of those two ribs there.
  {
    const mcl = got('clavicle-mid')[X]
    const front = (r: Mesh): P[] => {
      const [zlo, zhi] = extent(r.pts, FRONT)
      return select(r.pts, (p) => Math.abs(p[X] - mcl) < 4 * MM && p[Z] > (zlo + zhi) / 2, 'rib at the midclavicular line')
    }
    const r4 = front(rib(4))
    const r5 = front(rib(5))
    const y = (extreme(r4, DOWN)[Y] + extreme(r5, UP)[Y]) / 2
    const z = Math.max(extreme(r4, FRONT)[Z], extreme(r5, FRONT)[Z]) + 20 * MM
    put('nipple', [mcl, y, z])
  }
  // xiphoid (ESTIMATE, no sternum or costal cartilages in the reference): on the midline at the height of the 7th
  // ribs' anterior ends, as far forward as the mean of the 6th and 7th ribs' anterior ends (their cartilages reach
  // the sternum at the xiphisternal junction); both sides averaged.
  {
    const ends = [6, 7].flatMap((n) => [ribEnd(rib(n), 'left'), ribEnd(rib(n, 'right'), 'right')])
    const y7 = (ribEnd(rib(7), 'left')[Y] + ribEnd(rib(7, 'right'), 'right')[Y]) / 2
    put('xiphoid', [0, y7, centroid(ends)[Z]])
  }
  // costal-margin (ESTIMATE, no costal cartilages in the reference): lowest point of the 10th rib's front half.
  {
    const r10 = rib(10)
    const [zlo, zhi] = extent(r10.pts, FRONT)
    put('costal-margin', extreme(select(r10.pts, (p) => p[Z] > (zlo + zhi) / 2, '10th rib front'), DOWN))
  }

  // ---- arm and hand ----
  const radius = bone('Left radius')
  const ulna = bone('Left ulna')
  // humerus epicondyles: most lateral / most medial point of the humerus's lowest 12 %.
  const distalHumerus = band(humerus.pts, UP, 0, 0.12)
  put('humerus-lateral-epicondyle', extreme(distalHumerus, LATERAL))
  put('humerus-medial-epicondyle', extreme(distalHumerus, MEDIAL))
  // The humerus's shaft axis runs from the head centre down to the midpoint of the epicondyles (the arm hangs a few
  // degrees out from vertical); "lateral" below means perpendicular to that axis, in the plane of the axis and +x.
  {
    const down = unit(sub(mid(got('humerus-lateral-epicondyle'), got('humerus-medial-epicondyle')), got('glenohumeral')))
    const outward = unit(sub(LATERAL, scale(down, dot(LATERAL, down))))
    // greater-tubercle: most lateral point (across the axis) of the humerus's top 50 mm (along the axis).
    put('greater-tubercle', extreme(cap(humerus.pts, scale(down, -1), 50 * MM), outward))
    // deltoid-tuberosity: most lateral point (across the axis) of the humerus 40–50 % of the way down its length,
    // where the deltoid inserts on the lateral surface of the shaft.
    put('deltoid-tuberosity', extreme(band(humerus.pts, scale(down, -1), 0.5, 0.6), outward))
  }
  // olecranon: most posterior point of the ulna's top 15 %.
  put('olecranon', extreme(band(ulna.pts, UP, 0.85, 1), BACK))
  // radial-head: most lateral point of the radius's top 12 mm (the rim of the head, palpable below the epicondyle).
  put('radial-head', extreme(cap(radius.pts, UP, 12 * MM), LATERAL))
  // radial-styloid / ulnar-styloid: lowest point of the radius / ulna (the styloid processes reach furthest down).
  put('radial-styloid', extreme(radius.pts, DOWN))
  put('ulnar-styloid', extreme(ulna.pts, DOWN))
  // wrist: midpoint between the two styloid tips (centre of the wrist at the radiocarpal joint line).
  put('wrist', mid(got('radial-styloid'), got('ulnar-styloid')))
  for (let n = 1; n <= 5; n++) {
    // mcp-N: head of metacarpal N = centroid of its distal 15 % along the axis towards its proximal phalanx.
    put(`mcp-${n}`, boneHead(metacarpal(n), fingerPhalanx(n, 'Proximal')))
    // fingertip-N: tip of the distal phalanx, along the axis from the previous phalanx (the proximal one for the thumb).
    put(`fingertip-${n}`, phalanxTip(fingerPhalanx(n, n === 1 ? 'Proximal' : 'Middle'), fingerPhalanx(n, 'Distal')))
  }

  // ---- pelvis ----
  const hip = bone('Left hip bone')
  const femur = bone('Left femur')
  // hip-joint: centre of a least-squares sphere fitted to the femoral head (seed: the femur's top 25 mm medial to
  // its top point; refitted to the vertices within 1.5 mm of the sphere, on its medial/upper side).
  {
    const top = extreme(femur.pts, UP)
    const seed = select(femur.pts, (p) => p[Y] > top[Y] - 25 * MM && p[X] < top[X] + 5 * MM, 'femoral head')
    put('hip-joint', fitHead(femur.pts, seed, unit([-1, 1, 0]), 1.5 * MM).centre)
  }
  // iliac-crest: highest point of the hip bone.
  put('iliac-crest', extreme(hip.pts, UP))
  // asis: most anterior point of the hip bone above the hip joint centre + 30 mm (the pubis lies lower).
  const upperIlium = select(hip.pts, (p) => p[Y] > got('hip-joint')[Y] + 30 * MM, 'upper ilium')
  put('asis', extreme(upperIlium, FRONT))
  // psis: most posterior point of the hip bone above the hip joint centre + 30 mm.
  put('psis', extreme(upperIlium, BACK))
  // pubic-symphysis: top of the symphyseal surface = highest point of the hip bone within 10 mm of its most medial
  // point, put on the midline.
  put('pubic-symphysis', onMidline(extreme(cap(hip.pts, MEDIAL, 10 * MM), UP)))
  // pubic-tubercle: the forward-and-upward projection at the lateral end of the pubic crest = the point of the
  // pubis 15–30 mm lateral of the symphysis (and below the hip joint centre) furthest along (0, 1, 1).
  {
    const sx = extreme(hip.pts, MEDIAL)[X]
    const pubis = select(hip.pts, (p) => p[X] > sx + 15 * MM && p[X] < sx + 30 * MM && p[Y] < got('hip-joint')[Y], 'pubis')
    put('pubic-tubercle', extreme(pubis, unit([0, 1, 1])))
  }
  // ischial-tuberosity: lowest point of the hip bone.
  put('ischial-tuberosity', extreme(hip.pts, DOWN))
  // umbilicus (ESTIMATE, no skin in the reference): on the midline, midway between the L3–L4 disc (midway between the
  // two vertebrae's centroids) and the top of the iliac crests; 10 cm in front of the front of the L4 body.
  {
    const disc = (centroid(vertebra('l3').pts)[Y] + centroid(vertebra('l4').pts)[Y]) / 2
    const y = (disc + got('iliac-crest')[Y]) / 2
    put('umbilicus', [0, y, extreme(vertebra('l4').pts, FRONT)[Z] + 100 * MM])
  }

  // ---- leg and foot ----
  const tibia = bone('Left tibia')
  const fibula = bone('Left fibula')
  const calcaneus = bone('Left calcaneus')
  // greater-trochanter: most lateral point of the femur's top 15 %.
  put('greater-trochanter', extreme(band(femur.pts, UP, 0.85, 1), LATERAL))
  // femur epicondyles: most lateral / most medial point of the femur's lowest 10 %.
  const distalFemur = band(femur.pts, UP, 0, 0.1)
  put('femur-lateral-epicondyle', extreme(distalFemur, LATERAL))
  put('femur-medial-epicondyle', extreme(distalFemur, MEDIAL))
  // patella: most anterior point of the patella.
  put('patella', extreme(bone('Left patella').pts, FRONT))
  // tibial-tuberosity: most anterior point of the tibia's top 20 %.
  put('tibial-tuberosity', extreme(band(tibia.pts, UP, 0.8, 1), FRONT))
  // fibular-head: most lateral point of the fibula's top 25 mm.
  put('fibular-head', extreme(cap(fibula.pts, UP, 25 * MM), LATERAL))
  // lateral-malleolus: most lateral point of the fibula's lowest 40 mm.
  put('lateral-malleolus', extreme(cap(fibula.pts, DOWN, 40 * MM), LATERAL))
  // medial-malleolus: most medial point of the tibia's lowest 40 mm.
  put('medial-malleolus', extreme(cap(tibia.pts, DOWN, 40 * MM), MEDIAL))
  // heel: most posterior point of the calcaneus.
  put('heel', extreme(calcaneus.pts, BACK))
  // heel-plantar: lowest point of the calcaneus.
  put('heel-plantar', extreme(calcaneus.pts, DOWN))
  // navicular-tuberosity: most medial point of the navicular.
  put('navicular-tuberosity', extreme(bone('Navicular bone of left foot').pts, MEDIAL))
  // base-metatarsal-5: tuberosity of the 5th metatarsal = its furthest vertex backwards along its axis (away from
  // its proximal phalanx).
  put('base-metatarsal-5', extreme(metatarsal(5).pts, scale(axisBetween(metatarsal(5), toePhalanx(5, 'Proximal')), -1)))
  // mtp-1 / mtp-5: head of metatarsal 1 / 5 = centroid of its distal 15 % along the axis towards its proximal phalanx.
  put('mtp-1', boneHead(metatarsal(1), toePhalanx(1, 'Proximal')))
  put('mtp-5', boneHead(metatarsal(5), toePhalanx(5, 'Proximal')))
  // toe-tip-N: tip of the distal phalanx, along the axis from the previous phalanx (the proximal one for the big toe).
  for (let n = 1; n <= 5; n++) put(`toe-tip-${n}`, phalanxTip(toePhalanx(n, n === 1 ? 'Proximal' : 'Middle'), toePhalanx(n, 'Distal')))
}

// ---------------------------------------------------------------------------------------------------------------
// Names, in the order of docs/ids.md

const ORDER: readonly (readonly [id: string, name: string, paired: boolean])[] = [
  ['vertex', 'Vertex of the skull', false],
  ['glabella', 'Glabella', false],
  ['nasion', 'Nasion', false],
  ['inion', 'Inion (external occipital protuberance)', false],
  ['menton', 'Menton (lowest point of the chin)', false],
  ['hyoid', 'Body of the hyoid bone', false],
  ['jugular-notch', 'Jugular notch (estimated)', false],
  ['xiphoid', 'Xiphoid process (estimated)', false],
  ['umbilicus', 'Umbilicus (estimated)', false],
  ['pubic-symphysis', 'Pubic symphysis (upper border)', false],
  ['c7-spinous', 'Spinous process of C7', false],
  ['t4-spinous', 'Spinous process of T4', false],
  ['t7-spinous', 'Spinous process of T7', false],
  ['t12-spinous', 'Spinous process of T12', false],
  ['l3-spinous', 'Spinous process of L3', false],
  ['l5-spinous', 'Spinous process of L5', false],
  ['s2', 'Median sacral crest at S2', false],
  ['coccyx', 'Tip of the coccyx (estimated)', false],
  ['frontal-eminence', 'Frontal eminence', true],
  ['temple', 'Temple (centre of the temporal fossa)', true],
  ['zygomatic-arch', 'Zygomatic arch (most lateral point)', true],
  ['orbit', 'Orbit (centre of the orbital opening)', true],
  ['ear', 'External acoustic meatus', true],
  ['mastoid', 'Tip of the mastoid process', true],
  ['tmj', 'Temporomandibular joint (top of the condyle)', true],
  ['mandible-angle', 'Angle of the mandible', true],
  ['upper-molar', 'Upper first molar (maxillary alveolar process)', true],
  ['lower-molar', 'Lower first molar (mandibular alveolar process)', true],
  ['sternoclavicular', 'Sternoclavicular joint (sternal end of the clavicle)', true],
  ['clavicle-mid', 'Middle of the clavicle', true],
  ['acromion', 'Acromion (lateral border)', true],
  ['coracoid', 'Tip of the coracoid process', true],
  ['nipple', 'Nipple (estimated)', true],
  ['costal-margin', 'Costal margin, lowest point (estimated)', true],
  ['scapula-superior-angle', 'Superior angle of the scapula', true],
  ['scapula-spine-root', 'Root of the spine of the scapula', true],
  ['scapula-inferior-angle', 'Inferior angle of the scapula', true],
  ['glenohumeral', 'Glenohumeral joint (centre of the humeral head)', true],
  ['greater-tubercle', 'Greater tubercle of the humerus', true],
  ['deltoid-tuberosity', 'Deltoid tuberosity', true],
  ['humerus-lateral-epicondyle', 'Lateral epicondyle of the humerus', true],
  ['humerus-medial-epicondyle', 'Medial epicondyle of the humerus', true],
  ['olecranon', 'Olecranon', true],
  ['radial-head', 'Head of the radius', true],
  ['radial-styloid', 'Styloid process of the radius', true],
  ['ulnar-styloid', 'Styloid process of the ulna', true],
  ['wrist', 'Wrist (midpoint between the styloid processes)', true],
  ['mcp-1', 'Metacarpophalangeal joint of the thumb (head of metacarpal 1)', true],
  ['mcp-2', 'Metacarpophalangeal joint of the index finger (head of metacarpal 2)', true],
  ['mcp-3', 'Metacarpophalangeal joint of the middle finger (head of metacarpal 3)', true],
  ['mcp-4', 'Metacarpophalangeal joint of the ring finger (head of metacarpal 4)', true],
  ['mcp-5', 'Metacarpophalangeal joint of the little finger (head of metacarpal 5)', true],
  ['fingertip-1', 'Tip of the thumb (distal phalanx)', true],
  ['fingertip-2', 'Tip of the index finger (distal phalanx)', true],
  ['fingertip-3', 'Tip of the middle finger (distal phalanx)', true],
  ['fingertip-4', 'Tip of the ring finger (distal phalanx)', true],
  ['fingertip-5', 'Tip of the little finger (distal phalanx)', true],
  ['iliac-crest', 'Iliac crest (highest point)', true],
  ['asis', 'Anterior superior iliac spine', true],
  ['psis', 'Posterior superior iliac spine', true],
  ['pubic-tubercle', 'Pubic tubercle', true],
  ['ischial-tuberosity', 'Ischial tuberosity', true],
  ['hip-joint', 'Hip joint (centre of the femoral head)', true],
  ['greater-trochanter', 'Greater trochanter', true],
  ['femur-lateral-epicondyle', 'Lateral epicondyle of the femur', true],
  ['femur-medial-epicondyle', 'Medial epicondyle of the femur', true],
  ['patella', 'Patella (front)', true],
  ['tibial-tuberosity', 'Tibial tuberosity', true],
  ['fibular-head', 'Head of the fibula', true],
  ['lateral-malleolus', 'Lateral malleolus', true],
  ['medial-malleolus', 'Medial malleolus', true],
  ['heel', 'Heel (back of the calcaneus)', true],
  ['heel-plantar', 'Heel, underside (lowest point of the calcaneus)', true],
  ['navicular-tuberosity', 'Tuberosity of the navicular', true],
  ['base-metatarsal-5', 'Tuberosity of the base of metatarsal 5', true],
  ['mtp-1', 'Metatarsophalangeal joint of the big toe (head of metatarsal 1)', true],
  ['mtp-5', 'Metatarsophalangeal joint of the little toe (head of metatarsal 5)', true],
  ['toe-tip-1', 'Tip of the big toe (distal phalanx)', true],
  ['toe-tip-2', 'Tip of the second toe (distal phalanx)', true],
  ['toe-tip-3', 'Tip of the third toe (distal phalanx)', true],
  ['toe-tip-4', 'Tip of the fourth toe (distal phalanx)', true],
  ['toe-tip-5', 'Tip of the little toe (distal phalanx)', true],
]

// ---------------------------------------------------------------------------------------------------------------
// Output

/** Rounds to 0.1 mm and prints the shortest decimal form (never "-0"). */
function num(v: number): string {
  const r = Math.round(v * 1e4) / 1e4
  return String(r === 0 ? 0 : r)
}

function render(landmarks: readonly Landmark[]): string {
  const lines = [
    '/**',
    ' * Skeletal landmarks, canonical frame (metres, +Y up, +Z anterior, +X the body\'s left; data/schema.ts).',
    ' * Paired landmarks are given for the LEFT side (x > 0); mirror x for the right. Names marked "(estimated)"',
    ' * are placed from neighbouring bones because the reference lacks the structure (sternum, costal cartilages,',
    ' * coccyx, skin).',
    ' *',
    ' * GENERATED by scripts/measure-landmarks.ts from the BodyParts3D bone meshes. Do not edit: change the rules in',
    ' * the script and run `npx tsx scripts/measure-landmarks.ts`.',
    ' *',
    ` * Figures measured from ${REFERENCE_CREDIT}.`,
    ` * Licence of these figures: ${REFERENCE_LICENCE}.`,
    ' */',
    "import type { Landmark } from '../schema'",
    '',
    'export const LANDMARKS = [',
    ...landmarks.map(
      (l) => `  { id: '${l.id}', name: '${l.name.replace(/'/g, "\\'")}', at: [${l.at.map(num).join(', ')}], paired: ${l.paired} },`,
    ),
    '] as const satisfies readonly Landmark[]',
    '',
  ]
  return lines.join('\n')
}

/** The landmark ids of docs/ids.md ("## Landmarks" section), in order, with whether their group is paired. */
function idsFromDocs(): [string, boolean][] {
  const text = readFileSync(join(ROOT, 'docs/ids.md'), 'utf8')
  const start = text.search(/^## Landmarks/m)
  if (start < 0) throw new Error('docs/ids.md has no "## Landmarks" section')
  const body = text.slice(start).split(/\r?\n/).slice(1)
  const out: [string, boolean][] = []
  let paired = false
  for (const line of body) {
    if (line.startsWith('## ')) break
    let list = line
    const colon = line.indexOf(':')
    if (colon >= 0) {
      paired = line.slice(0, colon).trim().startsWith('paired')
      list = line.slice(colon + 1)
    }
    for (const id of list.split(',').map((s) => s.trim())) if (id) out.push([id, paired])
  }
  return out
}

function main(): void {
  const check = process.argv.includes('--check')
  const docs = idsFromDocs()
  const mismatch = docs.length !== ORDER.length || docs.some(([id, paired], i) => ORDER[i]![0] !== id || ORDER[i]![2] !== paired)
  if (mismatch) {
    const want = docs.map(([id]) => id)
    const have = ORDER.map(([id]) => id)
    console.error('The landmark list in this script does not match docs/ids.md ("## Landmarks"): update ORDER and the rules.')
    console.error(`  missing here: ${want.filter((id) => !have.includes(id)).join(', ') || '(none)'}`)
    console.error(`  not in docs:  ${have.filter((id) => !want.includes(id)).join(', ') || '(none)'}`)
    console.error(`  docs order:   ${docs.map(([id, paired]) => (paired ? id : `${id} (mid)`)).join(', ')}`)
    process.exit(1)
  }
  measure()
  const landmarks: Landmark[] = ORDER.map(([id, name, paired]) => {
    const p = got(id)
    const v: Vec3 = [paired ? p[X] : 0, p[Y], p[Z]]
    if (paired && !(v[0] > 0)) throw new Error(`paired landmark ${id} is not on the left side (x = ${v[0]})`)
    return { id, name, at: v, paired }
  })
  for (const id of at.keys()) if (!ORDER.some(([o]) => o === id)) throw new Error(`measured ${id}, which is not in the list`)

  const text = render(landmarks)
  const rel = relative(process.cwd(), OUT) || OUT
  if (check) {
    const current = existsSync(OUT) ? readFileSync(OUT, 'utf8') : undefined
    if (current !== text) {
      console.error(
        current === undefined
          ? `${rel} is missing; run \`npx tsx scripts/measure-landmarks.ts\` to generate it.`
          : `${rel} is out of date (it differs from what the measurement rules give); run \`npx tsx scripts/measure-landmarks.ts\`.`,
      )
      process.exit(1)
    }
    console.log(`${rel} is up to date (${landmarks.length} landmarks).`)
    return
  }

  const mm = (v: number): string => (v * 1000).toFixed(1).padStart(8)
  console.log(`${'landmark'.padEnd(28)}${'x mm'.padStart(8)}${'y mm'.padStart(8)}${'z mm'.padStart(8)}`)
  for (const l of landmarks) console.log(`${l.id.padEnd(28)}${mm(l.at[0])}${mm(l.at[1])}${mm(l.at[2])}`)
  const current = existsSync(OUT) ? readFileSync(OUT, 'utf8') : undefined
  if (current === text) {
    console.log(`${rel} unchanged (${landmarks.length} landmarks).`)
  } else {
    writeFileSync(OUT, text)
    console.log(`wrote ${rel} (${landmarks.length} landmarks).`)
  }
}

main()
