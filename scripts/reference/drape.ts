/**
 * Lays authored muscles (DrapeSpec) over the reference bones and the rebuilt deeper muscles: each grid node between
 * the origin and insertion lines is pushed along its ray until it meets what lies beneath, then lifted by half the
 * local thickness. Node only (three + three-mesh-bvh for the ray casts).
 */
import * as THREE from 'three'
import { MeshBVH } from 'three-mesh-bvh'
import type { Anchor, Landmark, SheetShape, Vec3 } from '../../data/schema'
import type { DrapeSpec } from '../../data/anatomy/drape-specs'
import type { MeshData } from '../../src/geometry/mesh'
import { orientColumns } from '../../src/geometry/muscle-mesh'
import { add, closestOnSegment, dist, lerp, normalize, scale, sub, type V3 } from '../../src/geometry/vec'

export interface Target {
  readonly bvh: MeshBVH
}

export function targetFromSoup(tris: Float64Array): Target {
  const g = new THREE.BufferGeometry()
  g.setAttribute('position', new THREE.BufferAttribute(new Float32Array(tris), 3))
  return { bvh: new MeshBVH(g) }
}

export function targetFromMesh(mesh: MeshData): Target {
  const g = new THREE.BufferGeometry()
  g.setAttribute('position', new THREE.BufferAttribute(mesh.positions.slice(), 3))
  g.setIndex(new THREE.BufferAttribute(mesh.indices.slice(), 1))
  return { bvh: new MeshBVH(g) }
}

export function anchorPoint(anchor: Anchor, landmarks: ReadonlyMap<string, Landmark>): V3 {
  const l = landmarks.get(anchor.landmark)
  if (!l) throw new Error(`unknown landmark '${anchor.landmark}'`)
  return add(l.at, anchor.offset ?? [0, 0, 0])
}

/** Point at fraction u along a polyline, by arc length. */
function along(points: readonly V3[], u: number): V3 {
  if (points.length === 1) return points[0]!
  const seg = points.slice(1).map((p, i) => dist(points[i]!, p))
  const total = seg.reduce((s, x) => s + x, 0)
  let t = u * total
  for (let i = 0; i < seg.length; i++) {
    if (t <= seg[i]! || i === seg.length - 1) return lerp(points[i]!, points[i + 1]!, Math.min(1, t / (seg[i]! || 1)))
    t -= seg[i]!
  }
  return points[points.length - 1]!
}

/** Thickness at (u, v): a belly fullest at `bellyAt`, thinning to tendon at the ends and toward the edges. */
export function drapeThickness(spec: DrapeSpec, u: number, v: number): number {
  const b = spec.bellyAt ?? 0.5
  const along = v < b ? Math.sin((Math.PI / 2) * (v / b)) : Math.sin((Math.PI / 2) * ((1 - v) / (1 - b)))
  const r = spec.roundness ?? 0.4
  const across = Math.pow(Math.sin(Math.PI * Math.min(Math.max(u, 0.02), 0.98)), r)
  return Math.max(0.0015, spec.thickness * Math.pow(Math.max(along, 0), 0.6) * across)
}

/** Rays start this far outside the line between the attachments, metres. */
const REACH = 0.12

const round = (x: number) => Math.round(x * 1e4) / 1e4

export function drape(
  spec: DrapeSpec,
  landmarks: ReadonlyMap<string, Landmark>,
  targets: readonly Target[],
  rows = 14,
  columns = 9,
): SheetShape {
  const origin = spec.origin.map((a) => anchorPoint(a, landmarks))
  const insertion = spec.insertion.map((a) => anchorPoint(a, landmarks))
  const via = spec.via?.map((a) => anchorPoint(a, landmarks))
  const b = spec.bellyAt ?? 0.5
  // Between origin and insertion lines, through the belly line when there is one.
  const fibre = (u: number, v: number): V3 =>
    !via
      ? lerp(along(origin, u), along(insertion, u), v)
      : v < b
        ? lerp(along(origin, u), along(via, u), v / b)
        : lerp(along(via, u), along(insertion, u), (v - b) / (1 - b))
  const axis = 'axis' in spec.ray ? spec.ray.axis.map((a) => anchorPoint(a, landmarks)) : null
  const ray = new THREE.Ray()
  // First pass: where each node's ray meets what lies beneath (Infinity where it meets nothing).
  const starts: V3[][] = []
  const dirs: V3[][] = []
  const hits: number[][] = []
  const thickness: number[][] = []
  let facing: V3 = [0, 0, 0]
  for (let i = 0; i < rows; i++) {
    const v = i / (rows - 1)
    starts.push([])
    dirs.push([])
    hits.push([])
    thickness.push([])
    for (let j = 0; j < columns; j++) {
      const u = j / (columns - 1)
      const p = fibre(u, v)
      const dir = axis ? normalize(sub(closestOnSegment(p, axis[0]!, axis[1]!), p)) : normalize((spec.ray as { dir: Vec3 }).dir)
      const start = sub(p, scale(dir, REACH))
      ray.origin.set(...start)
      ray.direction.set(...dir)
      // Hits more than 6 cm outside the attachment line are other body parts (a hanging hand beside the thigh).
      let best = Infinity
      for (const target of targets) {
        for (const hit of target.bvh.raycast(ray, THREE.DoubleSide)) {
          if (hit.distance >= REACH - 0.06 && hit.distance < best) best = hit.distance
        }
      }
      starts[i]!.push(start)
      dirs[i]!.push(dir)
      // A free muscle stays on its attachment lines: its depth is the attachment line's.
      hits[i]!.push(spec.free ? REACH : best < REACH + 0.2 ? best : Infinity)
      thickness[i]!.push(drapeThickness(spec, u, v))
      facing = sub(facing, dir)
    }
  }
  // A sheet that bridges (`spec.bridge`) rests on what is beneath it and spans the hollows between, as trapezius
  // spans the hollow above the clavicle: each node's depth is the lesser of its hit and the mean of its neighbours', repeated until settled.
  // Nodes whose rays meet nothing take their neighbours' depth instead of falling to the attachment line.
  const depth = hits.map((r) => r.map((d) => (Number.isFinite(d) ? d : REACH)))
  for (let pass = 0; pass < (spec.bridge ? 60 : 0); pass++) {
    const prev = depth.map((r) => [...r])
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < columns; j++) {
        const n = [prev[i - 1]?.[j], prev[i + 1]?.[j], prev[i]![j - 1], prev[i]![j + 1]].filter((d): d is number => d !== undefined)
        const mean = n.reduce((s, d) => s + d, 0) / n.length
        depth[i]![j] = Math.min(hits[i]![j]!, mean)
      }
    }
  }
  const mid: V3[][] = depth.map((r, i) =>
    r.map((d, j) => sub(add(starts[i]![j]!, scale(dirs[i]![j]!, d)), scale(dirs[i]![j]!, thickness[i]![j]! / 2 + 0.0008))),
  )
  // Relax the mid-surface a little: ribs and tendons below should not print through a muscle.
  for (let pass = 0; pass < 3; pass++) {
    const prev = mid.map((r) => r.map((p) => [...p] as V3))
    for (let i = 1; i < rows - 1; i++) {
      for (let j = 1; j < columns - 1; j++) {
        const n = [prev[i - 1]![j]!, prev[i + 1]![j]!, prev[i]![j - 1]!, prev[i]![j + 1]!]
        const avg = scale(n.reduce<V3>((s, q) => add(s, q), [0, 0, 0]), 0.25)
        mid[i]![j] = lerp(prev[i]![j]!, avg, 0.5)
      }
    }
  }
  return orientColumns({
    kind: 'sheet',
    facing: normalize(facing).map(round) as unknown as Vec3,
    mid: mid.map((r) => r.map((p) => p.map(round) as unknown as Vec3)),
    thickness: thickness.map((r) => r.map(round)),
  })
}
