/** Naive surface nets: one vertex per cell that the zero level crosses, quads across crossed edges. */
import type { Grid } from './voxel'
import { voxelIndex } from './voxel'

export interface RawSurface {
  readonly positions: Float32Array
  readonly indices: Uint32Array
}

/** Polygonises the level `iso` of `field` (negative inside); faces point toward increasing field. */
export function surfaceNets(g: Grid, field: Float32Array, iso = 0): RawSurface {
  const { nx, ny, nz, step, min } = g
  const cellVertex = new Int32Array((nx - 1) * (ny - 1) * (nz - 1)).fill(-1)
  const cell = (i: number, j: number, k: number) => (k * (ny - 1) + j) * (nx - 1) + i
  const pos: number[] = []
  const corners = [
    [0, 0, 0], [1, 0, 0], [0, 1, 0], [1, 1, 0], [0, 0, 1], [1, 0, 1], [0, 1, 1], [1, 1, 1],
  ] as const
  const edges = [
    [0, 1], [2, 3], [4, 5], [6, 7], [0, 2], [1, 3], [4, 6], [5, 7], [0, 4], [1, 5], [2, 6], [3, 7],
  ] as const
  const val = new Float64Array(8)
  for (let k = 0; k < nz - 1; k++) {
    for (let j = 0; j < ny - 1; j++) {
      for (let i = 0; i < nx - 1; i++) {
        let inside = 0
        for (let c = 0; c < 8; c++) {
          const [di, dj, dk] = corners[c]!
          val[c] = field[voxelIndex(g, i + di, j + dj, k + dk)]! - iso
          if (val[c]! < 0) inside++
        }
        if (inside === 0 || inside === 8) continue
        let sx = 0, sy = 0, sz = 0, n = 0
        for (const [a, b] of edges) {
          const va = val[a]!, vb = val[b]!
          if (va < 0 === vb < 0) continue
          const t = va / (va - vb)
          const ca = corners[a]!, cb = corners[b]!
          sx += ca[0] + (cb[0] - ca[0]) * t
          sy += ca[1] + (cb[1] - ca[1]) * t
          sz += ca[2] + (cb[2] - ca[2]) * t
          n++
        }
        cellVertex[cell(i, j, k)] = pos.length / 3
        pos.push(min[0] + (i + sx / n) * step, min[1] + (j + sy / n) * step, min[2] + (k + sz / n) * step)
      }
    }
  }
  const idx: number[] = []
  // For each grid edge with a sign change, join the four cells around it.
  for (let k = 1; k < nz - 1; k++) {
    for (let j = 1; j < ny - 1; j++) {
      for (let i = 1; i < nx - 1; i++) {
        const v0 = field[voxelIndex(g, i, j, k)]! - iso
        const axes: [number, number, number, number, number, number][] = [
          // edge along +x: cells around share (j, k) offsets in y and z
          [1, 0, 0, 0, 1, 2],
          [0, 1, 0, 2, 0, 1],
          [0, 0, 1, 1, 2, 0],
        ]
        for (const [dx, dy, dz] of axes) {
          if (i + dx >= nx || j + dy >= ny || k + dz >= nz) continue
          const v1 = field[voxelIndex(g, i + dx, j + dy, k + dz)]! - iso
          if (v0 < 0 === v1 < 0) continue
          let q: number[]
          if (dx) q = [cell(i, j - 1, k - 1), cell(i, j, k - 1), cell(i, j, k), cell(i, j - 1, k)]
          else if (dy) q = [cell(i - 1, j, k - 1), cell(i - 1, j, k), cell(i, j, k), cell(i, j, k - 1)]
          else q = [cell(i - 1, j - 1, k), cell(i, j - 1, k), cell(i, j, k), cell(i - 1, j, k)]
          const vs = q.map((c) => cellVertex[c]!)
          if (vs.some((x) => x < 0)) continue
          const [a, b, c, d] = vs as [number, number, number, number]
          if (v0 < 0) idx.push(a, b, c, a, c, d)
          else idx.push(a, c, b, a, d, c)
        }
      }
    }
  }
  return { positions: new Float32Array(pos), indices: new Uint32Array(idx) }
}
