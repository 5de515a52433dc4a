/**
 * Showing a chosen muscle: the side from which it is least covered and the meshes that cover it from there, both
 * worked out by the model generator (scripts/model/reveal.ts) and carried in each muscle node's extras. At selection
 * time the viewer only reads them.
 */
import * as THREE from 'three'
import type { BodyParts } from './parts'

export interface MuscleReveal {
  /** Unit direction from the muscle toward the camera, the body's frame. */
  readonly view: THREE.Vector3
  /** Camera distance from the muscle's centre, metres. */
  readonly distance: number
  /** Mesh names (`muscle:<id>:<side>`, `core`, `skin-bare`) that cover the muscle from `view`. */
  readonly cover: readonly string[]
}

/** The reveal figures a muscle mesh carries, or null for a model written without them. */
export function revealOf(mesh: THREE.Object3D): MuscleReveal | null {
  const d = mesh.userData as { view?: unknown; cover?: unknown; distance?: unknown }
  if (!Array.isArray(d.view) || d.view.length !== 3 || typeof d.distance !== 'number') return null
  const [x, y, z] = d.view as number[]
  const cover = Array.isArray(d.cover) ? d.cover.filter((c): c is string => typeof c === 'string') : []
  return { view: new THREE.Vector3(x, y, z).normalize(), distance: d.distance, cover }
}

/** The meshes to ghost while `selectedName` is chosen: what covers it from its best side. */
export function coveringMeshes(parts: BodyParts, selectedName: string | null): Set<THREE.Mesh> {
  const out = new Set<THREE.Mesh>()
  const mesh = selectedName ? parts.muscles.get(selectedName) : undefined
  const reveal = mesh && revealOf(mesh)
  if (!reveal) return out
  for (const name of reveal.cover) {
    const m = name === 'core' ? parts.core : name === 'skin-bare' ? parts.bare : parts.muscles.get(name)
    if (m && m !== mesh) out.add(m)
  }
  return out
}

/** Opacity of a mesh ghosted over a chosen muscle: its outline still reads, the muscle behind it shows clearly. */
export const GHOST_OPACITY = 0.12
