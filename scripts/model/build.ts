/** Gathers the data the model is built from and builds it; shared by the generator and the benchmark. */
import { MeshoptSimplifier } from 'meshoptimizer'
import { LANDMARKS } from '../../data/anatomy/landmarks'
import { MUSCLES } from '../../data/anatomy/muscles'
import { MUSCLE_SHAPES } from '../../data/anatomy/shapes'
import type { Landmark } from '../../data/schema'
import { buildMuscleMeshes, type NamedMesh } from '../../src/geometry/body-model'
import { computeNormals, type MeshData } from '../../src/geometry/mesh'
import { buildSkinAndCore } from '../../src/geometry/skin'

/** Simplify a dense level-set surface to about `targetTriangles`, moving no point more than 0.8 mm. */
function simplify(mesh: MeshData, targetTriangles: number): MeshData {
  const [indices] = MeshoptSimplifier.simplify(mesh.indices, mesh.positions, 3, targetTriangles * 3, 0.0008, ['Prune', 'ErrorAbsolute'])
  // Drop vertices no triangle uses any more.
  const remap = new Int32Array(mesh.positions.length / 3).fill(-1)
  const pos: number[] = []
  const idx = new Uint32Array(indices.length)
  indices.forEach((v, i) => {
    if (remap[v] === -1) {
      remap[v] = pos.length / 3
      pos.push(mesh.positions[v * 3]!, mesh.positions[v * 3 + 1]!, mesh.positions[v * 3 + 2]!)
    }
    idx[i] = remap[v]!
  })
  const positions = new Float32Array(pos)
  return { positions, normals: computeNormals(positions, idx), indices: idx }
}

export async function buildBodyModel(): Promise<NamedMesh[]> {
  await MeshoptSimplifier.ready
  const muscles = buildMuscleMeshes(MUSCLES, MUSCLE_SHAPES)
  const landmarks = new Map<string, Landmark>(LANDMARKS.map((l) => [l.id, l]))
  const { skin, core } = buildSkinAndCore(landmarks, muscles.map((m) => m.mesh))
  return [
    { name: 'skin', mesh: simplify(skin, 60_000), extras: { kind: 'skin' } },
    { name: 'core', mesh: simplify(core, 25_000), extras: { kind: 'skin' } },
    ...muscles,
  ]
}
