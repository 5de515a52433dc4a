/**
 * Re-posing a skinned body by linear blend skinning over a few rigid segments. Each limb segment turns about its
 * proximal joint so that the bone from that joint to the next points where the target skeleton's does; the
 * forearm also twists (palms forward) and the hand and foot turn to lie as the target's do.
 * Pure; positions in metres, the canonical frame (Y up, facing +Z, +X the body's left).
 */
import type { Vec3 } from '../../data/schema'
import { add, cross, dot, normalize, reject, scale, sub, type V3 } from './vec'

const LIMB = ['clavicle', 'upperarm1', 'upperarm2', 'forearm1', 'forearm2', 'hand', 'thigh1', 'thigh2', 'shank1', 'shank2', 'foot'] as const
export const SEGMENTS: readonly string[] = ['trunk', 'neck', 'head', ...LIMB.flatMap((s) => [`${s}.L`, `${s}.R`])]

/** The segment a MakeHuman bone's weights go to. */
export function segmentOfBone(bone: string): string {
  const m = /^(.*?)(\.[LR])?$/.exec(bone)!
  const name = m[1]!, side = m[2] ?? ''
  const limb: Record<string, string> = {
    clavicle: 'clavicle', shoulder01: 'clavicle', upperarm01: 'upperarm1', upperarm02: 'upperarm2',
    lowerarm01: 'forearm1', lowerarm02: 'forearm2', wrist: 'hand', upperleg01: 'thigh1', upperleg02: 'thigh2',
    lowerleg01: 'shank1', lowerleg02: 'shank2', foot: 'foot',
  }
  if (side && limb[name]) return `${limb[name]}${side}`
  if (side && /^(metacarpal|finger)/.test(name)) return `hand${side}`
  if (side && /^toe/.test(name)) return `foot${side}`
  if (name === 'neck01' || name === 'neck02') return 'neck'
  if (/^(root|spine|pelvis|breast)/.test(name)) return 'trunk'
  return 'head'
}

/** A rigid motion x ↦ R x + t, R as a row-major 3×3. */
export interface Rigid {
  readonly r: readonly number[]
  readonly t: V3
}

export const IDENTITY: Rigid = { r: [1, 0, 0, 0, 1, 0, 0, 0, 1], t: [0, 0, 0] }

export function apply(m: Rigid, p: Vec3): V3 {
  const r = m.r
  return [
    r[0]! * p[0] + r[1]! * p[1] + r[2]! * p[2] + m.t[0],
    r[3]! * p[0] + r[4]! * p[1] + r[5]! * p[2] + m.t[1],
    r[6]! * p[0] + r[7]! * p[1] + r[8]! * p[2] + m.t[2],
  ]
}

function mul3(a: readonly number[], b: readonly number[]): number[] {
  const o = new Array<number>(9)
  for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) o[i * 3 + j] = a[i * 3]! * b[j]! + a[i * 3 + 1]! * b[3 + j]! + a[i * 3 + 2]! * b[6 + j]!
  return o
}

/** a after b. */
export function compose(a: Rigid, b: Rigid): Rigid {
  return { r: mul3(a.r, b.r), t: apply(a, b.t) }
}

/** Rotation by `angle` (radians) about the axis through `pivot` along unit `axis`. */
export function rotationAbout(pivot: Vec3, axis: Vec3, angle: number): Rigid {
  const [x, y, z] = normalize(axis)
  const c = Math.cos(angle), s = Math.sin(angle), k = 1 - c
  const r = [c + x * x * k, x * y * k - z * s, x * z * k + y * s, y * x * k + z * s, c + y * y * k, y * z * k - x * s, z * x * k - y * s, z * y * k + x * s, c + z * z * k]
  const rp = apply({ r, t: [0, 0, 0] }, pivot)
  return { r, t: sub(pivot, rp) }
}

/** The smallest rotation about `pivot` that turns direction `from` into direction `to`. */
export function rotationBetween(pivot: Vec3, from: Vec3, to: Vec3): Rigid {
  const a = normalize(from), b = normalize(to)
  const axis = cross(a, b)
  const s = Math.hypot(axis[0], axis[1], axis[2])
  if (s < 1e-9) return IDENTITY
  return rotationAbout(pivot, axis, Math.atan2(s, dot(a, b)))
}

/** Signed angle about unit `axis` that turns `from` into `to`, both projected onto the plane normal to it. */
export function twistAngle(axis: Vec3, from: Vec3, to: Vec3): number {
  const a = normalize(reject(from, axis)), b = normalize(reject(to, axis))
  return Math.atan2(dot(cross(a, b), axis), dot(a, b))
}

/** Where a limb's joints are, and the two extra points that say which way its end segment faces. */
export interface LimbChain {
  readonly root: Vec3
  readonly mid: Vec3
  readonly end: Vec3
  /** Tip of the end segment (middle knuckle, or between the big and little toe joints). */
  readonly tip: Vec3
  /** Across the end segment: index → little knuckle, or big → little toe joint. */
  readonly across: readonly [Vec3, Vec3]
}

export interface LimbNames {
  readonly proximal1: string
  readonly proximal2: string
  readonly distal1: string
  readonly distal2: string
  readonly end: string
  /** How much of the end segment's twist the first distal segment takes (forearm: half, so it does not pinch). */
  readonly twistShare: number
  /** Whether the distal segments twist with the end (forearm pronation/supination) or only the end turns. */
  readonly twistDistal: boolean
}

/** Segment motions that carry the source chain onto the target chain's directions. */
export function poseLimb(src: LimbChain, dst: LimbChain, names: LimbNames): Map<string, Rigid> {
  const out = new Map<string, Rigid>()
  const upper = rotationBetween(src.root, sub(src.mid, src.root), sub(dst.mid, dst.root))
  out.set(names.proximal1, upper)
  out.set(names.proximal2, upper)
  const mid = apply(upper, src.mid), end = apply(upper, src.end)
  const lower = compose(rotationBetween(mid, sub(end, mid), sub(dst.end, dst.mid)), upper)
  const axis = normalize(sub(dst.end, dst.mid))
  const endP = apply(lower, src.end)
  const across = (c: LimbChain, m: Rigid) => sub(apply(m, c.across[1]), apply(m, c.across[0]))
  const tipDir = (m: Rigid) => sub(apply(m, src.tip), endP)
  // Twist the distal part about its own axis so the end segment faces as the target's does.
  let twisted = lower
  if (names.twistDistal) {
    const srcNormal = cross(across(src, lower), tipDir(lower))
    const dstNormal = cross(sub(dst.across[1], dst.across[0]), sub(dst.tip, dst.end))
    const theta = twistAngle(axis, srcNormal, dstNormal)
    out.set(names.distal1, compose(rotationAbout(mid, axis, theta * names.twistShare), lower))
    twisted = compose(rotationAbout(mid, axis, theta), lower)
    out.set(names.distal2, twisted)
  } else {
    out.set(names.distal1, lower)
    out.set(names.distal2, lower)
  }
  // The end segment: point it along the target, then roll it about that line to match the target's across line.
  const turn = compose(rotationBetween(endP, tipDir(twisted), sub(dst.tip, dst.end)), twisted)
  const tipAxis = normalize(sub(dst.tip, dst.end))
  const roll = twistAngle(tipAxis, across(src, turn), sub(dst.across[1], dst.across[0]))
  out.set(names.end, compose(rotationAbout(endP, tipAxis, roll), turn))
  return out
}

/** Linear blend skinning: each vertex moves by the weighted mix of its segments' motions. */
export function skin(
  positions: Float32Array,
  weights: ArrayLike<number>,
  segments: readonly string[],
  motions: ReadonlyMap<string, Rigid>,
): Float32Array {
  const out = new Float32Array(positions.length)
  const wsum = new Float32Array(positions.length / 3)
  const byIndex = segments.map((s) => motions.get(s) ?? IDENTITY)
  for (let k = 0; k < weights.length; k += 3) {
    const v = weights[k]!, m = byIndex[weights[k + 1]!]!, w = weights[k + 2]! / 1000
    const p = apply(m, [positions[v * 3]!, positions[v * 3 + 1]!, positions[v * 3 + 2]!])
    out[v * 3]! += p[0] * w
    out[v * 3 + 1]! += p[1] * w
    out[v * 3 + 2]! += p[2] * w
    wsum[v]! += w
  }
  // Vertices without weights (and rounding) stay with the trunk.
  for (let v = 0; v < wsum.length; v++) {
    const rest = 1 - wsum[v]!
    if (Math.abs(rest) < 1e-6) continue
    out[v * 3]! += positions[v * 3]! * rest
    out[v * 3 + 1]! += positions[v * 3 + 1]! * rest
    out[v * 3 + 2]! += positions[v * 3 + 2]! * rest
  }
  return out
}

export const midpoint = (a: Vec3, b: Vec3): V3 => scale(add(a, b), 0.5)
