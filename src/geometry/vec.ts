/** Small vector helpers on plain tuples; allocation-light enough for build-time geometry. */
import type { Vec3 } from '../../data/schema'

export type V3 = [number, number, number]

export const add = (a: Vec3, b: Vec3): V3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]]
export const sub = (a: Vec3, b: Vec3): V3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]]
export const scale = (a: Vec3, s: number): V3 => [a[0] * s, a[1] * s, a[2] * s]
export const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
export const cross = (a: Vec3, b: Vec3): V3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
]
export const length = (a: Vec3): number => Math.hypot(a[0], a[1], a[2])
export const dist = (a: Vec3, b: Vec3): number => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2])
export function normalize(a: Vec3): V3 {
  const l = length(a)
  return l > 1e-12 ? [a[0] / l, a[1] / l, a[2] / l] : [0, 0, 0]
}
export const lerp = (a: Vec3, b: Vec3, t: number): V3 => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
]
/** The component of `a` perpendicular to unit vector `n`. */
export const reject = (a: Vec3, n: Vec3): V3 => sub(a, scale(n, dot(a, n)))
/** The point of segment a–b nearest to p (a itself when the segment has no length). */
export function closestOnSegment(p: Vec3, a: Vec3, b: Vec3): V3 {
  const abx = b[0] - a[0], aby = b[1] - a[1], abz = b[2] - a[2]
  const l2 = abx * abx + aby * aby + abz * abz
  const t = l2 > 0 ? Math.max(0, Math.min(1, ((p[0] - a[0]) * abx + (p[1] - a[1]) * aby + (p[2] - a[2]) * abz) / l2)) : 0
  return lerp(a, b, t)
}

/** Mirror across the sagittal plane: the left side's figure becomes the right side's. */
export const mirrorX = (a: Vec3): V3 => [-a[0], a[1], a[2]]

/** Catmull–Rom interpolation through p0..p3 at t in [0, 1] between p1 and p2. */
export function catmullRom(p0: number, p1: number, p2: number, p3: number, t: number): number {
  const t2 = t * t
  const t3 = t2 * t
  return 0.5 * (2 * p1 + (-p0 + p2) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t2 + (-p0 + 3 * p1 - 3 * p2 + p3) * t3)
}

/** Resample a sequence of numbers (open ends) to `n` values with Catmull–Rom. */
export function resample(values: readonly number[], n: number): number[] {
  const m = values.length
  if (m === 1) return new Array<number>(n).fill(values[0] ?? 0)
  const out: number[] = []
  for (let i = 0; i < n; i++) {
    const s = (i / (n - 1)) * (m - 1)
    const k = Math.min(Math.floor(s), m - 2)
    const t = s - k
    const at = (j: number) => values[Math.max(0, Math.min(m - 1, j))] ?? 0
    out.push(catmullRom(at(k - 1), at(k), at(k + 1), at(k + 2), t))
  }
  return out
}

/** Resample a periodic sequence (e.g. radii around a section) to `n` values. */
export function resamplePeriodic(values: readonly number[], n: number): number[] {
  const m = values.length
  const at = (j: number) => values[((j % m) + m) % m] ?? 0
  const out: number[] = []
  for (let i = 0; i < n; i++) {
    const s = (i / n) * m
    const k = Math.floor(s)
    out.push(catmullRom(at(k - 1), at(k), at(k + 1), at(k + 2), s - k))
  }
  return out
}

/** Resample a polyline of points to `n` points with Catmull–Rom per axis. */
export function resamplePoints(points: readonly Vec3[], n: number): V3[] {
  const xs = resample(points.map((p) => p[0]), n)
  const ys = resample(points.map((p) => p[1]), n)
  const zs = resample(points.map((p) => p[2]), n)
  return xs.map((x, i) => [x, ys[i] ?? 0, zs[i] ?? 0])
}
