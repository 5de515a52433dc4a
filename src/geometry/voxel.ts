/** A regular voxel grid over the body, with solid filling of closed meshes and Euclidean distance transforms. */
import type { Vec3 } from '../../data/schema'
import type { MeshData } from './mesh'

export interface Grid {
  readonly min: Vec3
  /** voxel edge, metres */
  readonly step: number
  readonly nx: number
  readonly ny: number
  readonly nz: number
}

export function makeGrid(min: Vec3, max: Vec3, step: number): Grid {
  return {
    min,
    step,
    nx: Math.ceil((max[0] - min[0]) / step) + 1,
    ny: Math.ceil((max[1] - min[1]) / step) + 1,
    nz: Math.ceil((max[2] - min[2]) / step) + 1,
  }
}

export const voxelIndex = (g: Grid, i: number, j: number, k: number) => (k * g.ny + j) * g.nx + i

/** Marks voxels whose centres lie inside a closed mesh (ray parity along z per column). */
export function fillSolid(g: Grid, mesh: Pick<MeshData, 'positions' | 'indices'>, out: Uint8Array): void {
  const P = mesh.positions, I = mesh.indices
  const crossings = new Map<number, number[]>()
  for (let t = 0; t < I.length; t += 3) {
    const a = I[t]! * 3, b = I[t + 1]! * 3, c = I[t + 2]! * 3
    const ax = P[a]!, ay = P[a + 1]!, az = P[a + 2]!
    const bx = P[b]!, by = P[b + 1]!, bz = P[b + 2]!
    const cx = P[c]!, cy = P[c + 1]!, cz = P[c + 2]!
    const i0 = Math.max(0, Math.ceil((Math.min(ax, bx, cx) - g.min[0]) / g.step))
    const i1 = Math.min(g.nx - 1, Math.floor((Math.max(ax, bx, cx) - g.min[0]) / g.step))
    const j0 = Math.max(0, Math.ceil((Math.min(ay, by, cy) - g.min[1]) / g.step))
    const j1 = Math.min(g.ny - 1, Math.floor((Math.max(ay, by, cy) - g.min[1]) / g.step))
    const det = (bx - ax) * (cy - ay) - (cx - ax) * (by - ay)
    if (Math.abs(det) < 1e-14) continue
    for (let i = i0; i <= i1; i++) {
      const x = g.min[0] + i * g.step
      for (let j = j0; j <= j1; j++) {
        const y = g.min[1] + j * g.step
        // Barycentric coordinates of (x, y) in the triangle's xy projection; half-open edges avoid double counts.
        const l1 = ((x - ax) * (cy - ay) - (cx - ax) * (y - ay)) / det
        const l2 = ((bx - ax) * (y - ay) - (x - ax) * (by - ay)) / det
        const l0 = 1 - l1 - l2
        if (l0 < 0 || l1 < 0 || l2 < 0 || l0 >= 1 || l1 >= 1 || l2 >= 1) continue
        const z = l0 * az + l1 * bz + l2 * cz
        const key = j * g.nx + i
        let list = crossings.get(key)
        if (!list) crossings.set(key, (list = []))
        list.push(z)
      }
    }
  }
  for (const [key, zs] of crossings) {
    if (zs.length < 2) continue
    zs.sort((p, q) => p - q)
    const i = key % g.nx, j = Math.floor(key / g.nx)
    for (let n = 0; n + 1 < zs.length; n += 2) {
      const k0 = Math.max(0, Math.ceil((zs[n]! - g.min[2]) / g.step))
      const k1 = Math.min(g.nz - 1, Math.floor((zs[n + 1]! - g.min[2]) / g.step))
      for (let k = k0; k <= k1; k++) out[voxelIndex(g, i, j, k)] = 1
    }
  }
}

/** 1D squared-distance transform (Felzenszwalb & Huttenlocher) of f, in place through the scratch buffers. */
function edt1d(f: Float64Array, n: number, d: Float64Array, v: Int32Array, z: Float64Array): void {
  let k = 0
  v[0] = 0
  z[0] = -Infinity
  z[1] = Infinity
  for (let q = 1; q < n; q++) {
    let s = (f[q]! + q * q - (f[v[k]!]! + v[k]! * v[k]!)) / (2 * q - 2 * v[k]!)
    while (s <= z[k]!) {
      k--
      s = (f[q]! + q * q - (f[v[k]!]! + v[k]! * v[k]!)) / (2 * q - 2 * v[k]!)
    }
    k++
    v[k] = q
    z[k] = s
    z[k + 1] = Infinity
  }
  k = 0
  for (let q = 0; q < n; q++) {
    while (z[k + 1]! < q) k++
    d[q] = (q - v[k]!) ** 2 + f[v[k]!]!
  }
}

/** Distance (metres) from every voxel to the nearest voxel where `seed` is set. */
export function distanceTo(g: Grid, seed: Uint8Array): Float32Array {
  const n = g.nx * g.ny * g.nz
  const D = new Float64Array(n)
  for (let i = 0; i < n; i++) D[i] = seed[i] ? 0 : 1e20
  const m = Math.max(g.nx, g.ny, g.nz)
  const f = new Float64Array(m), d = new Float64Array(m), z = new Float64Array(m + 1)
  const v = new Int32Array(m)
  const pass = (len: number, count: number, at: (line: number, q: number) => number) => {
    for (let line = 0; line < count; line++) {
      for (let q = 0; q < len; q++) f[q] = D[at(line, q)]!
      edt1d(f, len, d, v, z)
      for (let q = 0; q < len; q++) D[at(line, q)] = d[q]!
    }
  }
  pass(g.nx, g.ny * g.nz, (line, q) => line * g.nx + q)
  pass(g.ny, g.nx * g.nz, (line, q) => {
    const i = line % g.nx, k = Math.floor(line / g.nx)
    return (k * g.ny + q) * g.nx + i
  })
  pass(g.nz, g.nx * g.ny, (line, q) => q * g.nx * g.ny + line)
  const out = new Float32Array(n)
  for (let i = 0; i < n; i++) out[i] = Math.sqrt(D[i]!) * g.step
  return out
}

/** Signed distance from a solid mask: negative inside, positive outside (metres, to voxel centres). */
export function signedDistance(g: Grid, solid: Uint8Array): Float32Array {
  const outside = distanceTo(g, solid)
  const inv = new Uint8Array(solid.length)
  for (let i = 0; i < solid.length; i++) inv[i] = solid[i] ? 0 : 1
  const inside = distanceTo(g, inv)
  const out = new Float32Array(solid.length)
  // Half a voxel puts the zero level between the last inside and the first outside voxel.
  for (let i = 0; i < solid.length; i++) out[i] = solid[i] ? -inside[i]! + g.step / 2 : outside[i]! - g.step / 2
  return out
}
