/**
 * A smooth space warp from paired points: an affine part plus a biharmonic radial basis (φ(r) = r), the 3D
 * analogue of a thin-plate spline. It carries every source point onto its target (or close to it, with
 * `smoothing`) and bends space smoothly in between. Pure and serialisable: the viewer applies the same warp
 * to positions the generator computed in the canonical frame. Metres.
 */
import type { Vec3 } from '../../data/schema'
import type { V3 } from './vec'

export interface Warp {
  /** Source points (the RBF centres), xyz triples. */
  readonly centres: readonly number[]
  /** Per centre, the weight vector (xyz triples). */
  readonly weights: readonly number[]
  /** Affine part, row-major 3×4: x' = A [x y z 1]. */
  readonly affine: readonly number[]
}

/** Solves A x = b in place by Gaussian elimination with partial pivoting (A n×n row-major, b n×m). */
function solve(a: Float64Array, b: Float64Array, n: number, m: number): void {
  for (let c = 0; c < n; c++) {
    let p = c
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r * n + c]!) > Math.abs(a[p * n + c]!)) p = r
    if (Math.abs(a[p * n + c]!) < 1e-12) throw new Error('warp: paired points are degenerate')
    if (p !== c) {
      for (let k = 0; k < n; k++) [a[c * n + k], a[p * n + k]] = [a[p * n + k]!, a[c * n + k]!]
      for (let k = 0; k < m; k++) [b[c * m + k], b[p * m + k]] = [b[p * m + k]!, b[c * m + k]!]
    }
    for (let r = c + 1; r < n; r++) {
      const f = a[r * n + c]! / a[c * n + c]!
      if (f === 0) continue
      for (let k = c; k < n; k++) a[r * n + k]! -= f * a[c * n + k]!
      for (let k = 0; k < m; k++) b[r * m + k]! -= f * b[c * m + k]!
    }
  }
  for (let c = n - 1; c >= 0; c--) {
    for (let k = 0; k < m; k++) {
      let s = b[c * m + k]!
      for (let j = c + 1; j < n; j++) s -= a[c * n + j]! * b[j * m + k]!
      b[c * m + k] = s / a[c * n + c]!
    }
  }
}

/**
 * The warp carrying each `from[i]` to `to[i]`. `smoothing` (metres) lets it pass near rather than through the
 * targets, which keeps it gentle where pairs crowd or disagree.
 */
export function fitWarp(from: readonly Vec3[], to: readonly Vec3[], smoothing = 0): Warp {
  const n = from.length
  const size = n + 4
  const a = new Float64Array(size * size)
  const b = new Float64Array(size * 3)
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const p = from[i]!, q = from[j]!
      a[i * size + j] = Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]) - (i === j ? smoothing : 0)
    }
    const row = [from[i]![0], from[i]![1], from[i]![2], 1]
    for (let k = 0; k < 4; k++) {
      a[i * size + n + k] = row[k]!
      a[(n + k) * size + i] = row[k]!
    }
    for (let k = 0; k < 3; k++) b[i * 3 + k] = to[i]![k]!
  }
  solve(a, b, size, 3)
  const affine: number[] = []
  for (let k = 0; k < 3; k++) affine.push(b[n * 3 + k]!, b[(n + 1) * 3 + k]!, b[(n + 2) * 3 + k]!, b[(n + 3) * 3 + k]!)
  return { centres: from.flatMap((p) => [p[0], p[1], p[2]]), weights: Array.from(b.subarray(0, n * 3)), affine }
}

export function applyWarp(w: Warp, p: Vec3): V3 {
  const A = w.affine
  const out: V3 = [
    A[0]! * p[0] + A[1]! * p[1] + A[2]! * p[2] + A[3]!,
    A[4]! * p[0] + A[5]! * p[1] + A[6]! * p[2] + A[7]!,
    A[8]! * p[0] + A[9]! * p[1] + A[10]! * p[2] + A[11]!,
  ]
  const c = w.centres, wt = w.weights
  for (let i = 0; i < c.length; i += 3) {
    const r = Math.hypot(p[0] - c[i]!, p[1] - c[i + 1]!, p[2] - c[i + 2]!)
    out[0] += wt[i]! * r
    out[1] += wt[i + 1]! * r
    out[2] += wt[i + 2]! * r
  }
  return out
}

/** Warps xyz triples; a new array. */
export function warpPositions(w: Warp, positions: ArrayLike<number>): Float32Array {
  const out = new Float32Array(positions.length)
  for (let i = 0; i < positions.length; i += 3) {
    const q = applyWarp(w, [positions[i]!, positions[i + 1]!, positions[i + 2]!])
    out[i] = q[0]
    out[i + 1] = q[1]
    out[i + 2] = q[2]
  }
  return out
}

/**
 * The point that `forward` carries onto `p`: starts from the fitted inverse warp and corrects it a few times by
 * the forward warp's residual (the warps are close to a uniform scale, so each step shrinks the error ~10×).
 */
export function applyInverse(forward: Warp, inverse: Warp, p: Vec3, steps = 3): V3 {
  const x = applyWarp(inverse, p)
  for (let k = 0; k < steps; k++) {
    const f = applyWarp(forward, x)
    x[0] += p[0] - f[0]
    x[1] += p[1] - f[1]
    x[2] += p[2] - f[2]
  }
  return x
}
