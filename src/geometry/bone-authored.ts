/**
 * Figures of the bones the reference lacks (sternum, coccyx): the authored specs of data/anatomy/bones/authored.ts
 * placed on the landmarks, as flat tubes with elliptical sections.
 */
import { AUTHORED_BONES, type AuthoredBone, type LandmarkPoint } from '../../data/anatomy/bones/authored'
import type { BoneFigure, BoneTube } from '../../data/anatomy/bones/types'
import { LANDMARKS } from '../../data/anatomy/landmarks'
import type { Landmark, Vec3 } from '../../data/schema'
import { add, lerp, normalize, scale, sub, type V3 } from './vec'

/** Angles per section of an authored tube. */
const ANGLES = 12

function resolvePoint(p: LandmarkPoint, landmarks: ReadonlyMap<string, Landmark>): V3 {
  const at = (id: string): V3 => {
    const l = landmarks.get(id)
    if (!l) throw new Error(`authored bone needs landmark '${id}'`)
    return [...l.at] as V3
  }
  let q = at(p.landmark)
  if (p.toward) q = add(q, scale(normalize(sub(at(p.toward), q)), p.distance ?? 0))
  return p.offset ? add(q, p.offset) : q
}

/** Radius of an ellipse with semi-axes a (along angle 0) and b (along angle π/2) at angle θ. */
const ellipse = (a: number, b: number, th: number) => (a * b) / Math.hypot(b * Math.cos(th), a * Math.sin(th))

export function authoredTube(spec: AuthoredBone, landmarks: ReadonlyMap<string, Landmark>): BoneTube {
  const from = resolvePoint(spec.from, landmarks)
  const to = resolvePoint(spec.to, landmarks)
  // Angle 0 faces forward, so the thickness lies front to back and the width across.
  const facing: Vec3 = [0, 0, 1]
  const centre = spec.sections.map((s) => lerp(from, to, s.t))
  const radii = spec.sections.map((s) =>
    Array.from({ length: ANGLES }, (_, k) => ellipse(s.thickness / 2, s.width / 2, (2 * Math.PI * k) / ANGLES)),
  )
  const ends = [spec.sections[0]!, spec.sections[spec.sections.length - 1]!]
  const caps = ends.map((e) => new Array<number>(ANGLES).fill(e!.thickness / 2))
  return { kind: 'tube', facing, centre, radii, caps: [caps[0]!, caps[1]!] }
}

/** Authored bone figures on a body's landmarks (by default the canonical body's). */
export function authoredBoneFigures(landmarks: readonly Landmark[] = LANDMARKS): BoneFigure[] {
  const byId = new Map(landmarks.map((l) => [l.id, l]))
  return AUTHORED_BONES.map((spec) => ({
    id: spec.id,
    name: spec.name,
    paired: false,
    parts: [{ ...authoredTube(spec, byId), name: spec.id }],
    origin: 'authored',
    source: spec.source,
  }))
}
