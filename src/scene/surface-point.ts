/** Finds where a (u, v) location lies on a generated muscle mesh, in world space. */
import * as THREE from 'three'
import type { MuscleSurfacePoint } from '../../data/schema'

export interface SurfacePoint {
  readonly position: THREE.Vector3
  readonly normal: THREE.Vector3
}

/**
 * The superficial vertex whose (u, v) is nearest the requested one. Sheets mark their deep face in TEXCOORD_1,
 * tubes put u = 0.5 on their superficial side, so both give a point a therapist can press.
 */
export function surfacePointAt(mesh: THREE.Mesh, at: MuscleSurfacePoint): SurfacePoint | null {
  const g = mesh.geometry
  const uv = g.getAttribute('uv')
  const depth = g.getAttribute('uv1')
  const pos = g.getAttribute('position')
  const nor = g.getAttribute('normal')
  if (!uv || !pos) return null
  let best = -1
  let bestD = Infinity
  for (let i = 0; i < uv.count; i++) {
    if (depth && depth.getX(i) > 0.5) continue
    const d = (uv.getX(i) - at.u) ** 2 + (uv.getY(i) - at.v) ** 2
    if (d < bestD) {
      bestD = d
      best = i
    }
  }
  if (best < 0) return null
  mesh.updateWorldMatrix(true, false)
  const position = new THREE.Vector3().fromBufferAttribute(pos, best).applyMatrix4(mesh.matrixWorld)
  const normal = nor
    ? new THREE.Vector3().fromBufferAttribute(nor, best).applyMatrix3(new THREE.Matrix3().getNormalMatrix(mesh.matrixWorld)).normalize()
    : new THREE.Vector3(0, 0, 1)
  return { position, normal }
}
