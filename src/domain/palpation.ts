/**
 * Bony guides for palpation: the landmarks a trigger point's palpation hint names, measured or derived, with their
 * positions in the canonical frame (metres, +Y up, facing +Z, +X the body's left).
 */
import { DATASET, type Dataset } from '../../data/dataset'
import type { Side, Vec3 } from '../../data/schema'
import { add, lerp, mirrorX } from '../geometry/vec'

/** What the look-ups here read; tests pass small fixtures. */
export type PalpationData = Pick<Dataset, 'triggerPoints' | 'landmarks' | 'derivedLandmarks'>

/** A bony place named by a palpation hint, where it lies on the LEFT side (canonical frame, metres). */
export interface PalpationLandmark {
  readonly id: string
  readonly name: string
  readonly at: Vec3
}

/** A measured or derived landmark by id, with its position on the left side; undefined when there is none. */
export function resolveLandmark(id: string, data: PalpationData = DATASET): PalpationLandmark | undefined {
  const measured = data.landmarks.find((l) => l.id === id)
  if (measured) return { id, name: measured.name, at: measured.at }
  const derived = data.derivedLandmarks.find((l) => l.id === id)
  if (!derived) return undefined
  const pos = (ref: string) => data.landmarks.find((l) => l.id === ref)?.at
  const spec = derived.at
  let base: Vec3 | undefined
  if ('between' in spec) {
    const a = pos(spec.between[0])
    const b = pos(spec.between[1])
    base = a && b ? lerp(a, b, spec.t) : undefined
  } else {
    base = pos(spec.landmark)
  }
  if (!base) return undefined
  return { id, name: derived.name, at: add(base, spec.offset ?? [0, 0, 0]) }
}

/**
 * The bony places the trigger point's palpation hint names, in the order it names them, each on the LEFT side
 * (mirror with `onSide` for the right). Empty for an unknown trigger point or one whose hint names none;
 * ids the dataset does not hold are left out (validateDataset reports them).
 */
export function palpationLandmarks(tpId: string, data: PalpationData = DATASET): PalpationLandmark[] {
  const tp = data.triggerPoints.find((t) => t.id === tpId)
  return (tp?.landmarks ?? []).flatMap((id) => {
    const l = resolveLandmark(id, data)
    return l ? [l] : []
  })
}

/** A left-side point on the given side of the body: x is mirrored for the right. */
export function onSide(at: Vec3, side: Side): Vec3 {
  return side === 'right' ? mirrorX(at) : at
}

/** Where a landmark lies on one side of the body (canonical frame, metres); undefined for an unknown id. */
export function landmarkAt(id: string, side: Side, data: PalpationData = DATASET): Vec3 | undefined {
  const l = resolveLandmark(id, data)
  return l && onSide(l.at, side)
}
