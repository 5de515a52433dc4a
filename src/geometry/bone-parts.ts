/**
 * Closed surfaces of the parts of a bone figure: a tube with rounded ends, a star-shaped radial lobe, a plate. Pure; shared by
 * the rebuild (bone-mesh.ts) and the measurement (bone-measure.ts), which must agree on section frames.
 */
import type { SheetShape, Vec3 } from '../../data/schema'
import type { BoneRadial, BoneTube } from '../../data/anatomy/bones/types'
import { icosphere } from './icosphere'
import { add, cross, normalize, reject, scale, sub, type V3 } from './vec'

export interface SectionFrame {
  /** unit tangent of the centre curve */
  readonly t: V3
  /** angle 0 of the section */
  readonly e1: V3
  /** angle π/2 of the section: t × e1 */
  readonly e2: V3
}

/** Unit tangents of a polyline by central differences. */
function tangents(points: readonly Vec3[]): V3[] {
  return points.map((_, i) => normalize(sub(points[Math.min(points.length - 1, i + 1)]!, points[Math.max(0, i - 1)]!)))
}

/**
 * Section frames along a tube's centre curve, carried from station to station without twist (each e1 is the previous
 * one made perpendicular to the new tangent). The measurement and the rebuild both use this, so angles agree.
 */
export function sectionFrames(centre: readonly Vec3[], facing: Vec3): SectionFrame[] {
  const T = tangents(centre)
  const frames: SectionFrame[] = []
  let prev: V3 = normalize(facing)
  for (const t of T) {
    let e1 = normalize(reject(prev, t))
    if (e1[0] === 0 && e1[1] === 0 && e1[2] === 0) e1 = normalize(reject(Math.abs(t[1]) < 0.9 ? [0, 1, 0] : [1, 0, 0], t))
    frames.push({ t, e1, e2: cross(t, e1) })
    prev = e1
  }
  return frames
}

/** Index lists of rings joined into a closed surface: a ring of one vertex is a pole. */
function stitchRings(rings: readonly number[][], idx: number[]): void {
  for (let i = 0; i + 1 < rings.length; i++) {
    const r0 = rings[i]!, r1 = rings[i + 1]!
    const K = Math.max(r0.length, r1.length)
    for (let k = 0; k < K; k++) {
      const a = r0[k % r0.length]!, b = r0[(k + 1) % r0.length]!
      const c = r1[k % r1.length]!, d = r1[(k + 1) % r1.length]!
      if (a !== b) idx.push(a, b, c)
      if (c !== d) idx.push(b, d, c)
    }
  }
}

/**
 * Angles of the rings of a rounded end, measured from its axis, from near the pole to near the section: two rings on
 * bones thicker than SLENDER_M in mean radius, one on slender ones (digits, processes), where it cannot be seen.
 */
const CAP_ANGLES = [Math.PI / 6, Math.PI / 3]
const SLENDER_CAP_ANGLES = [Math.PI / 4]
const SLENDER_M = 0.006

export function buildBoneTube(tube: BoneTube): { positions: number[]; indices: number[] } {
  const frames = sectionFrames(tube.centre, tube.facing)
  const K = tube.radii[0]!.length
  const pos: number[] = []
  const vertex = (p: V3) => pos.push(p[0], p[1], p[2]) / 3 - 1
  const ring = (c: Vec3, f: SectionFrame, radii: readonly number[], shrink: number): number[] =>
    radii.map((r, k) => {
      const th = (2 * Math.PI * k) / K
      return vertex(add(c, scale(add(scale(f.e1, Math.cos(th)), scale(f.e2, Math.sin(th))), Math.max(r, 0.0003) * shrink)))
    })

  const last = tube.centre.length - 1
  const rings: number[][] = []
  const f0 = frames[0]!, fN = frames[last]!
  const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length
  const capAngles = mean(tube.radii.map(mean)) < SLENDER_M ? SLENDER_CAP_ANGLES : CAP_ANGLES
  /** A ring of a rounded end at latitude `a` (from the axis): each angle reaches its own cap length. */
  const capRing = (c: Vec3, f: SectionFrame, radii: readonly number[], caps: readonly number[], dir: 1 | -1, a: number) =>
    radii.map((r, k) => {
      const th = (2 * Math.PI * k) / K
      const side = scale(add(scale(f.e1, Math.cos(th)), scale(f.e2, Math.sin(th))), Math.max(r, 0.0003) * Math.sin(a))
      return vertex(add(add(c, scale(f.t, dir * caps[k]! * Math.cos(a))), side))
    })
  // Start cap: pole first, then rings towards the first station; the end cap mirrors it.
  rings.push([vertex(add(tube.centre[0]!, scale(f0.t, -mean(tube.caps[0]))))])
  for (const a of capAngles) rings.push(capRing(tube.centre[0]!, f0, tube.radii[0]!, tube.caps[0], -1, a))
  tube.centre.forEach((c, i) => rings.push(ring(c, frames[i]!, tube.radii[i]!, 1)))
  for (const a of [...capAngles].reverse()) rings.push(capRing(tube.centre[last]!, fN, tube.radii[last]!, tube.caps[1], 1, a))
  rings.push([vertex(add(tube.centre[last]!, scale(fN.t, mean(tube.caps[1]))))])
  const idx: number[] = []
  stitchRings(rings, idx)
  return { positions: pos, indices: idx }
}

export function buildRadial(radial: BoneRadial): { positions: number[]; indices: number[] } {
  const { dirs, faces } = icosphere(radial.level)
  const pos: number[] = []
  dirs.forEach((d, i) => {
    const p = add(radial.centre, scale(d, Math.max(radial.radii[i]!, 0.0003)))
    pos.push(p[0], p[1], p[2])
  })
  return { positions: pos, indices: faces.flat() }
}


/**
 * A bony plate from its sheet figure: the mid-surface offset by half the thickness each way along the plate's normal
 * (`facing`), the inverse of how bone-measure.ts measures it, then walls round the edge.
 */
export function buildPlate(sheet: SheetShape): { positions: number[]; indices: number[] } {
  const rows = sheet.mid.length, cols = sheet.mid[0]!.length
  const n = normalize(sheet.facing)
  const pos: number[] = []
  for (const side of [1, -1]) {
    sheet.mid.forEach((row, i) =>
      row.forEach((p, j) => {
        const q = add(p, scale(n, (side * Math.max(sheet.thickness[i]![j]!, 0.0005)) / 2))
        pos.push(q[0], q[1], q[2])
      }),
    )
  }
  const top = (i: number, j: number) => i * cols + j
  const at = (v: number): V3 => [pos[v * 3]!, pos[v * 3 + 1]!, pos[v * 3 + 2]!]
  // Wind the top face so that it faces along n.
  const du = sub(at(top(0, cols - 1)), at(top(0, 0)))
  const dv = sub(at(top(rows - 1, 0)), at(top(0, 0)))
  const up = cross(du, dv)[0] * n[0] + cross(du, dv)[1] * n[1] + cross(du, dv)[2] * n[2] >= 0
  const idx: number[] = []
  const topTris: number[] = []
  for (let i = 0; i + 1 < rows; i++) {
    for (let j = 0; j + 1 < cols; j++) {
      const a = top(i, j), b = top(i, j + 1), c = top(i + 1, j), d = top(i + 1, j + 1)
      if (up) topTris.push(a, b, d, a, d, c)
      else topTris.push(a, d, b, a, c, d)
    }
  }
  const offset = rows * cols
  idx.push(...topTris)
  for (let t = 0; t < topTris.length; t += 3) idx.push(topTris[t]! + offset, topTris[t + 2]! + offset, topTris[t + 1]! + offset)
  // Walls: every top edge without its reverse is on the border; close it against the bottom copy.
  const edges = new Set<string>()
  for (let t = 0; t < topTris.length; t += 3) for (let e = 0; e < 3; e++) edges.add(`${topTris[t + e]},${topTris[t + ((e + 1) % 3)]}`)
  for (const key of edges) {
    const [p, q] = key.split(',').map(Number) as [number, number]
    if (edges.has(`${q},${p}`)) continue
    idx.push(q, p, p + offset, q, p + offset, q + offset)
  }
  return { positions: pos, indices: idx }
}
