/**
 * Referral zones and body areas on the skin: how much each skin vertex belongs to a set of blobs (0..1),
 * for a given side of the body. Pure; runs in the viewer, the tests and the exporter alike.
 */
import type { Blob, Facing, Landmark, Side, Vec3 } from '../../data/schema'
import { add, closestOnSegment, mirrorX, type V3 } from './vec'

export type LandmarkMap = ReadonlyMap<string, Landmark>

export function landmarkMap(list: readonly Landmark[]): LandmarkMap {
  return new Map(list.map((l) => [l.id, l]))
}

/** A blob's anchor points in the canonical frame, on the given side. */
export function blobPoints(blob: Blob, landmarks: LandmarkMap, side: Side): { a: V3; b: V3 } {
  const at = (anchor: Blob['at']): V3 => {
    const l = landmarks.get(anchor.landmark)
    if (!l) throw new Error(`unknown landmark '${anchor.landmark}'`)
    const p = add(l.at, anchor.offset ?? [0, 0, 0])
    return side === 'right' ? mirrorX(p) : p
  }
  const a = at(blob.at)
  return { a, b: blob.to ? at(blob.to) : a }
}

const FACING: Record<Facing, V3> = {
  anterior: [0, 0, 1],
  posterior: [0, 0, -1],
  lateral: [1, 0, 0],
  medial: [-1, 0, 0],
  superior: [0, 1, 0],
  inferior: [0, -1, 0],
}

export function facingVector(f: Facing, side: Side): V3 {
  const v = FACING[f]
  return side === 'right' ? mirrorX(v) : v
}

function distanceToSegment(p: Vec3, a: Vec3, b: Vec3): number {
  const c = closestOnSegment(p, a, b)
  return Math.hypot(p[0] - c[0], p[1] - c[1], p[2] - c[2])
}

/** How far a skin normal may turn from a zone's facing direction (cosine) and still belong to it. */
const FACING_MIN = 0.15

/** Full weight inside 75 % of the radius, fading smoothly to 0 at the radius. */
export function falloff(d: number, radius: number): number {
  const x = (d / radius - 0.75) / 0.25
  if (x <= 0) return 1
  if (x >= 1) return 0
  return 1 - x * x * (3 - 2 * x)
}

/**
 * The vertex of `surface` (xyz triples) nearest to `p`; with `normals` and `face`, among the vertices that face
 * that way (so a palm zone lands on the palm even where the back of the hand is a little nearer).
 */
export function nearestOnSurface(surface: ArrayLike<number>, p: Vec3, normals?: ArrayLike<number>, face?: Vec3 | null): V3 {
  let best = 0
  let bestD = Infinity
  for (let i = 0; i < surface.length; i += 3) {
    if (normals && face && normals[i]! * face[0] + normals[i + 1]! * face[1] + normals[i + 2]! * face[2] < FACING_MIN) continue
    const d = (surface[i]! - p[0]) ** 2 + (surface[i + 1]! - p[1]) ** 2 + (surface[i + 2]! - p[2]) ** 2
    if (d < bestD) {
      bestD = d
      best = i
    }
  }
  return [surface[best]!, surface[best + 1]!, surface[best + 2]!]
}

/**
 * Weight of each vertex (positions and normals as xyz triples) in the union of the blobs on one side.
 * `out` is maxed into, so several zones can share one buffer. With `snapTo` (the skin), each anchor first moves to
 * the nearest skin point: anchors sit on bony landmarks under soft tissue of varying depth, and a zone's radius is
 * meant on the skin.
 */
export function blobWeights(
  positions: ArrayLike<number>,
  normals: ArrayLike<number>,
  blobs: readonly Blob[],
  landmarks: LandmarkMap,
  side: Side,
  out: Float32Array = new Float32Array(positions.length / 3),
  snapTo?: ArrayLike<number>,
): Float32Array {
  for (const blob of blobs) {
    const raw = blobPoints(blob, landmarks, side)
    const face = blob.facing ? facingVector(blob.facing, side) : null
    // Snapping looks at the skin the zone faces; a surface given apart from `positions` has no normals of its own.
    const snapNormals = snapTo === positions ? normals : undefined
    const a = snapTo ? nearestOnSurface(snapTo, raw.a, snapNormals, face) : raw.a
    const b = snapTo ? (blob.to ? nearestOnSurface(snapTo, raw.b, snapNormals, face) : a) : raw.b
    const r = blob.radius
    const lo = [Math.min(a[0], b[0]) - r, Math.min(a[1], b[1]) - r, Math.min(a[2], b[2]) - r]
    const hi = [Math.max(a[0], b[0]) + r, Math.max(a[1], b[1]) + r, Math.max(a[2], b[2]) + r]
    for (let i = 0; i < out.length; i++) {
      const x = positions[i * 3]!, y = positions[i * 3 + 1]!, z = positions[i * 3 + 2]!
      if (x < lo[0]! || y < lo[1]! || z < lo[2]! || x > hi[0]! || y > hi[1]! || z > hi[2]!) continue
      if (face && normals[i * 3]! * face[0] + normals[i * 3 + 1]! * face[1] + normals[i * 3 + 2]! * face[2] < FACING_MIN) continue
      const w = falloff(distanceToSegment([x, y, z], a, b), r)
      if (w > out[i]!) out[i] = w
    }
  }
  return out
}

/** Sides a zone appears on, for a trigger point on `side`. */
export function zoneSides(side: Side, laterality: 'ipsilateral' | 'contralateral' | 'bilateral' = 'ipsilateral'): Side[] {
  const other: Side = side === 'left' ? 'right' : 'left'
  return laterality === 'ipsilateral' ? [side] : laterality === 'contralateral' ? [other] : [side, other]
}
