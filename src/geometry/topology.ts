/** Topology checks on indexed meshes (welded by position, so texture seams do not count as holes). */
import { weldByPosition, type MeshData } from './mesh'

const weld = (positions: Float32Array) => weldByPosition(positions, 1e6)

/** True when every edge is shared by exactly two triangles with opposite directions (a closed, oriented surface). */
export function isClosed(mesh: Pick<MeshData, 'positions' | 'indices'>): boolean {
  const w = weld(mesh.positions)
  const edges = new Map<string, number>()
  const idx = mesh.indices
  for (let t = 0; t < idx.length; t += 3) {
    for (let e = 0; e < 3; e++) {
      const a = w[idx[t + e]!]!, b = w[idx[t + ((e + 1) % 3)]!]!
      if (a === b) continue
      const k = `${a},${b}`
      edges.set(k, (edges.get(k) ?? 0) + 1)
    }
  }
  for (const [k, n] of edges) {
    const [a, b] = k.split(',')
    if (n !== 1 || edges.get(`${b},${a}`) !== 1) return false
  }
  return true
}

/** Number of connected pieces (triangles sharing a welded vertex belong together). */
export function componentCount(mesh: Pick<MeshData, 'positions' | 'indices'>): number {
  const w = weld(mesh.positions)
  const parent = new Int32Array(w.length).map((_, i) => i)
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!
    return x
  }
  const idx = mesh.indices
  for (let t = 0; t < idx.length; t += 3) {
    const a = find(w[idx[t]!]!)
    parent[find(w[idx[t + 1]!]!)] = a
    parent[find(w[idx[t + 2]!]!)] = a
  }
  const roots = new Set<number>()
  for (let t = 0; t < idx.length; t++) roots.add(find(w[idx[t]!]!))
  return roots.size
}
