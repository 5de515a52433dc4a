/**
 * The body model as named meshes: every muscle part on each side, named `muscle:<id>:<side>`, plus the skin.
 * Pure: the generator writes these to a .glb, the tests inspect them directly.
 */
import type { Layer, MuscleShapeEntry, Placement, Region, Vec3 } from '../../data/schema'
import type { MeshData } from './mesh'
import { mirrorMesh } from './mesh'
import { buildMuscle, type Resolution } from './muscle-mesh'

export interface NamedMesh {
  readonly name: string
  readonly mesh: MeshData
  readonly extras: {
    readonly kind: 'muscle' | 'skin' | 'bone'
    readonly muscle?: string
    /** Bone id (data/anatomy/bones), on bone meshes. */
    readonly bone?: string
    readonly side?: Placement
    readonly region?: Region
    readonly layer?: Layer
    readonly group?: string
    /** On muscles: the unit direction from which the muscle is least covered (toward the camera), body frame. */
    readonly view?: Vec3
    /** On muscles: the meshes that cover it from `view`, which the viewer ghosts while it is chosen. */
    readonly cover?: readonly string[]
    /** On muscles: how far the camera stands from the muscle's centre along `view`, metres. */
    readonly distance?: number
  }
}

export interface MuscleInfo {
  readonly id: string
  readonly region: Region
  readonly layer: Layer
  readonly group?: string
}

export const muscleMeshName = (id: string, side: Placement) => `muscle:${id}:${side}`

/** Resolution per shape kind: enough to read a belly's curve, light enough for a phone. */
export function resolutionFor(entry: MuscleShapeEntry): Resolution {
  return entry.shape.kind === 'tube' ? { along: 20, across: 14 } : { along: 18, across: 11 }
}

/** Left and right meshes of every muscle that has a shape, in the order of `muscles`. */
export function buildMuscleMeshes(muscles: readonly MuscleInfo[], shapes: readonly MuscleShapeEntry[]): NamedMesh[] {
  const byId = new Map(shapes.map((s) => [s.muscle, s]))
  const out: NamedMesh[] = []
  for (const m of muscles) {
    const entry = byId.get(m.id)
    if (!entry) continue
    const left = buildMuscle(entry.shape, resolutionFor(entry))
    const extras = { kind: 'muscle' as const, muscle: m.id, region: m.region, layer: m.layer, group: m.group }
    out.push({ name: muscleMeshName(m.id, 'left'), mesh: left, extras: { ...extras, side: 'left' } })
    out.push({ name: muscleMeshName(m.id, 'right'), mesh: mirrorMesh(left), extras: { ...extras, side: 'right' } })
  }
  return out
}
