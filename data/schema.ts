/**
 * Types of the dataset. Facts live in the files beside this one; this file only says their shape.
 *
 * Frame: metres, +Y up, the body faces +Z, +X is the body's LEFT, origin on the floor midway between the heels.
 * Paired structures are written once for the LEFT side (x > 0) and mirrored (x → −x) for the right.
 */

import type { LANDMARKS } from './anatomy/landmarks'
import type { DERIVED_LANDMARKS } from './anatomy/palpation-landmarks'

export type Vec3 = readonly [number, number, number]

export type Side = 'left' | 'right'
/** Where a mesh or mark lies: one side, or on the midline (unpaired). */
export type Placement = Side | 'mid'

/** A citation: which work, and where in it. `ref` is a key of SOURCES (data/sources.ts). */
export interface SourceRef {
  readonly ref: string
  /** Chapter number or title, when the work has chapters. */
  readonly chapter?: number | string
  /** Pages, figure or section, free text. */
  readonly locator?: string
}

export interface Source {
  readonly id: string
  readonly title: string
  readonly authors: string
  readonly year: number
  readonly edition?: string
  readonly publisher?: string
  /** Licence of figures taken from it, when it is a dataset (e.g. the BodyParts3D reference). */
  readonly licence?: string
  /** Credit line to show where its figures are used. */
  readonly credit?: string
}

export type Region =
  | 'head'
  | 'neck'
  | 'shoulder'
  | 'upper-back'
  | 'chest'
  | 'arm'
  | 'forearm'
  | 'hand'
  | 'abdomen'
  | 'low-back'
  | 'hip'
  | 'thigh'
  | 'leg'
  | 'foot'

export type Layer = 'superficial' | 'intermediate' | 'deep'

export interface Innervation {
  /** Nerve name, e.g. "Suprascapular nerve". */
  readonly nerve: string
  /** Spinal roots, e.g. "C5–C6"; cranial nerves written "CN V3". */
  readonly roots: string
}

/** Anatomical facts of one selectable muscle or muscle part. */
export interface MuscleFacts {
  /** kebab-case, unique; parts are `<group>-<part>` e.g. `trapezius-upper`. */
  readonly id: string
  readonly name: string
  /** Common synonyms and abbreviations a person might type ("traps", "SCM"). */
  readonly synonyms: readonly string[]
  /** The whole muscle this is a part of (e.g. `trapezius` for `trapezius-upper`), when it is a part. */
  readonly group?: string
  readonly region: Region
  readonly layer: Layer
  /** True when the muscle lies on the midline as one piece (none of the current set). */
  readonly midline?: boolean
  readonly origin: string
  readonly insertion: string
  readonly action: string
  readonly innervation: readonly Innervation[]
  readonly source: SourceRef
}

/**
 * A point fixed to a named bony or surface landmark, for shapes that must follow the body:
 * referral zones, body areas. `offset` is added in the canonical frame (left side; mirrored for the right).
 */
export interface Anchor {
  readonly landmark: string
  readonly offset?: Vec3
}

/** Which way the skin must face to be part of a blob; keeps a blob on one face of a thin limb. */
export type Facing = 'anterior' | 'posterior' | 'lateral' | 'medial' | 'superior' | 'inferior'

/**
 * A soft region of the skin: every skin point within `radius` of the anchor (or of the segment
 * from `at` to `to`, a capsule) belongs to it, fading out over the last quarter of the radius.
 */
export interface Blob {
  readonly at: Anchor
  readonly to?: Anchor
  /** metres */
  readonly radius: number
  readonly facing?: Facing
}

/** One zone of referred pain: blobs on the skin plus the everyday body areas they cover. */
export interface ReferralZone {
  readonly blobs: readonly Blob[]
  /** Body-area ids (data/body-areas.ts) this zone covers. */
  readonly areas: readonly string[]
  /** Side relative to the trigger point: same side (default), opposite, or both. */
  readonly laterality?: 'ipsilateral' | 'contralateral' | 'bilateral'
}

/** Location of a trigger point on its muscle's surface: u across the fibres, v origin → insertion, both 0..1. */
export interface MuscleSurfacePoint {
  readonly u: number
  readonly v: number
  /** 0 at the superficial face, 1 at the deep face. */
  readonly depth?: number
}

export type Prevalence = 'common' | 'occasional' | 'rare'

export interface TriggerPoint {
  /** `<muscle id>-<n>`, e.g. `infraspinatus-1`. */
  readonly id: string
  readonly muscle: string
  /** As the literature numbers or names it: "TrP1", "central", "attachment". */
  readonly label: string
  readonly at: MuscleSurfacePoint
  /** One line: where and how to palpate. */
  readonly palpation: string
  /** The bony places the palpation hint names, as guides to find the trigger point; absent when it names none. */
  readonly landmarks?: readonly LandmarkId[]
  readonly referral: {
    readonly essential: readonly ReferralZone[]
    /** Empty only where the manual draws no spillover for this trigger point. */
    readonly spillover: readonly ReferralZone[]
  }
  /**
   * The trigger point whose pattern this one shares, where the manual draws one pattern for several trigger points
   * (the scalenes, the suboccipitals, piriformis 1 and 2…): `referral` is then the same as that one's, never a copy
   * that could drift. Names the first trigger point of the set, which names none itself.
   */
  readonly sharedPatternWith?: string
  /** What a person notices, in everyday words. */
  readonly symptoms: readonly string[]
  /** Condition ids (data/conditions.ts). */
  readonly conditions: readonly string[]
  readonly perpetuatingFactors: readonly string[]
  readonly selfCare: string
  /** How often this trigger point is a source of pain in practice. */
  readonly prevalence: Prevalence
  readonly source: SourceRef
}

export type ConditionCategory =
  | 'myofascial'
  | 'ischemia'
  | 'neural-entrapment'
  | 'nerve-compression'
  | 'postural'
  | 'gait'

export interface Condition {
  readonly id: string
  readonly name: string
  readonly synonyms: readonly string[]
  readonly category: ConditionCategory
  readonly description: string
  /** Muscles whose trigger points cause or mimic it. Its trigger points are those that name it in `conditions`. */
  readonly muscles: readonly string[]
  /** Symptoms that need a clinician, not a massage. */
  readonly redFlags: readonly string[]
  readonly source: SourceRef
}

/** A named area of the body surface, in everyday and anatomical words. */
export interface BodyArea {
  readonly id: string
  readonly name: string
  readonly synonyms: readonly string[]
  /** Paired areas exist on each side; midline ones (e.g. "sternum") once. */
  readonly sided: boolean
  readonly region: Region
  /** Where it lies on the skin (left side for sided areas). */
  readonly blobs: readonly Blob[]
}

/** A named point measured on the skeleton (left side for paired points, x ≥ 0). */
export interface Landmark {
  readonly id: string
  readonly name: string
  /** metres, canonical frame */
  readonly at: Vec3
  readonly paired: boolean
}

/** Id of a measured landmark (data/anatomy/landmarks.ts); a typo fails to compile. */
export type MeasuredLandmarkId = (typeof LANDMARKS)[number]['id']
/** Id of a derived landmark (data/anatomy/palpation-landmarks.ts). */
export type DerivedLandmarkId = (typeof DERIVED_LANDMARKS)[number]['id']
/** Id of any landmark, measured or derived. */
export type LandmarkId = MeasuredLandmarkId | DerivedLandmarkId

/**
 * Where a derived landmark lies, from measured ones: the point `t` of the way from `between[0]` to `between[1]`,
 * or a `landmark`; plus `offset` (metres, canonical frame, left side).
 */
export type LandmarkBlend =
  | { readonly between: readonly [MeasuredLandmarkId, MeasuredLandmarkId]; readonly t: number; readonly offset?: Vec3 }
  | { readonly landmark: MeasuredLandmarkId; readonly offset: Vec3 }

/**
 * A bony place that palpation hints name but the measured set lacks (the spine of the scapula, the tibial crest…),
 * placed from measured landmarks. Left side for paired places; mirror x for the right.
 */
export interface DerivedLandmark {
  readonly id: string
  readonly name: string
  readonly at: LandmarkBlend
  readonly paired: boolean
  readonly source: SourceRef
}

/**
 * Shape of a compact muscle belly: a centre curve through stations (origin → insertion) and, at each station,
 * the outline of the cross-section as radii at equal angles. Angle 0 points to the superficial side
 * (`facing` projected into the section), angles turn right-handed about the curve's direction.
 */
export interface TubeShape {
  readonly kind: 'tube'
  readonly facing: Vec3
  readonly centre: readonly Vec3[]
  /** metres; one row per station, one column per angle */
  readonly radii: readonly (readonly number[])[]
}

/**
 * Shape of a flat or fan-shaped muscle: a grid on its mid-surface, rows from origin to insertion, columns
 * across the fibres, each node with the muscle's thickness there. `facing` says which side is superficial.
 */
export interface SheetShape {
  readonly kind: 'sheet'
  readonly facing: Vec3
  readonly mid: readonly (readonly Vec3[])[]
  /** metres; same grid as `mid` */
  readonly thickness: readonly (readonly number[])[]
}

export type MuscleShape = TubeShape | SheetShape

/** A muscle's shape and where it came from. */
export interface MuscleShapeEntry {
  readonly muscle: string
  readonly shape: MuscleShape
  /** 'measured': rebuilt from figures measured on the reference; 'authored': laid over the reference's bones and muscles from landmarks. */
  readonly origin: 'measured' | 'authored'
  /** Centroid of the reference muscle (measured ones only), metres, for checking the rebuild. */
  readonly referenceCentroid?: Vec3
  readonly source: SourceRef
}
