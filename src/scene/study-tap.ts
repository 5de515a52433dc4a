/** A tap on the body during a self-test: how far it fell from the trigger point asked for, measured on the body. */
import type * as THREE from 'three'
import { triggerPointById } from '../domain/dataset'
import { useStudy } from '../store/study'
import { meshKey } from './BodyModel'
import { CANONICAL } from './frame'
import { loadedParts } from './parts'
import { surfacePointAt } from './surface-point'

/**
 * Scores a tap (a world point on a muscle) against the accepted trigger points of the question. Distances are taken
 * in the canonical frame, so the thresholds mean the same on both bodies: straight between the tapped point and
 * the trigger point's place on its muscle's surface.
 */
export function studyTap(point: THREE.Vector3): void {
  const study = useStudy.getState()
  const q = study.question
  if (!q || q.answer.kind !== 'tap' || study.result) return
  const parts = loadedParts.current
  const frame = parts?.frame ?? CANONICAL
  const tap = frame.toCanonical([point.x, point.y, point.z])
  let best: { id: string; d: number } | null = null
  for (const id of q.answer.triggerPoints) {
    const tp = triggerPointById(id)
    const mesh = tp && parts?.muscles.get(meshKey({ id: tp.muscle, side: q.side }))
    const at = mesh && surfacePointAt(mesh, tp.at)
    if (!at) continue
    const c = frame.toCanonical([at.position.x, at.position.y, at.position.z])
    const d = Math.hypot(c[0] - tap[0], c[1] - tap[1], c[2] - tap[2])
    if (!best || d < best.d) best = { id, d }
  }
  if (best) study.tap(tap, best.d, best.id)
}
