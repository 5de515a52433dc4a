/**
 * Figures of the bones the reference lacks: the sternum and the coccyx, placed on the landmarks, and the costal
 * cartilages, from each measured rib's front end to the sternum or to the cartilage above — all flat tubes with
 * elliptical sections, from the authored specs of data/anatomy/bones/authored.ts.
 */
import { BONE_FIGURES } from '../../data/anatomy/bones'
import {
  AUTHORED_BONES,
  COSTAL_CARTILAGES,
  COSTAL_CARTILAGES_SOURCE,
  type AuthoredBone,
  type LandmarkPoint,
} from '../../data/anatomy/bones/authored'
import type { BoneFigure, BonePart, BoneTube } from '../../data/anatomy/bones/types'
import { LANDMARKS } from '../../data/anatomy/landmarks'
import type { Landmark, Vec3 } from '../../data/schema'
import { add, dist, lerp, normalize, scale, sub, type V3 } from './vec'

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

/** A tube along `centre` with elliptical sections (thickness front to back, width across it), `angles` radii each. */
function flatTube(centre: readonly Vec3[], sections: readonly { width: number; thickness: number }[], angles = ANGLES): BoneTube {
  // Angle 0 faces forward, so the thickness lies front to back and the width across.
  const facing: Vec3 = [0, 0, 1]
  const radii = sections.map((s) => Array.from({ length: angles }, (_, k) => ellipse(s.thickness / 2, s.width / 2, (2 * Math.PI * k) / angles)))
  const ends = [sections[0]!, sections[sections.length - 1]!]
  const caps = ends.map((e) => new Array<number>(angles).fill(e.thickness / 2))
  return { kind: 'tube', facing, centre, radii, caps: [caps[0]!, caps[1]!] }
}

export function authoredTube(spec: AuthoredBone, landmarks: ReadonlyMap<string, Landmark>): BoneTube {
  const from = resolvePoint(spec.from, landmarks)
  const to = resolvePoint(spec.to, landmarks)
  return flatTube(spec.sections.map((s) => lerp(from, to, s.t)), spec.sections)
}

/** The front end of a rib's centre line, pushed a little into its rounded end, and the way the rib runs there. */
function ribFront(rib: BoneFigure): { at: V3; dir: V3 } {
  const tube = rib.parts.find((p): p is BoneTube & BonePart => p.kind === 'tube')!
  const c = tube.centre, n = c.length
  const last = c[n - 1]![2] > c[0]![2]
  const end = last ? c[n - 1]! : c[0]!
  const dir = normalize(sub(end, last ? c[n - 2]! : c[1]!))
  const caps = last ? tube.caps[1] : tube.caps[0]
  return { at: add(end, scale(dir, (0.5 * caps.reduce((a, b) => a + b, 0)) / caps.length)), dir }
}

const bezier = (p0: V3, p1: V3, p2: V3, p3: V3, t: number): V3 => {
  const u = 1 - t
  return add(add(scale(p0, u * u * u), scale(p1, 3 * u * u * t)), add(scale(p2, 3 * u * t * t), scale(p3, t * t * t)))
}

/** The point a fraction `f` of the way along a polyline. */
function along(points: readonly V3[], f: number): V3 {
  const cum = [0]
  for (let i = 1; i < points.length; i++) cum.push(cum[i - 1]! + dist(points[i - 1]!, points[i]!))
  const s = f * cum[cum.length - 1]!
  const i = Math.max(1, cum.findIndex((x) => x >= s))
  const l = cum[i]! - cum[i - 1]!
  return lerp(points[i - 1]!, points[i]!, l > 0 ? (s - cum[i - 1]!) / l : 0)
}

/** Stations along each costal cartilage. */
const CARTILAGE_STATIONS = 7

/** The left costal cartilages, each a curve leaving its rib along the rib's own direction and arriving from the side. */
export function costalCartilages(ribs: readonly BoneFigure[], landmarks: ReadonlyMap<string, Landmark>): BoneFigure {
  const sternum = AUTHORED_BONES.find((b) => b.id === 'sternum')!
  const from = resolvePoint(sternum.from, landmarks), to = resolvePoint(sternum.to, landmarks)
  const ts = sternum.sections.map((s) => s.t)
  const halfWidth = (t: number) => {
    const i = Math.max(1, ts.findIndex((x) => x >= t))
    const a = sternum.sections[i - 1]!, b = sternum.sections[i]!
    return (a.width + ((b.width - a.width) * (t - a.t)) / (b.t - a.t)) / 2
  }
  const curves = new Map<number, V3[]>()
  const parts: BonePart[] = []
  for (const cc of COSTAL_CARTILAGES) {
    const rib = ribs.find((r) => r.id === `rib-${cc.rib}`)
    if (!rib) throw new Error(`costal cartilage ${cc.rib} needs the figure of rib ${cc.rib}`)
    const { at: a, dir } = ribFront(rib)
    let b: V3, arrive: V3
    if ('sternum' in cc.to) {
      const c = lerp(from, to, cc.to.sternum)
      // A little inside the sternum's edge, so the two meet.
      b = [c[0] + 0.8 * halfWidth(cc.to.sternum), c[1], c[2]]
      arrive = [-1, 0, 0]
    } else {
      const other = curves.get(cc.to.cartilage)
      if (!other) throw new Error(`costal cartilage ${cc.rib} joins cartilage ${cc.to.cartilage}, which must come first`)
      b = along(other, cc.to.at)
      arrive = normalize(sub(b, a))
    }
    const l = dist(a, b)
    const p1 = add(a, scale(dir, 0.35 * l)), p2 = sub(b, scale(arrive, 0.35 * l))
    const centre = Array.from({ length: CARTILAGE_STATIONS }, (_, i) => bezier(a, p1, p2, b, i / (CARTILAGE_STATIONS - 1)))
    curves.set(cc.rib, centre)
    const section = { width: cc.width, thickness: cc.thickness }
    parts.push({ ...flatTube(centre, centre.map(() => section), 8), name: `costal cartilage ${cc.rib}` })
  }
  return { id: 'costal-cartilages', name: 'Costal cartilages', paired: true, parts, origin: 'authored', source: COSTAL_CARTILAGES_SOURCE }
}

/** Authored bone figures on a body's landmarks (by default the canonical body's) and its measured ribs. */
export function authoredBoneFigures(landmarks: readonly Landmark[] = LANDMARKS, measured: readonly BoneFigure[] = BONE_FIGURES): BoneFigure[] {
  const byId = new Map(landmarks.map((l) => [l.id, l]))
  const bones: BoneFigure[] = AUTHORED_BONES.map((spec) => ({
    id: spec.id,
    name: spec.name,
    paired: false,
    parts: [{ ...authoredTube(spec, byId), name: spec.id }],
    origin: 'authored',
    source: spec.source,
  }))
  return [...bones, costalCartilages(measured, byId)]
}
