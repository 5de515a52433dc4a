/**
 * Measures compact bone figures (data/anatomy/bones/types.ts) from a bone's surface: tubes along a guide curve and
 * star-shaped radial lobes (by the farthest surface point per direction, or by rays). Pure: the measuring script feeds
 * it the reference, the tests feed it synthetic shapes. Plates: bone-plate.ts; splitting a bone into parts: bone-guides.ts.
 */
import type { Vec3 } from '../../data/schema'
import type { BoneRadial, BoneTube } from '../../data/anatomy/bones/types'
import { sectionFrames } from './bone-parts'
import { icosphere, nearestDirection } from './icosphere'
import { add, closestOnSegment, dist, dot, lerp, normalize, reject, scale, sub, type V3 } from './vec'

/** Figures are stored to 0.1 mm. */
export const roundMm10 = (x: number) => Math.round(x * 1e4) / 1e4
const roundV = (p: Vec3): V3 => [roundMm10(p[0]), roundMm10(p[1]), roundMm10(p[2])]

/** A polyline with arc lengths: projection of a point to its nearest position, and the point at an arc length. */
export class Polyline {
  readonly cum: number[] = [0]
  constructor(readonly pts: readonly Vec3[]) {
    for (let i = 1; i < pts.length; i++) this.cum.push(this.cum[i - 1]! + dist(pts[i - 1]!, pts[i]!))
  }
  get length(): number {
    return this.cum[this.cum.length - 1]!
  }
  /** Arc length of the nearest point of the polyline, and the distance to it. */
  project(p: Vec3): { s: number; d: number } {
    let best = { s: 0, d: Infinity }
    for (let i = 0; i + 1 < this.pts.length; i++) {
      const a = this.pts[i]!, b = this.pts[i + 1]!
      const q = closestOnSegment(p, a, b)
      const d = dist(p, q)
      if (d < best.d) best = { s: this.cum[i]! + dist(a, q), d }
    }
    if (this.pts.length === 1) best = { s: 0, d: dist(p, this.pts[0]!) }
    return best
  }
  at(s: number): V3 {
    for (let i = 0; i + 1 < this.pts.length; i++) {
      const l = this.cum[i + 1]! - this.cum[i]!
      if (s <= this.cum[i + 1]! || i + 2 === this.pts.length) return lerp(this.pts[i]!, this.pts[i + 1]!, l > 0 ? (s - this.cum[i]!) / l : 0)
    }
    return [...this.pts[0]!] as V3
  }
}

/** Fill empty (NaN) entries of a periodic list from their nearest filled neighbours. */
function fillPeriodic(values: number[]): number[] {
  const n = values.length
  if (values.every((x) => Number.isNaN(x))) return values.map(() => Number.NaN)
  return values.map((x, i) => {
    if (!Number.isNaN(x)) return x
    for (let d = 1; d < n; d++) {
      const a = values[(i - d + n) % n]!, b = values[(i + d) % n]!
      if (!Number.isNaN(a) && !Number.isNaN(b)) return (a + b) / 2
      if (!Number.isNaN(a)) return a
      if (!Number.isNaN(b)) return b
    }
    return Number.NaN
  })
}

/** The coordinate axis least aligned with `d`: a reference direction for section angles that is never degenerate. */
export function leastAlignedAxis(d: Vec3): V3 {
  const axes: V3[] = [[0, 0, 1], [0, 1, 0], [1, 0, 0]]
  return axes.reduce((best, a) => (Math.abs(dot(a, d)) < Math.abs(dot(best, d)) - 1e-9 ? a : best))
}

export interface BoneTubeOptions {
  readonly stations: number
  readonly angles: number
  /** Reference direction of angle 0; by default the coordinate axis least aligned with the tube's chord. */
  readonly facing?: Vec3
}

/**
 * Measure a tube along a guide curve: the points are split into `stations` slabs by where they project on the curve,
 * each slab's centroid refines the curve (twice), then each station's outline is the farthest point per angle.
 */
export function measureBoneTube(points: readonly Vec3[], guide: readonly Vec3[], opt: BoneTubeOptions): BoneTube {
  const N = opt.stations, K = opt.angles
  // The guide only says where the bone runs: it is lengthened at both ends so the points, not the guide, set the extent.
  const g = guide.map((p): V3 => [p[0], p[1], p[2]])
  if (g.length >= 2) {
    const reach = Math.min(0.25 * new Polyline(g).length, 0.03)
    g[0] = add(g[0]!, scale(normalize(sub(g[0]!, g[1]!)), reach))
    g[g.length - 1] = add(g[g.length - 1]!, scale(normalize(sub(g[g.length - 1]!, g[g.length - 2]!)), reach))
  }
  let curve = g
  for (let pass = 0; pass < 2; pass++) {
    const poly = new Polyline(curve)
    const s = points.map((p) => poly.project(p).s)
    let smin = Infinity, smax = -Infinity
    for (const x of s) {
      smin = Math.min(smin, x)
      smax = Math.max(smax, x)
    }
    const step = (smax - smin) / N || 1e-6
    const sums = Array.from({ length: N }, () => ({ p: [0, 0, 0] as V3, n: 0 }))
    points.forEach((p, i) => {
      const j = Math.min(N - 1, Math.max(0, Math.floor((s[i]! - smin) / step)))
      const acc = sums[j]!
      acc.p = add(acc.p, p)
      acc.n++
    })
    const raw = sums.map((acc, j) => (acc.n ? scale(acc.p, 1 / acc.n) : poly.at(smin + (j + 0.5) * step)))
    curve = raw.map((c, j) => (j === 0 || j === N - 1 ? c : scale(add(add(raw[j - 1]!, scale(c, 2)), raw[j + 1]!), 0.25)))
  }
  const centre = curve.map(roundV)
  const facing = roundV(normalize(opt.facing ?? leastAlignedAxis(sub(centre[N - 1]!, centre[0]!))))
  const frames = sectionFrames(centre, facing)
  const poly = new Polyline(centre)
  const bins = centre.map(() => new Array<number>(K).fill(Number.NaN))
  // How far the bone reaches beyond the end stations, per angle of the section.
  const caps = [new Array<number>(K).fill(Number.NaN), new Array<number>(K).fill(Number.NaN)] as const
  for (const p of points) {
    const { s } = poly.project(p)
    let j = 0
    while (j + 1 < N && Math.abs(poly.cum[j + 1]! - s) <= Math.abs(poly.cum[j]! - s)) j++
    const f = frames[j]!
    const d = sub(p, centre[j]!)
    const q = reject(d, f.t)
    const a = Math.atan2(dot(q, f.e2), dot(q, f.e1))
    const k = ((Math.round((a / (2 * Math.PI)) * K) % K) + K) % K
    const r = Math.hypot(q[0], q[1], q[2])
    if (Number.isNaN(bins[j]![k]!) || r > bins[j]![k]!) bins[j]![k] = r
    const end = j === 0 ? 0 : j === N - 1 ? 1 : null
    if (end !== null) {
      const beyond = (end === 0 ? -1 : 1) * dot(d, f.t)
      const cap = caps[end]
      if (Number.isNaN(cap[k]!) || beyond > cap[k]!) cap[k] = beyond
    }
  }
  let radii = bins.map(fillPeriodic)
  // A station no point reached takes its neighbours' outline.
  radii = radii.map((row, j) => {
    if (!row.some((x) => Number.isNaN(x))) return row
    const near = [...radii.keys()].filter((i) => !radii[i]!.some((x) => Number.isNaN(x))).sort((a, b) => Math.abs(a - j) - Math.abs(b - j))[0]
    return near === undefined ? row.map(() => 0.001) : [...radii[near]!]
  })
  const mean = (row: readonly number[]) => row.reduce((a, b) => a + b, 0) / row.length
  // Ends are at least gently rounded, even where the last slab was cut square.
  const capsOf = (c: number[], row: readonly number[]) => {
    const filled = fillPeriodic(c)
    return filled.map((x) => roundMm10(Math.max(Number.isNaN(x) ? 0 : x, 0.3 * mean(row), 0.0005)))
  }
  return {
    kind: 'tube',
    facing,
    centre,
    radii: radii.map((row) => row.map((r) => roundMm10(Math.max(r, 0.0004)))),
    caps: [capsOf([...caps[0]], radii[0]!), capsOf([...caps[1]], radii[N - 1]!)],
  }
}

/** Neighbours of each direction of an icosphere level (through its faces). */
function adjacency(level: number): number[][] {
  const { dirs, faces } = icosphere(level)
  const adj = dirs.map(() => new Set<number>())
  for (const [a, b, c] of faces) {
    adj[a]!.add(b).add(c)
    adj[b]!.add(a).add(c)
    adj[c]!.add(a).add(b)
  }
  return adj.map((s) => [...s].sort((x, y) => x - y))
}

/**
 * Measure a star-shaped lobe: for each direction of the icosphere, the farthest point whose direction from `centre`
 * is nearest to it. Directions no point reached take the mean of their reached neighbours.
 */
export function measureRadial(points: readonly Vec3[], centre: Vec3, level: number): BoneRadial {
  const c = roundV(centre)
  const { dirs } = icosphere(level)
  const r = new Array<number>(dirs.length).fill(Number.NaN)
  for (const p of points) {
    const d = sub(p, c)
    const l = Math.hypot(d[0], d[1], d[2])
    if (l < 1e-9) continue
    const i = nearestDirection(dirs, scale(d, 1 / l))
    if (Number.isNaN(r[i]!) || l > r[i]!) r[i] = l
  }
  return fillRadial(c, level, r)
}

/** Farthest crossing of the ray from `o` along unit `d` with a triangle soup (9 numbers per triangle), or NaN. */
function farthestHit(tris: Float64Array, o: Vec3, d: Vec3): number {
  let best = Number.NaN
  for (let t = 0; t < tris.length; t += 9) {
    const ax = tris[t]!, ay = tris[t + 1]!, az = tris[t + 2]!
    const e1x = tris[t + 3]! - ax, e1y = tris[t + 4]! - ay, e1z = tris[t + 5]! - az
    const e2x = tris[t + 6]! - ax, e2y = tris[t + 7]! - ay, e2z = tris[t + 8]! - az
    const px = d[1] * e2z - d[2] * e2y, py = d[2] * e2x - d[0] * e2z, pz = d[0] * e2y - d[1] * e2x
    const det = e1x * px + e1y * py + e1z * pz
    if (Math.abs(det) < 1e-18) continue
    const inv = 1 / det
    const sx = o[0] - ax, sy = o[1] - ay, sz = o[2] - az
    const u = (sx * px + sy * py + sz * pz) * inv
    if (u < 0 || u > 1) continue
    const qx = sy * e1z - sz * e1y, qy = sz * e1x - sx * e1z, qz = sx * e1y - sy * e1x
    const v = (d[0] * qx + d[1] * qy + d[2] * qz) * inv
    if (v < 0 || u + v > 1) continue
    const dist = (e2x * qx + e2y * qy + e2z * qz) * inv
    if (dist > 0 && !(dist <= best)) best = dist
  }
  return best
}

/**
 * Measure a star-shaped lobe by casting a ray from `centre` along each direction and taking its farthest crossing
 * of the surface: concave places seen from the centre (the orbits, the nasal aperture) keep their depth.
 */
export function measureRadialByRays(tris: Float64Array, centre: Vec3, level: number): BoneRadial {
  const c = roundV(centre)
  const { dirs } = icosphere(level)
  const r = dirs.map((d) => farthestHit(tris, c, d))
  return fillRadial(c, level, r)
}

function fillRadial(c: V3, level: number, r: number[]): BoneRadial {
  const adj = adjacency(level)
  for (let guard = 0; r.some((x) => Number.isNaN(x)) && guard < 64; guard++) {
    const next = [...r]
    r.forEach((x, i) => {
      if (!Number.isNaN(x)) return
      const known = adj[i]!.map((j) => r[j]!).filter((y) => !Number.isNaN(y))
      if (known.length) next[i] = known.reduce((a, b) => a + b, 0) / known.length
    })
    r.splice(0, r.length, ...next)
  }
  return { kind: 'radial', centre: c, level, radii: r.map((x) => roundMm10(Number.isNaN(x) ? 0.001 : Math.max(x, 0.0004))) }
}

