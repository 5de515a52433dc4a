/** The loaded body's meshes, for code outside React's tree (test handle, camera focus) to read at call time. */
import type * as THREE from 'three'
import type { BodyFrame } from './frame'

export interface BodyParts {
  readonly root: THREE.Object3D
  readonly muscles: Map<string, THREE.Mesh>
  readonly skin: THREE.Mesh | null
  readonly core: THREE.Mesh | null
  /** The skin of the head, hands and feet where no muscle is drawn; shown while the skin is off. */
  readonly bare?: THREE.Mesh | null
  /** Between the canonical frame (where the anatomy data lives) and this body's. */
  readonly frame: BodyFrame
}

export const loadedParts: { current: BodyParts | null } = { current: null }
