/**
 * Splitting a bone's surface points between the parts of its figure (each point goes to the nearest guide: a curve, a
 * point or a flat patch), and the guides measured from the points themselves: principal axis, plate normal, and the
 * centre line of a curved bone along its surface.
 */
import type { Vec3 } from '../../data/schema'
import { leastAlignedAxis, Polyline } from './bone-measure'
import { centroid, principalAxis } from './measure'
import { add, cross, dist, dot, normalize, reject, scale, sub, type V3 } from './vec'

/** Nearest point of triangle abc to p (Ericson, Real-Time Collision Detection, 5.1.5). */
export function closestOnTriangle(p: Vec3, a: Vec3, b: Vec3, c: Vec3): V3 {
  const ab = sub(b, a), ac = sub(c, a), ap = sub(p, a)
  const d1 = dot(ab, ap), d2 = dot(ac, ap)
  if (d1 <= 0 && d2 <= 0) return [a[0], a[1], a[2]]
  const bp = sub(p, b)
  const d3 = dot(ab, bp), d4 = dot(ac, bp)
  if (d3 >= 0 && d4 <= d3) return [b[0], b[1], b[2]]
  const vc = d1 * d4 - d3 * d2
  if (vc <= 0 && d1 >= 0 && d3 <= 0) return add(a, scale(ab, d1 / (d1 - d3)))
  const cp = sub(p, c)
  const d5 = dot(ab, cp), d6 = dot(ac, cp)
  if (d6 >= 0 && d5 <= d6) return [c[0], c[1], c[2]]
  const vb = d5 * d2 - d1 * d6
  if (vb <= 0 && d2 >= 0 && d6 <= 0) return add(a, scale(ac, d2 / (d2 - d6)))
  const va = d3 * d6 - d5 * d4
  if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) return add(b, scale(sub(c, b), (d4 - d3) / (d4 - d3 + (d5 - d6))))
  const denom = 1 / (va + vb + vc)
  return add(a, add(scale(ab, vb * denom), scale(ac, vc * denom)))
}

/** Where each part of a bone lies, for splitting its points: a curve, a point or a flat patch, minus a nominal radius. */
export type PartGuide =
  | { readonly kind: 'curve'; readonly points: readonly Vec3[]; readonly radius?: number }
  | { readonly kind: 'point'; readonly at: Vec3; readonly radius?: number }
  /** A convex polygon (fanned from its first corner). */
  | { readonly kind: 'patch'; readonly corners: readonly Vec3[]; readonly radius?: number }

export function distanceToGuide(p: Vec3, g: PartGuide): number {
  const r = g.radius ?? 0
  if (g.kind === 'point') return dist(p, g.at) - r
  if (g.kind === 'curve') return new Polyline(g.points).project(p).d - r
  let best = Infinity
  for (let i = 1; i + 1 < g.corners.length; i++) {
    best = Math.min(best, dist(p, closestOnTriangle(p, g.corners[0]!, g.corners[i]!, g.corners[i + 1]!)))
  }
  return best - r
}

/** Index of the nearest guide for each point (ties go to the earlier guide). */
export function assignToGuides(points: readonly Vec3[], guides: readonly PartGuide[]): number[] {
  return points.map((p) => {
    let best = 0, bestD = Infinity
    guides.forEach((g, i) => {
      const d = distanceToGuide(p, g)
      if (d < bestD) {
        bestD = d
        best = i
      }
    })
    return best
  })
}

/** Drop points that repeat (to 0.05 mm). */
export function dedupe(points: readonly Vec3[]): V3[] {
  const seen = new Set<string>()
  const out: V3[] = []
  for (const p of points) {
    const k = `${Math.round(p[0] * 2e4)},${Math.round(p[1] * 2e4)},${Math.round(p[2] * 2e4)}`
    if (seen.has(k)) continue
    seen.add(k)
    out.push([p[0], p[1], p[2]])
  }
  return out
}

/** Shortest-path distances over a graph linking points closer than `link`, from `source`. */
function geodesic(points: readonly Vec3[], link: number, source: number): Float64Array {
  const cell = (p: Vec3) => [Math.floor(p[0] / link), Math.floor(p[1] / link), Math.floor(p[2] / link)] as const
  const grid = new Map<string, number[]>()
  points.forEach((p, i) => {
    const k = cell(p).join(',')
    const list = grid.get(k)
    if (list) list.push(i)
    else grid.set(k, [i])
  })
  const distTo = new Float64Array(points.length).fill(Infinity)
  distTo[source] = 0
  // Binary heap of [distance, index].
  const heap: [number, number][] = [[0, source]]
  const push = (e: [number, number]) => {
    heap.push(e)
    let i = heap.length - 1
    while (i > 0) {
      const up = (i - 1) >> 1
      if (heap[up]![0] <= e[0]) break
      heap[i] = heap[up]!
      i = up
    }
    heap[i] = e
  }
  const pop = (): [number, number] => {
    const top = heap[0]!
    const last = heap.pop()!
    if (heap.length) {
      let i = 0
      for (;;) {
        const l = 2 * i + 1, r = l + 1
        let m = i
        const key = (j: number) => (j === i ? last[0] : heap[j]![0])
        if (l < heap.length && heap[l]![0] < key(m)) m = l
        if (r < heap.length && heap[r]![0] < key(m)) m = r
        if (m === i) break
        heap[i] = heap[m]!
        i = m
      }
      heap[i] = last
    }
    return top
  }
  while (heap.length) {
    const [d, i] = pop()
    if (d > distTo[i]!) continue
    const p = points[i]!
    const [cx, cy, cz] = cell(p)
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (let dz = -1; dz <= 1; dz++) {
          for (const j of grid.get(`${cx + dx},${cy + dy},${cz + dz}`) ?? []) {
            const w = dist(p, points[j]!)
            if (w > link || d + w >= distTo[j]!) continue
            distTo[j] = d + w
            push([d + w, j])
          }
        }
      }
    }
  }
  return distTo
}

const argmaxFinite = (a: Float64Array) => {
  let best = 0
  a.forEach((x, i) => {
    if (Number.isFinite(x) && x > a[best]!) best = i
  })
  return best
}

/**
 * A curved bone's centre line (ribs, clavicle): the centroids of bands of equal surface distance from one end, the
 * end being the point farthest, over the surface, from the point farthest from the centroid.
 */
export function geodesicCentreline(points: readonly Vec3[], bands: number, link: number): V3[] {
  const pts = dedupe(points)
  const m = centroid(pts)
  let start = 0
  pts.forEach((p, i) => {
    if (dist(p, m) > dist(pts[start]!, m)) start = i
  })
  const pole = argmaxFinite(geodesic(pts, link, start))
  const d = geodesic(pts, link, pole)
  const max = d[argmaxFinite(d)]!
  const sums = Array.from({ length: bands }, () => ({ p: [0, 0, 0] as V3, n: 0 }))
  pts.forEach((p, i) => {
    if (!Number.isFinite(d[i]!)) return
    const b = Math.min(bands - 1, Math.floor((d[i]! / max) * bands))
    sums[b]!.p = add(sums[b]!.p, p)
    sums[b]!.n++
  })
  return sums.filter((s) => s.n > 0).map((s) => scale(s.p, 1 / s.n))
}

/** Axis of least variance (the normal of a plate), sign chosen to agree with `hint`. */
export function plateNormalOf(points: readonly Vec3[], hint: Vec3): V3 {
  const a = principalAxis(points, leastAlignedAxis(hint))
  const m = centroid(points)
  // Second axis: principal axis of the points with the first removed.
  const flat = points.map((p) => add(m, reject(sub(p, m), a)))
  const b = principalAxis(flat, reject(hint, a))
  const n = normalize(cross(a, b))
  return dot(n, hint) < 0 ? scale(n, -1) : n
}

/** The straight guide of a long bone: its principal axis across the points' extent. */
export function axisGuide(points: readonly Vec3[], hint: Vec3): V3[] {
  const axis = principalAxis(points, hint)
  const m = centroid(points)
  let lo = Infinity, hi = -Infinity
  for (const p of points) {
    const t = dot(sub(p, m), axis)
    lo = Math.min(lo, t)
    hi = Math.max(hi, t)
  }
  return [add(m, scale(axis, lo)), add(m, scale(axis, hi))]
}

