/**
 * Types of the bone figures: compact descriptors from which src/geometry/bone-mesh.ts rebuilds each bone.
 * Frame as in data/schema.ts (metres, +Y up, facing +Z, +X the body's left); paired bones are given for the LEFT side.
 */
import type { SheetShape, SourceRef, Vec3 } from '../../schema'

/**
 * A long or slender bone (or part of one): a centre curve through stations, the outline of each cross-section as
 * radii at equal angles, and rounded ends. Angle 0 at the first station points along `facing` projected into the
 * section; the section frame is carried along the curve without twist, angles turning right-handed about it.
 */
export interface BoneTube {
  readonly kind: 'tube'
  readonly facing: Vec3
  readonly centre: readonly Vec3[]
  /** metres; one row per station, one column per angle */
  readonly radii: readonly (readonly number[])[]
  /** How far the rounded ends reach beyond the first and the last station, metres, at each angle of the section. */
  readonly caps: readonly [readonly number[], readonly number[]]
}

/**
 * A compact, irregular bone (or lobe of one) as a star-shaped surface: its distance from `centre` along each vertex
 * direction of an icosahedron subdivided `level` times (10·4^level + 2 directions, in the order icosphere() gives).
 */
export interface BoneRadial {
  readonly kind: 'radial'
  readonly centre: Vec3
  readonly level: number
  /** metres, one per direction */
  readonly radii: readonly number[]
}

/** One piece of a bone's figure; a plate (scapular blade, iliac wing, sacrum) is a sheet like the muscles' sheets. */
export type BonePart = (BoneTube | BoneRadial | SheetShape) & {
  /** What the piece is, e.g. `shaft`, `head`, `metacarpal-2`. */
  readonly name: string
}

export interface BoneFigure {
  /** kebab-case, unique: `skull`, `vertebra-t7`, `rib-5`, `femur`, `hand` … */
  readonly id: string
  readonly name: string
  /** Paired bones are given for the left side and mirrored (x → −x) for the right. */
  readonly paired: boolean
  readonly parts: readonly BonePart[]
  /** 'measured': rebuilt from figures measured on the reference; 'authored': placed from landmarks where it has none. */
  readonly origin: 'measured' | 'authored'
  /** Area-weighted centroid of the reference bone's surface (measured ones), metres, for checking the rebuild. */
  readonly referenceCentroid?: Vec3
  /** Corners of the reference bone's bounding box (measured ones), metres. */
  readonly referenceBounds?: readonly [Vec3, Vec3]
  readonly source: SourceRef
}
