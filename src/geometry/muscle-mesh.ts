/**
 * Rebuilds a muscle's closed surface from its shape figures (tube or sheet), with (u, v) on every vertex:
 * u across the fibres (0.5 = middle of the superficial face), v from origin (0) to insertion (1).
 */
import type { MuscleShape, SheetShape, TubeShape, Vec3 } from '../../data/schema'
import { computeNormals, type MeshData } from './mesh'
import { add, cross, dot, normalize, reject, resample, resamplePeriodic, resamplePoints, scale, sub, type V3 } from './vec'

export interface Resolution {
  /** rows from origin to insertion */
  readonly along: number
  /** columns around (tube) or across (sheet) */
  readonly across: number
}

/** Section frame of a tube at one station: e1 toward the superficial side, e2 = t × e1. */
export function tubeFrame(tangent: Vec3, facing: Vec3, flip: boolean): { e1: V3; e2: V3 } {
  let e1 = normalize(reject(facing, tangent))
  if (e1[0] === 0 && e1[1] === 0 && e1[2] === 0) e1 = normalize(reject([0, 1, 0], tangent))
  const e2 = cross(tangent, e1)
  return { e1, e2: flip ? scale(e2, -1) : e2 }
}

/**
 * Whether a tube's angles turn the other way round, decided once per tube from its chord: u must grow toward the
 * lateral or lower edge (the trigger-point convention), so e2 must point that way.
 */
export function tubeFlip(centre: readonly Vec3[], facing: Vec3): boolean {
  const chord = normalize(sub(centre[centre.length - 1]!, centre[0]!))
  return towardMedialOrTop(tubeFrame(chord, facing, false).e2)
}

/**
 * True when a direction (left side) points more toward the midline or the top than away from them:
 * the larger of its sideways and vertical parts decides.
 */
export function towardMedialOrTop(d: Vec3): boolean {
  return Math.abs(d[0]) >= Math.abs(d[1]) ? d[0] < 0 : d[1] > 0
}

/** Unit tangents of a polyline by central differences. */
export function tangents(points: readonly Vec3[]): V3[] {
  return points.map((_, i) => {
    const a = points[Math.max(0, i - 1)]!
    const b = points[Math.min(points.length - 1, i + 1)]!
    return normalize(sub(b, a))
  })
}

export function buildTube(shape: TubeShape, res: Resolution): MeshData {
  const S = Math.max(res.along, shape.centre.length)
  const K = res.across
  const centre = resamplePoints(shape.centre, S)
  const cols = shape.radii[0]!.length
  const byAngle = Array.from({ length: cols }, (_, k) => resample(shape.radii.map((row) => row[k]!), S))
  const radii = Array.from({ length: S }, (_, i) =>
    resamplePeriodic(byAngle.map((c) => c[i]!), K).map((r) => Math.max(r, 0.0005)),
  )
  const T = tangents(centre)
  const flipped = tubeFlip(shape.centre, shape.facing)
  const tendonOfRow = tendonRows(radii.map((r) => r.reduce((s, x) => s + x, 0) / K))
  const pos: number[] = []
  const uv: number[] = []
  const tendon: number[] = []
  for (let i = 0; i < S; i++) {
    const { e1, e2 } = tubeFrame(T[i]!, shape.facing, flipped)
    for (let k = 0; k <= K; k++) {
      // Columns start on the deep side (θ = π) so the texture seam is hidden and u = 0.5 faces out.
      const a = (k + K / 2) % K
      const theta = (2 * Math.PI * a) / K
      const r = radii[i]![a]!
      const d = add(scale(e1, Math.cos(theta)), scale(e2, Math.sin(theta)))
      const p = add(centre[i]!, scale(d, r))
      pos.push(p[0], p[1], p[2])
      uv.push(k / K, i / (S - 1))
      tendon.push(tendonOfRow[i]!)
    }
  }
  const ring = K + 1
  const idx: number[] = []
  // A flipped frame turns the rings the other way round; reverse the winding to keep faces outward.
  const tri = (a: number, b: number, c: number) => (flipped ? idx.push(a, c, b) : idx.push(a, b, c))
  for (let i = 0; i < S - 1; i++) {
    for (let k = 0; k < K; k++) {
      const a = i * ring + k, b = a + 1, c = a + ring, d = c + 1
      tri(a, b, d)
      tri(a, d, c)
    }
  }
  // Caps: a tip a little beyond each end closes the tube (tendons taper to a point).
  for (const end of [0, S - 1] as const) {
    const mean = radii[end]!.reduce((s, r) => s + r, 0) / K
    const dir = end === 0 ? scale(T[0]!, -1) : T[S - 1]!
    const tip = add(centre[end]!, scale(dir, mean * 0.5))
    const t = pos.length / 3
    pos.push(tip[0], tip[1], tip[2])
    uv.push(0.5, end === 0 ? 0 : 1)
    tendon.push(tendonOfRow[end]!)
    for (let k = 0; k < K; k++) {
      const a = end * ring + k
      if (end === 0) tri(t, a + 1, a)
      else tri(t, a, a + 1)
    }
  }
  return finish(pos, uv, null, idx, tendon)
}

/** Reverse a sheet's columns when needed so that u grows toward its lateral or lower edge. */
export function orientColumns(shape: SheetShape): SheetShape {
  const first = shape.mid.map((row) => row[0]!)
  const last = shape.mid.map((row) => row[row.length - 1]!)
  const mean = (ps: readonly Vec3[]) => scale(ps.reduce<V3>((a, p) => add(a, p), [0, 0, 0]), 1 / ps.length)
  if (!towardMedialOrTop(sub(mean(last), mean(first)))) return shape
  return {
    ...shape,
    mid: shape.mid.map((row) => [...row].reverse()),
    thickness: shape.thickness.map((row) => [...row].reverse()),
  }
}

export function buildSheet(shape: SheetShape, res: Resolution): MeshData {
  const Sv = Math.max(res.along, shape.mid.length)
  const Su = Math.max(res.across, shape.mid[0]!.length)
  // Resample columns along v, then each row across u.
  const nu0 = shape.mid[0]!.length
  const colPts = Array.from({ length: nu0 }, (_, j) => resamplePoints(shape.mid.map((row) => row[j]!), Sv))
  const colTh = Array.from({ length: nu0 }, (_, j) => resample(shape.thickness.map((row) => row[j]!), Sv))
  const mid: V3[][] = []
  const th: number[][] = []
  for (let i = 0; i < Sv; i++) {
    mid.push(resamplePoints(colPts.map((c) => c[i]!), Su))
    th.push(resample(colTh.map((c) => c[i]!), Su).map((t) => Math.max(t, 0.001)))
  }
  // Surface normal from grid derivatives, one orientation for the whole sheet.
  const normal = (i: number, j: number): V3 => {
    const du = sub(mid[i]![Math.min(Su - 1, j + 1)]!, mid[i]![Math.max(0, j - 1)]!)
    const dv = sub(mid[Math.min(Sv - 1, i + 1)]![j]!, mid[Math.max(0, i - 1)]![j]!)
    return normalize(cross(du, dv))
  }
  const ci = Math.floor(Sv / 2), cj = Math.floor(Su / 2)
  const flip = dot(normal(ci, cj), shape.facing) < 0 ? -1 : 1
  const tendonOfRow = tendonRows(th.map((row) => Math.max(...row)))
  const pos: number[] = []
  const uv: number[] = []
  const depth: number[] = []
  const tendon: number[] = []
  for (const face of [0, 1] as const) {
    for (let i = 0; i < Sv; i++) {
      for (let j = 0; j < Su; j++) {
        const n = scale(normal(i, j), flip * (face === 0 ? 0.5 : -0.5) * th[i]![j]!)
        const p = add(mid[i]![j]!, n)
        pos.push(p[0], p[1], p[2])
        uv.push(j / (Su - 1), i / (Sv - 1))
        depth.push(face)
        tendon.push(tendonOfRow[i]!)
      }
    }
  }
  const top = (i: number, j: number) => i * Su + j
  const bot = (i: number, j: number) => Sv * Su + i * Su + j
  const idx: number[] = []
  // Winding so that the top face's triangles face +flip·(du × dv).
  const quad = (a: number, b: number, c: number, d: number, out: boolean) =>
    out === (flip > 0) ? idx.push(a, b, d, a, d, c) : idx.push(a, d, b, a, c, d)
  for (let i = 0; i < Sv - 1; i++) {
    for (let j = 0; j < Su - 1; j++) {
      quad(top(i, j), top(i, j + 1), top(i + 1, j), top(i + 1, j + 1), true)
      quad(bot(i, j), bot(i, j + 1), bot(i + 1, j), bot(i + 1, j + 1), false)
    }
  }
  // Walls close the sheet along its four edges.
  for (let j = 0; j < Su - 1; j++) {
    quad(top(0, j), top(0, j + 1), bot(0, j), bot(0, j + 1), false)
    quad(top(Sv - 1, j), top(Sv - 1, j + 1), bot(Sv - 1, j), bot(Sv - 1, j + 1), true)
  }
  for (let i = 0; i < Sv - 1; i++) {
    quad(top(i, 0), top(i + 1, 0), bot(i, 0), bot(i + 1, 0), true)
    quad(top(i, Su - 1), top(i + 1, Su - 1), bot(i, Su - 1), bot(i + 1, Su - 1), false)
  }
  return finish(pos, uv, depth, idx, tendon)
}

export function buildMuscle(shape: MuscleShape, res: Resolution): MeshData {
  return shape.kind === 'tube' ? buildTube(shape, res) : buildSheet(shape, res)
}

/** Below this share of the belly's greatest section, the end of a muscle is drawn as tendon. */
export const TENDON_SECTION = 0.38

/**
 * Tendon weight (0 muscle … 1 tendon) of each row from origin to insertion, from the size of its section (a tube's
 * mean radius, a sheet's greatest thickness): where a muscle thins out toward either end, its fibres have become
 * tendon or aponeurosis. Walking from the belly's thickest row to each end, a section keeps the smallest size met on
 * the way: a tendon does not turn back into muscle, while a shallow waist in a belly stays muscle.
 */
export function tendonRows(section: readonly number[]): number[] {
  const max = Math.max(...section)
  const top = section.indexOf(max)
  const weight = (x: number) => {
    const t = Math.min(1, Math.max(0, (TENDON_SECTION - x / max) / (TENDON_SECTION * 0.5)))
    return t * t * (3 - 2 * t)
  }
  const out = section.map(() => 0)
  for (const step of [-1, 1]) {
    let least = max
    for (let i = top; i >= 0 && i < section.length; i += step) {
      least = Math.min(least, section[i]!)
      out[i] = weight(least)
    }
  }
  return out
}

function finish(pos: number[], uv: number[], depth: number[] | null, idx: number[], tendon: number[]): MeshData {
  const positions = new Float32Array(pos)
  const indices = new Uint32Array(idx)
  return {
    positions,
    normals: computeNormals(positions, indices),
    uvs: new Float32Array(uv),
    depth: depth ? new Float32Array(depth) : new Float32Array(positions.length / 3),
    tendon: new Float32Array(tendon),
    indices,
  }
}
