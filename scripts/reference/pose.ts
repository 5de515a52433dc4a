/**
 * The reference stands with its arms hanging close to the trunk; the canonical body holds them slightly away
 * (anatomical position, arms abducted ARM_ABDUCTION_DEG). Every reference point is re-posed before it is measured:
 * points of the arm turn about the shoulder joint's centre, points of the trunk stay, and the shoulder and armpit
 * between them blend smoothly. The pose's joints are constants (metres, canonical frame, left side) so the warp —
 * and everything measured through it — is reproducible.
 */
import type { Vec3 } from '../../data/schema'

export const ARM_ABDUCTION_DEG = 10

/** Left shoulder joint centre (sphere fit on the humeral head), elbow, wrist and middle fingertip before re-posing. */
const GLENOHUMERAL: Vec3 = [0.1707, 1.4138, 0.0658]
const ARM_AXIS: readonly Vec3[] = [GLENOHUMERAL, [0.221, 1.1355, 0.0544], [0.2712, 0.8764, 0.1081], [0.2922, 0.7159, 0.1909]]

const smoothstep = (a: number, b: number, x: number) => {
  const t = Math.min(1, Math.max(0, (x - a) / (b - a)))
  return t * t * (3 - 2 * t)
}

function distanceToAxis(p: Vec3): number {
  let best = Infinity
  for (let i = 0; i + 1 < ARM_AXIS.length; i++) {
    const a = ARM_AXIS[i]!, b = ARM_AXIS[i + 1]!
    const ab = [b[0] - a[0], b[1] - a[1], b[2] - a[2]]
    const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * ab[0]! + (p[1] - a[1]) * ab[1]! + (p[2] - a[2]) * ab[2]!) / (ab[0]! ** 2 + ab[1]! ** 2 + ab[2]! ** 2)))
    best = Math.min(best, Math.hypot(p[0] - a[0] - t * ab[0]!, p[1] - a[1] - t * ab[1]!, p[2] - a[2] - t * ab[2]!))
  }
  return best
}

/** How much a (left-side) point belongs to the arm: 1 along the arm, 0 on the trunk and above the shoulder joint. */
export function armWeight(p: Vec3): number {
  const near = 1 - smoothstep(0.055, 0.085, distanceToAxis(p))
  const below = 1 - smoothstep(GLENOHUMERAL[1] - 0.06, GLENOHUMERAL[1] + 0.02, p[1])
  return near * below
}

/** Re-poses one point (either side): the arm part turns outward about the shoulder joint's front-to-back axis. */
export function pose(p: Vec3): [number, number, number] {
  const sign = p[0] < 0 ? -1 : 1
  const left: Vec3 = [p[0] * sign, p[1], p[2]]
  const w = armWeight(left)
  if (w === 0) return [p[0], p[1], p[2]]
  const th = ((ARM_ABDUCTION_DEG * Math.PI) / 180) * w
  const dx = left[0] - GLENOHUMERAL[0], dy = left[1] - GLENOHUMERAL[1]
  const x = GLENOHUMERAL[0] + dx * Math.cos(th) - dy * Math.sin(th)
  const y = GLENOHUMERAL[1] + dx * Math.sin(th) + dy * Math.cos(th)
  return [x * sign, y, left[2]]
}
