/**
 * Measures compact shape figures (tube or sheet, see data/schema.ts) from a dense point cloud on a muscle's
 * surface. Pure: the scripts feed it points sampled from reference meshes, the tests feed it synthetic shapes.
 */
import type { SheetShape, TubeShape, Vec3 } from '../../data/schema'
import { orientColumns, tangents, tubeFlip, tubeFrame } from './muscle-mesh'
import { add, cross, dot, normalize, reject, scale, sub, type V3 } from './vec'

/** Points sampled on a surface, each with the surface area it stands for (m²). */
export type SampledPoints = V3[] & { weights?: number[] }

/** Sample points on a triangle soup (9 numbers per triangle) at about `spacing` metres. */
export function samplePoints(tris: Float64Array, spacing: number): SampledPoints {
  const out: SampledPoints = []
  const weights: number[] = []
  for (let t = 0; t < tris.length; t += 9) {
    const a: V3 = [tris[t]!, tris[t + 1]!, tris[t + 2]!]
    const b: V3 = [tris[t + 3]!, tris[t + 4]!, tris[t + 5]!]
    const c: V3 = [tris[t + 6]!, tris[t + 7]!, tris[t + 8]!]
    const e = Math.max(Math.hypot(...sub(b, a)), Math.hypot(...sub(c, a)), Math.hypot(...sub(c, b)))
    const n = Math.max(1, Math.ceil(e / spacing))
    const area = 0.5 * Math.hypot(...cross(sub(b, a), sub(c, a)))
    const w = area / (((n + 1) * (n + 2)) / 2)
    for (let i = 0; i <= n; i++) {
      for (let j = 0; j <= n - i; j++) {
        const u = i / n, v = j / n, x = 1 - u - v
        out.push([a[0] * x + b[0] * u + c[0] * v, a[1] * x + b[1] * u + c[1] * v, a[2] * x + b[2] * u + c[2] * v])
        weights.push(w)
      }
    }
  }
  out.weights = weights
  return out
}

/** [min, max] of a list, without spreading it onto the stack. */
export function extent(values: readonly number[]): [number, number] {
  let lo = Infinity, hi = -Infinity
  for (const v of values) {
    if (v < lo) lo = v
    if (v > hi) hi = v
  }
  return [lo, hi]
}

export function centroid(points: readonly Vec3[]): V3 {
  const s: V3 = [0, 0, 0]
  for (const p of points) {
    s[0] += p[0]
    s[1] += p[1]
    s[2] += p[2]
  }
  return scale(s, 1 / Math.max(1, points.length))
}

/** Principal axis (largest variance) by power iteration; sign chosen to agree with `hint`. */
export function principalAxis(points: readonly Vec3[], hint: Vec3): V3 {
  const m = centroid(points)
  const c = [0, 0, 0, 0, 0, 0, 0, 0, 0]
  for (const p of points) {
    const d = sub(p, m)
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) c[i * 3 + j]! += d[i]! * d[j]!
  }
  let v: V3 = normalize(hint)
  for (let k = 0; k < 100; k++) {
    v = normalize([
      c[0]! * v[0] + c[1]! * v[1] + c[2]! * v[2],
      c[3]! * v[0] + c[4]! * v[1] + c[5]! * v[2],
      c[6]! * v[0] + c[7]! * v[1] + c[8]! * v[2],
    ])
  }
  return dot(v, hint) < 0 ? scale(v, -1) : v
}

/** Fill empty (NaN) entries of a periodic list from their nearest filled neighbours. */
function fillPeriodic(values: number[]): number[] {
  const n = values.length
  if (values.every((x) => Number.isNaN(x))) return values.map(() => 0.001)
  return values.map((x, i) => {
    if (!Number.isNaN(x)) return x
    for (let d = 1; d < n; d++) {
      const a = values[(i - d + n) % n]!, b = values[(i + d) % n]!
      if (!Number.isNaN(a) && !Number.isNaN(b)) return (a + b) / 2
      if (!Number.isNaN(a)) return a
      if (!Number.isNaN(b)) return b
    }
    return 0.001
  })
}

function fillLinear(values: number[]): number[] {
  return fillPeriodic(values)
}

const round = (x: number) => Math.round(x * 1e4) / 1e4

/** Below this ratio of measured surface to outline perimeter, a tube section is taken to be split into slips. */
const SLIP_RATIO = 0.6
const roundV = (p: Vec3): V3 => [round(p[0]), round(p[1]), round(p[2])]

/** Station positions along [0, 1], a little inside both ends so end slabs still hold points. */
function stationParams(n: number): number[] {
  return Array.from({ length: n }, (_, i) => 0.012 + (0.976 * i) / (n - 1))
}

export interface TubeOptions {
  readonly facing: Vec3
  readonly toward: Vec3
  readonly stations?: number
  readonly angles?: number
  /** The tendon splits into slips (to fingers or toes): fit the outline's perimeter to the measured surface. */
  readonly slips?: boolean
}

/** Measure a compact belly: centre curve through `stations` sections, each with `angles` radii. */
export function measureTube(points: readonly Vec3[], opt: TubeOptions): TubeShape {
  const N = opt.stations ?? 12
  const K = opt.angles ?? 12
  const axis = principalAxis(points, opt.toward)
  const m = centroid(points)
  const ts = points.map((p) => dot(sub(p, m), axis))
  const [tmin, tmax] = extent(ts)
  const L = tmax - tmin
  const half = L / (2 * (N - 1))
  // Pass 1: slab centroids along the straight axis give the centre curve.
  let centres: V3[] = stationParams(N).map((s) => {
    const t = tmin + s * L
    const slab = points.filter((_, i) => Math.abs(ts[i]! - t) <= half)
    return slab.length ? centroid(slab) : add(m, scale(axis, t))
  })
  centres = centres.map((c, i) => {
    if (i === 0 || i === N - 1) return c
    return scale(add(add(centres[i - 1]!, scale(c, 2)), centres[i + 1]!), 0.25)
  })
  const T = tangents(centres)
  // Pass 2: sections perpendicular to the curve, re-centred; then radii per angular bin.
  const slabIndex = centres.map((c0, i) => {
    const idx: number[] = []
    points.forEach((p, k) => {
      const d = sub(p, c0)
      if (Math.abs(dot(d, T[i]!)) <= half * 0.8 && Math.hypot(...d) < L * 0.5) idx.push(k)
    })
    return idx
  })
  const slabs = slabIndex.map((idx) => idx.map((k) => points[k]!))
  const outCentres: V3[] = centres.map((c0, i) => {
    const slab = slabs[i]!
    return roundV(slab.length ? add(c0, centroid(slab.map((p) => reject(sub(p, c0), T[i]!)))) : c0)
  })
  const flip = tubeFlip(outCentres, opt.facing)
  const radii: number[][] = outCentres.map((c, i) => {
    const { e1, e2 } = tubeFrame(T[i]!, opt.facing, flip)
    const bins = new Array<number>(K).fill(Number.NaN)
    for (const p of slabs[i]!) {
      const q = reject(sub(p, c), T[i]!)
      const r = Math.hypot(...q)
      const a = Math.atan2(dot(q, e2), dot(q, e1))
      const k = ((Math.round((a / (2 * Math.PI)) * K) % K) + K) % K
      if (Number.isNaN(bins[k]!) || r > bins[k]!) bins[k] = r
    }
    const radii = fillPeriodic(bins)
    // Where a section splits into slips (tendons to the fingers or toes), one outline round them all would hold far
    // more surface than the slips do; shrink it until its perimeter matches the surface measured in the slab.
    const weights = (points as SampledPoints).weights
    if (opt.slips && weights) {
      const slab = slabIndex[i]!
      const measured = slab.reduce((sum, k) => sum + weights[k]!, 0) / (2 * half * 0.8)
      let outline = 0
      for (let k = 0; k < K; k++) {
        const a0 = (2 * Math.PI * k) / K, a1 = (2 * Math.PI * (k + 1)) / K
        const r0 = radii[k]!, r1 = radii[(k + 1) % K]!
        outline += Math.hypot(r1 * Math.cos(a1) - r0 * Math.cos(a0), r1 * Math.sin(a1) - r0 * Math.sin(a0))
      }
      // Only a clear mismatch means slips; a compact section's outline and surface agree within sampling noise.
      const f = measured / outline
      if (f < SLIP_RATIO) for (let k = 0; k < K; k++) radii[k] = radii[k]! * Math.max(0.3, f / SLIP_RATIO)
    }
    return radii.map((r) => round(Math.max(r, 0.0008)))
  })
  return { kind: 'tube', facing: roundV(normalize(opt.facing)), centre: outCentres, radii }
}

export interface SheetOptions {
  readonly facing: Vec3
  readonly toward: Vec3
  /** Measure on a vertical cylinder through this point (sheets wrapping the trunk or skull). */
  readonly wrapAxis?: Vec3
  readonly rows?: number
  readonly columns?: number
}

interface Param {
  /** 3D → (across, along, height) */
  readonly to: (p: Vec3) => V3
  readonly from: (a: number, b: number, h: number) => V3
}

function planeParam(origin: Vec3, facing: Vec3, toward: Vec3): Param {
  const n = normalize(facing)
  const f = normalize(reject(toward, n))
  const g = cross(n, f)
  return {
    to: (p) => {
      const d = sub(p, origin)
      return [dot(d, g), dot(d, f), dot(d, n)]
    },
    from: (a, b, h) => add(origin, add(add(scale(g, a), scale(f, b)), scale(n, h))),
  }
}

function cylinderParam(axisPoint: Vec3, centre: Vec3, toward: Vec3): Param {
  const D: V3 = [0, 1, 0]
  const x1 = normalize(reject(sub(centre, axisPoint), D))
  const x2 = cross(D, x1)
  const R0 = Math.hypot(...reject(sub(centre, axisPoint), D))
  // Fibre direction in the unrolled (arc, height) plane.
  const f2 = normalize([dot(toward, x2), dot(toward, D), 0])
  const g2: V3 = [f2[1], -f2[0], 0]
  return {
    to: (p) => {
      const rel = sub(p, axisPoint)
      const radial = reject(rel, D)
      const arc = Math.atan2(dot(radial, x2), dot(radial, x1)) * R0
      const along = dot(rel, D)
      return [arc * g2[0] + along * g2[1], arc * f2[0] + along * f2[1], Math.hypot(...radial)]
    },
    from: (a, b, h) => {
      const arc = a * g2[0] + b * f2[0]
      const along = a * g2[1] + b * f2[1]
      const th = arc / R0
      return add(add(axisPoint, scale(D, along)), scale(add(scale(x1, Math.cos(th)), scale(x2, Math.sin(th))), h))
    },
  }
}

/** Measure a sheet or fan as a height field: rows along the fibres, columns across, mid-surface and thickness. */
export function measureSheet(points: readonly Vec3[], opt: SheetOptions): SheetShape {
  const Nv = opt.rows ?? 12
  const Nu = opt.columns ?? 9
  const m = centroid(points)
  const param = opt.wrapAxis ? cylinderParam(opt.wrapAxis, m, opt.toward) : planeParam(m, opt.facing, opt.toward)
  const q = points.map((p) => param.to(p))
  const bs = q.map((x) => x[1])
  const [bmin, bmax] = extent(bs)
  const L = bmax - bmin
  const half = L / (2 * (Nv - 1))
  const mid: V3[][] = []
  const thickness: number[][] = []
  for (const s of stationParams(Nv)) {
    const b = bmin + s * L
    const row = q.filter((x) => Math.abs(x[1] - b) <= half)
    const as = row.map((x) => x[0]).sort((x, y) => x - y)
    // Trim the outermost 1 % so a stray sample does not widen the row.
    const amin = as[Math.floor(as.length * 0.01)] ?? 0
    const amax = as[Math.ceil(as.length * 0.99) - 1] ?? 0
    const w = amax - amin
    const lo = new Array<number>(Nu).fill(Number.NaN)
    const hi = new Array<number>(Nu).fill(Number.NaN)
    for (const x of row) {
      const j = Math.round(((x[0] - amin) / (w || 1)) * (Nu - 1))
      if (j < 0 || j >= Nu) continue
      if (Number.isNaN(lo[j]!) || x[2] < lo[j]!) lo[j] = x[2]
      if (Number.isNaN(hi[j]!) || x[2] > hi[j]!) hi[j] = x[2]
    }
    const loF = fillLinear(lo), hiF = fillLinear(hi)
    const midRow: V3[] = []
    const thRow: number[] = []
    for (let j = 0; j < Nu; j++) {
      const a = amin + (w * (0.02 + (0.96 * j) / (Nu - 1)))
      midRow.push(roundV(param.from(a, b, (loF[j]! + hiF[j]!) / 2)))
      thRow.push(round(Math.max(hiF[j]! - loF[j]!, 0.001)))
    }
    mid.push(midRow)
    thickness.push(thRow)
  }
  return orientColumns({ kind: 'sheet', facing: roundV(normalize(opt.facing)), mid, thickness })
}
