/** Measures a bony plate (scapular blade, iliac wing, sacrum, ramus of the mandible) as a sheet figure. Pure. */
import type { SheetShape, Vec3 } from '../../data/schema'
import { roundMm10 } from './bone-measure'
import { centroid } from './measure'
import { add, cross, dot, normalize, reject, scale, sub, type V3 } from './vec'

const roundV = (p: Vec3): V3 => [roundMm10(p[0]), roundMm10(p[1]), roundMm10(p[2])]

export interface PlateOptions {
  /** Outer side of the plate (its normal, fitted by the caller). */
  readonly facing: Vec3
  /** From the first row to the last. */
  readonly toward: Vec3
  readonly rows: number
  readonly columns: number
}

/**
 * Measure a bony plate as a sheet (mid-surface grid and thickness, as the muscles' sheets). Each node fits a plane to
 * the points around it, so a plate that slopes across its cell is not taken for a thick one: the mid-surface is the
 * fitted plane, the thickness the spread of the points about it.
 */
export function measurePlate(points: readonly Vec3[], opt: PlateOptions): SheetShape {
  const n = normalize(opt.facing)
  const f = normalize(reject(opt.toward, n))
  const g = cross(n, f)
  const m = centroid(points)
  const q = points.map((p) => {
    const d = sub(p, m)
    return [dot(d, g), dot(d, f), dot(d, n)] as V3
  })
  const from = (a: number, b: number, h: number) => add(m, add(add(scale(g, a), scale(f, b)), scale(n, h)))
  let bmin = Infinity, bmax = -Infinity
  for (const x of q) {
    bmin = Math.min(bmin, x[1])
    bmax = Math.max(bmax, x[1])
  }
  const Nv = opt.rows, Nu = opt.columns
  const L = bmax - bmin
  const db = L / (Nv - 1)
  const mid: V3[][] = []
  const thickness: number[][] = []
  for (let i = 0; i < Nv; i++) {
    const b = bmin + L * (0.015 + (0.97 * i) / (Nv - 1))
    const row = q.filter((x) => Math.abs(x[1] - b) <= db / 2)
    const as = row.map((x) => x[0]).sort((x, y) => x - y)
    const amin = as[Math.floor(as.length * 0.01)] ?? 0
    const amax = as[Math.max(0, Math.ceil(as.length * 0.99) - 1)] ?? 0
    const da = (amax - amin) / (Nu - 1) || 1e-4
    const midRow: V3[] = []
    const thRow: number[] = []
    for (let j = 0; j < Nu; j++) {
      const a = amin + (amax - amin) * (0.02 + (0.96 * j) / (Nu - 1))
      const near = q.filter((x) => Math.abs(x[0] - a) <= da * 0.75 && Math.abs(x[1] - b) <= db * 0.75)
      const fit = fitPlane(near, a, b)
      midRow.push(roundV(from(a, b, fit.h)))
      thRow.push(roundMm10(Math.max(fit.spread, 0.0015)))
    }
    mid.push(midRow)
    thickness.push(thRow)
  }
  return { kind: 'sheet', facing: roundV(n), mid, thickness }
}

/** Least-squares plane h = c0 + c1 (a − a0) + c2 (b − b0) through plate points; the plate's mid height and thickness there. */
function fitPlane(pts: readonly V3[], a0: number, b0: number): { h: number; spread: number } {
  if (pts.length === 0) return { h: 0, spread: 0.0015 }
  const hs = pts.map((p) => p[2])
  if (pts.length < 8) {
    const lo = Math.min(...hs), hi = Math.max(...hs)
    return { h: (lo + hi) / 2, spread: hi - lo }
  }
  // Normal equations of a 3-parameter fit.
  const S = [0, 0, 0, 0, 0, 0, 0, 0, 0], R = [0, 0, 0]
  for (const p of pts) {
    const row = [1, p[0] - a0, p[1] - b0]
    for (let i = 0; i < 3; i++) {
      R[i]! += row[i]! * p[2]
      for (let j = 0; j < 3; j++) S[i * 3 + j]! += row[i]! * row[j]!
    }
  }
  const c = solve3(S, R)
  const res = pts.map((p) => p[2] - (c[0] + c[1] * (p[0] - a0) + c[2] * (p[1] - b0)))
  const lo = Math.min(...res), hi = Math.max(...res)
  const h = c[0] + (lo + hi) / 2
  const hlo = Math.min(...hs), hhi = Math.max(...hs)
  // A node the points only reach from one side would extrapolate the fitted slope: keep to the points' own heights.
  if (h < hlo || h > hhi || hi - lo > hhi - hlo) return { h: (hlo + hhi) / 2, spread: hhi - hlo }
  return { h, spread: hi - lo }
}

/** Solve a 3×3 linear system (row-major) by Cramer's rule; a singular one falls back to the mean. */
function solve3(A: readonly number[], b: readonly number[]): V3 {
  const det = (m: readonly number[]) =>
    m[0]! * (m[4]! * m[8]! - m[5]! * m[7]!) - m[1]! * (m[3]! * m[8]! - m[5]! * m[6]!) + m[2]! * (m[3]! * m[7]! - m[4]! * m[6]!)
  const D = det(A)
  if (Math.abs(D) < 1e-18) return [b[0]! / Math.max(A[0]!, 1), 0, 0]
  const col = (k: number) => A.map((x, i) => (i % 3 === k ? b[Math.floor(i / 3)]! : x))
  return [det(col(0)) / D, det(col(1)) / D, det(col(2)) / D]
}

