/**
 * Lays a skinned body surface (the MakeHuman skin in its A-pose) onto the canonical body: re-posed limb by limb
 * to the landmarks' joint directions (arms slightly abducted, palms forward), then bent by a smooth warp that
 * carries its joint centres and face features onto the paired landmarks. Pure; metres.
 */
import type { Landmark, Vec3 } from '../../data/schema'
import type { LandmarkPoint, SkinPair } from '../../data/anatomy/skin-registration'
import { apply, compose, IDENTITY, midpoint, poseLimb, rotationAbout, rotationBetween, SEGMENTS, segmentOfBone, skin, type LimbChain, type Rigid } from './repose'
import { fitWarp, warpPositions, type Warp } from './warp'
import { add, mirrorX, sub, type V3 } from './vec'

export interface SkinSource {
  /** Rest-pose positions, metres, xyz triples (skin vertices first, then the eyes). */
  readonly positions: Float32Array
  /** Sparse weights: [vertex, segment index into SEGMENTS, weight × 1000] triples. */
  readonly weights: ArrayLike<number>
  /** Joint centres by MakeHuman name (`bone____head` / `bone____tail`), metres. */
  readonly joints: Readonly<Record<string, Vec3>>
  /** Surface features (vertex indices of the left side or the midline). */
  readonly features: Readonly<Record<string, number>>
}

export interface Registered {
  /** Re-posed and warped onto the landmarks. */
  readonly positions: Float32Array
  /** Re-posed only: the body's own proportions in anatomical position. */
  readonly posed: Float32Array
  /** Joint centres after re-posing, by name. */
  readonly posedJoints: ReadonlyMap<string, V3>
  readonly warp: Warp
  /** Paired points after re-posing and their targets, for checks. */
  readonly pairs: readonly { readonly name: string; readonly from: V3; readonly to: V3 }[]
}

const toRight = (name: string) => name.replace('.L____', '.R____')

export function landmarkPoint(p: LandmarkPoint, landmarks: ReadonlyMap<string, Landmark>, side: 'left' | 'right'): V3 {
  const get = (id: string): V3 => {
    const l = landmarks.get(id)
    if (!l) throw new Error(`skin registration needs landmark '${id}'`)
    return [...l.at] as V3
  }
  const base = typeof p.at === 'string' ? get(p.at) : midpoint(get(p.at[0]), get(p.at[1]))
  const q = add(base, p.offset ?? [0, 0, 0])
  return side === 'right' ? mirrorX(q) : q
}

/** The share of the arm's swing taken by the shoulder girdle (scapulohumeral rhythm, about 1 : 2). */
const GIRDLE_SHARE = 0.33

/** The same rotation's axis, by `share` of its angle, about another pivot. */
function scaleRotation(m: Rigid, pivot: Vec3, share: number): Rigid {
  const r = m.r
  const angle = Math.acos(Math.max(-1, Math.min(1, (r[0]! + r[4]! + r[8]! - 1) / 2)))
  if (angle < 1e-9) return IDENTITY
  const axis: V3 = [r[7]! - r[5]!, r[2]! - r[6]!, r[3]! - r[1]!]
  return rotationAbout(pivot, axis, angle * share)
}

function limbMotions(src: SkinSource, landmarks: ReadonlyMap<string, Landmark>, side: 'L' | 'R'): Map<string, Rigid> {
  const s = side === 'L' ? 'left' : 'right'
  const J = (name: string): Vec3 => {
    const j = src.joints[side === 'L' ? name : toRight(name)]
    if (!j) throw new Error(`skin registration needs joint '${name}'`)
    return j
  }
  const L = (at: LandmarkPoint['at']) => landmarkPoint({ at }, landmarks, s)
  const arm = (c: (n: string) => Vec3): LimbChain => ({
    root: c('upperarm01.L____head'), mid: c('lowerarm01.L____head'), end: c('wrist.L____head'), tip: c('finger3-1.L____head'),
    across: [c('finger2-1.L____head'), c('finger5-1.L____head')],
  })
  const armTarget: LimbChain = {
    root: L('glenohumeral'), mid: L(['humerus-lateral-epicondyle', 'humerus-medial-epicondyle']), end: L('wrist'), tip: L('mcp-3'),
    across: [L('mcp-2'), L('mcp-5')],
  }
  const legSrc: LimbChain = {
    root: J('upperleg01.L____head'), mid: J('lowerleg01.L____head'), end: J('foot.L____head'),
    tip: midpoint(J('toe1-1.L____head'), J('toe5-1.L____head')), across: [J('toe1-1.L____head'), J('toe5-1.L____head')],
  }
  const legTarget: LimbChain = {
    root: L('hip-joint'), mid: L(['femur-lateral-epicondyle', 'femur-medial-epicondyle']), end: L(['lateral-malleolus', 'medial-malleolus']),
    tip: midpoint(L('mtp-1'), L('mtp-5')), across: [L('mtp-1'), L('mtp-5')],
  }
  const sfx = `.${side}`
  const names = (p: string[], twist: boolean, share: number) => ({
    proximal1: p[0]! + sfx, proximal2: p[1]! + sfx, distal1: p[2]! + sfx, distal2: p[3]! + sfx, end: p[4]! + sfx, twistShare: share, twistDistal: twist,
  })
  // The shoulder girdle takes a share of the arm's swing about the sternoclavicular joint, as the scapula turns
  // with the humerus in life; turning the arm about the shoulder joint alone would crush the armpit.
  const armSrc = arm(J)
  const swing = rotationBetween(armSrc.root, sub(armSrc.mid, armSrc.root), sub(armTarget.mid, armTarget.root))
  const girdle = scaleRotation(swing, J('clavicle.L____head'), GIRDLE_SHARE)
  const moved = arm((n) => apply(girdle, J(n)))
  const armMotions = poseLimb(moved, armTarget, names(['upperarm1', 'upperarm2', 'forearm1', 'forearm2', 'hand'], true, 0.5))
  return new Map([
    [`clavicle${sfx}`, girdle],
    ...[...armMotions].map(([k, m]) => [k, compose(m, girdle)] as [string, Rigid]),
    ...poseLimb(legSrc, legTarget, names(['thigh1', 'thigh2', 'shank1', 'shank2', 'foot'], false, 0)),
  ])
}

/** Where a joint goes when its bone's segment moves. */
function posedJoint(src: SkinSource, motions: ReadonlyMap<string, Rigid>, name: string): V3 {
  const p = src.joints[name]
  if (!p) throw new Error(`skin registration needs joint '${name}'`)
  return apply(motions.get(segmentOfBone(name.split('____')[0]!)) ?? IDENTITY, p)
}

/** The vertex nearest to a point, among the first `count` vertices. */
function nearestVertex(positions: Float32Array, p: Vec3, count = positions.length / 3): number {
  let best = 0, bestD = Infinity
  for (let i = 0; i < count; i++) {
    const d = (positions[i * 3]! - p[0]) ** 2 + (positions[i * 3 + 1]! - p[1]) ** 2 + (positions[i * 3 + 2]! - p[2]) ** 2
    if (d < bestD) {
      bestD = d
      best = i
    }
  }
  return best
}

/**
 * The roof of the armpit after re-posing: the highest skin point in a narrow column just inside and behind the
 * shoulder joint, below it (that column crosses only the armpit's skin).
 */
function armpitApex(posed: Float32Array, shoulder: Vec3): V3 {
  const sign = Math.sign(shoulder[0])
  let best: V3 | null = null
  for (let i = 0; i < posed.length; i += 3) {
    const x = posed[i]!, y = posed[i + 1]!, z = posed[i + 2]!
    if (Math.abs(x - (shoulder[0] - sign * 0.015)) > 0.012 || Math.abs(z - (shoulder[2] - 0.015)) > 0.015) continue
    if (y > shoulder[1] - 0.03) continue
    if (!best || y > best[1]) best = [x, y, z]
  }
  if (!best) throw new Error('skin registration: no armpit found')
  return best
}

export function registerSkin(
  src: SkinSource,
  landmarks: ReadonlyMap<string, Landmark>,
  pairs: readonly SkinPair[],
  smoothing = 0.004,
): Registered {
  const motions = new Map([...limbMotions(src, landmarks, 'L'), ...limbMotions(src, landmarks, 'R')])
  const posed = skin(src.positions, src.weights, SEGMENTS, motions)
  const vertexAt = (i: number): V3 => [posed[i * 3]!, posed[i * 3 + 1]!, posed[i * 3 + 2]!]
  const out: { name: string; from: V3; to: V3 }[] = []
  for (const pair of pairs) {
    for (const side of pair.midline ? (['left'] as const) : (['left', 'right'] as const)) {
      let from: V3
      if ('joint' in pair.skin) {
        from = posedJoint(src, motions, side === 'left' ? pair.skin.joint : toRight(pair.skin.joint))
      } else if (pair.skin.feature === 'armpit') {
        from = armpitApex(posed, posedJoint(src, motions, side === 'left' ? 'upperarm01.L____head' : 'upperarm01.R____head'))
      } else {
        const i = src.features[pair.skin.feature]
        if (i === undefined) throw new Error(`skin registration needs feature '${pair.skin.feature}'`)
        const rest: V3 = [src.positions[i * 3]!, src.positions[i * 3 + 1]!, src.positions[i * 3 + 2]!]
        from = vertexAt(side === 'left' ? i : nearestVertex(src.positions, mirrorX(rest)))
      }
      const name = 'joint' in pair.skin ? pair.skin.joint : pair.skin.feature
      out.push({ name: `${name}:${side}`, from, to: landmarkPoint(pair.landmark, landmarks, side) })
    }
  }
  const warp = fitWarp(out.map((p) => p.from), out.map((p) => p.to), smoothing)
  const posedJoints = new Map(Object.keys(src.joints).map((name) => [name, posedJoint(src, motions, name)]))
  return { positions: warpPositions(warp, posed), posed, posedJoints, warp, pairs: out }
}
