/**
 * The skeleton layer: every bone rebuilt from its figure (src/geometry/bone-mesh.ts), written to
 * public/models/skeleton.glb beside the body.
 *
 *   npx tsx scripts/model/skeleton.ts            write it
 *   npx tsx scripts/model/skeleton.ts --check    exit 1 when the committed file differs from what the data gives
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { NamedMesh } from '../../src/geometry/body-model'
import { buildBoneMeshes } from '../../src/geometry/bone-mesh'
import { computeNormals } from '../../src/geometry/mesh'
import { warpPositions, type Warp } from '../../src/geometry/warp'
import { toGlb, type MaterialSpec } from './glb'

export const SKELETON_OUT = resolve(import.meta.dirname, '../../public/models/skeleton.glb')

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

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const meshes = buildSkeleton()
  const glb = await skeletonGlb(meshes)
  const tris = meshes.reduce((s, m) => s + m.mesh.indices.length / 3, 0)
  if (process.argv.includes('--check')) {
    if (!existsSync(SKELETON_OUT) || Buffer.compare(readFileSync(SKELETON_OUT), Buffer.from(glb)) !== 0) {
      console.error('public/models/skeleton.glb is stale: run `npx tsx scripts/model/skeleton.ts` and commit the result.')
      process.exit(1)
    }
    console.log(`skeleton.glb is up to date (${meshes.length} meshes, ${tris} triangles)`)
  } else {
    writeFileSync(SKELETON_OUT, glb)
    console.log(`wrote ${SKELETON_OUT}: ${meshes.length} meshes, ${tris} triangles, ${(glb.length / 1024).toFixed(0)} KiB`)
  }
}
