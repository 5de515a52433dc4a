/**
 * The skeleton layer: every bone rebuilt from its figure (src/geometry/bone-mesh.ts), one file per body
 * (public/models/skeleton.glb, skeleton-female.glb), written by `npm run model` beside the bodies.
 */
import type { NamedMesh } from '../../src/geometry/body-model'
import { buildBoneMeshes } from '../../src/geometry/bone-mesh'
import { computeNormals } from '../../src/geometry/mesh'
import { warpPositions, type Warp } from '../../src/geometry/warp'
import { toGlb, type MaterialSpec } from './glb'

/** Ivory, matte (the viewer sets its own material; this is the look in other glTF viewers). */
export const BONE_MATERIALS: Readonly<Record<string, MaterialSpec>> = {
  bone: { color: [0.8, 0.72, 0.56, 1], roughness: 0.9 },
}

/** Every bone, in the canonical frame or, given a body's warp (canonical → body), carried into that body's frame. */
export function buildSkeleton(toBody?: Warp): NamedMesh[] {
  const bones = buildBoneMeshes()
  if (!toBody) return bones
  return bones.map((b) => {
    const positions = warpPositions(toBody, b.mesh.positions)
    return { ...b, mesh: { ...b.mesh, positions, normals: computeNormals(positions, b.mesh.indices) } }
  })
}

export async function skeletonGlb(meshes: readonly NamedMesh[] = buildSkeleton()): Promise<Uint8Array> {
  // Positions to 1/4096 of each bone's size (0.1 mm on the femur) and coarse normals suit matte bone.
  return toGlb(meshes, BONE_MATERIALS, () => 'bone', {}, { generator: 'trigger-point-explorer skeleton', scene: 'skeleton', positionBits: 12, normalBits: 8 })
}
