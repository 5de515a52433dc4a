/** One three.js geometry holding several meshes' triangles, for a single BVH over all of them (Node only). */
import * as THREE from 'three'
import type { MeshData } from '../../src/geometry/mesh'

export function mergedGeometry(meshes: readonly Pick<MeshData, 'positions' | 'indices'>[]): THREE.BufferGeometry {
  const pos = new Float32Array(meshes.reduce((s, m) => s + m.positions.length, 0))
  const idx: number[] = []
  let offset = 0
  for (const m of meshes) {
    pos.set(m.positions, offset * 3)
    for (const i of m.indices) idx.push(i + offset)
    offset += m.positions.length / 3
  }
  const g = new THREE.BufferGeometry()
  g.setAttribute('position', new THREE.BufferAttribute(pos, 3))
  g.setIndex(idx)
  return g
}
