/**
 * Fits a registered skin to the muscle layer: wherever a muscle would poke through, the skin moves out over it;
 * over the trunk and limbs, where it floats more than a few millimetres of fat above the muscle beneath, it moves
 * in. The moves are smoothed over the surface so the skin stays a skin. The head, hands and feet keep their
 * shape except where a muscle must be covered. Metres.
 */
import * as THREE from 'three'
import { MeshBVH } from 'three-mesh-bvh'
import type { Vec3 } from '../../data/schema'
import { computeNormals, type MeshData } from '../../src/geometry/mesh'
import { fillSolid, makeGrid, signedDistance, voxelIndex } from '../../src/geometry/voxel'
import { mergedGeometry } from './merged'

export interface FitOptions {
  /** Least fat over any muscle. */
  readonly minFat: number
  /** Most fat over a trunk or limb muscle. */
  readonly maxFat: number
  /** How far beneath the skin a muscle still counts as "the muscle beneath". */
  readonly reach: number
  /** 1 where the skin may move in toward the muscles, 0 where it keeps its shape (per vertex). */
  readonly pullWeight: Float32Array
}

function neighbours(n: number, indices: Uint32Array): number[][] {
  const out: Set<number>[] = Array.from({ length: n }, () => new Set())
  for (let t = 0; t < indices.length; t += 3) {
    for (let e = 0; e < 3; e++) {
      const a = indices[t + e]!, b = indices[t + ((e + 1) % 3)]!
      out[a]!.add(b)
      out[b]!.add(a)
    }
  }
  return out.map((s) => [...s])
}

/** Signed distance to the union of the obstacles (negative inside), on a voxel grid, sampled trilinearly. */
function obstacleField(obstacles: readonly Pick<MeshData, 'positions' | 'indices'>[], step = 0.005): (p: Vec3) => number {
  const g = makeGrid([-0.55, -0.03, -0.25], [0.55, 1.85, 0.35], step)
  const solid = new Uint8Array(g.nx * g.ny * g.nz)
  for (const m of obstacles) fillSolid(g, m, solid)
  const d = signedDistance(g, solid)
  return (p) => {
    const x = (p[0] - g.min[0]) / step, y = (p[1] - g.min[1]) / step, z = (p[2] - g.min[2]) / step
    const i = Math.floor(x), j = Math.floor(y), k = Math.floor(z)
    if (i < 0 || j < 0 || k < 0 || i >= g.nx - 1 || j >= g.ny - 1 || k >= g.nz - 1) return 1
    const fx = x - i, fy = y - j, fz = z - k
    let v = 0
    for (let c = 0; c < 8; c++) {
      const di = c & 1, dj = (c >> 1) & 1, dk = (c >> 2) & 1
      v += d[voxelIndex(g, i + di, j + dj, k + dk)]! * (di ? fx : 1 - fx) * (dj ? fy : 1 - fy) * (dk ? fz : 1 - fz)
    }
    return v
  }
}

/**
 * Per-vertex move along the normal that each rule asks for, marching through the obstacle field in 1 mm steps:
 * `need` (out, at least) where the skin lies closer than `minFat` to a muscle or inside one; `want` (in) where it
 * floats more than `maxFat` above one within `reach`.
 */
function measure(skin: MeshData, field: (p: Vec3) => number, opt: FitOptions, pull: boolean): { need: Float32Array; want: Float32Array } {
  const n = skin.positions.length / 3
  const need = new Float32Array(n).fill(-Infinity)
  const want = new Float32Array(n)
  const at = (i: number, t: number): Vec3 => [
    skin.positions[i * 3]! + skin.normals[i * 3]! * t,
    skin.positions[i * 3 + 1]! + skin.normals[i * 3 + 1]! * t,
    skin.positions[i * 3 + 2]! + skin.normals[i * 3 + 2]! * t,
  ]
  for (let i = 0; i < n; i++) {
    const d0 = field(at(i, 0))
    if (d0 < opt.minFat) {
      // March out until clear of the muscle; stop where the field turns down again: a neighbouring part of the
      // body (the arm, seen from the flank) is ahead, and the skin must not reach over to it.
      let t = 0, last = d0
      while (t < 0.02) {
        const d = field(at(i, t + 0.001))
        if (d >= opt.minFat || d < last - 1e-5) break
        last = d
        t += 0.001
      }
      need[i] = t
      want[i] = t
    } else if (pull && d0 > opt.maxFat && opt.pullWeight[i]! > 0) {
      let t = 0
      while (t < opt.reach && field(at(i, -t)) > opt.maxFat) t += 0.001
      if (t < opt.reach) want[i] = -t * opt.pullWeight[i]!
    }
  }
  return { need, want }
}

/** Moves the skin's vertices along their normals; returns a new mesh with the same topology. */
export function fitSkin(
  skin: MeshData,
  muscles: readonly MeshData[],
  opt: FitOptions,
  rounds = 6,
  pushRounds = 4,
): MeshData {
  const field = obstacleField(muscles)
  const n = skin.positions.length / 3
  const nb = neighbours(n, skin.indices)
  let cur: MeshData = skin
  for (let round = 0; round < rounds; round++) {
    const { need, want } = measure(cur, field, opt, round < rounds - 1)
    // Smooth the wanted moves over the surface, never below what covering a muscle needs.
    let d = want
    const tmp = new Float32Array(n)
    for (let it = 0; it < 12; it++) {
      for (let i = 0; i < n; i++) {
        let s = 0
        for (const j of nb[i]!) s += d[j]!
        const avg = nb[i]!.length ? s / nb[i]!.length : d[i]!
        tmp[i] = Math.max(0.5 * d[i]! + 0.5 * avg, need[i]!)
      }
      d = tmp.slice()
    }
    const positions = cur.positions.slice()
    for (let i = 0; i < n; i++) {
      const k = d[i]!
      positions[i * 3]! += cur.normals[i * 3]! * k
      positions[i * 3 + 1]! += cur.normals[i * 3 + 1]! * k
      positions[i * 3 + 2]! += cur.normals[i * 3 + 2]! * k
    }
    cur = { positions, normals: computeNormals(positions, cur.indices), indices: cur.indices }
  }
  for (let round = 0; round < pushRounds; round++) cur = cover(cur, muscles, nb, opt.minFat)
  return cur
}

/**
 * Moves the skin out over every obstacle vertex that lies outside it (a ray from inside a closed surface crosses it
 * an odd number of times). The skin to move is the one that should cover the vertex: met going back into the muscle
 * along its normal, and facing the same way. That triangle and a smooth neighbourhood move out along their normals
 * until the vertex is `minFat` inside.
 */
function cover(skin: MeshData, obstacles: readonly MeshData[], nb: number[][], minFat: number): MeshData {
  const bvh = new MeshBVH(mergedGeometry([skin]))
  const index = bvh.geometry.index!.array
  const n = skin.positions.length / 3
  const need = new Float32Array(n)
  const ray = new THREE.Ray(new THREE.Vector3(), new THREE.Vector3(0.31, 0.9, 0.3).normalize())
  const back = new THREE.Ray()
  const mn = new THREE.Vector3(), fn = new THREE.Vector3(), off = new THREE.Vector3()
  const near = { point: new THREE.Vector3(), distance: 0, faceIndex: 0 }
  const tri = new THREE.Triangle()
  for (const m of obstacles) {
    for (let i = 0; i < m.positions.length; i += 3) {
      ray.origin.fromArray(m.positions, i)
      if (bvh.raycast(ray, THREE.DoubleSide).length % 2 === 1) continue
      mn.fromArray(m.normals, i).normalize()
      back.origin.copy(ray.origin)
      back.direction.copy(mn).negate()
      const hit = bvh.raycastFirst(back, THREE.DoubleSide)
      bvh.closestPointToPoint(ray.origin, near)
      let face: number, distance: number
      // The skin met going back must be about as near as the nearest skin: a vertex of the hand outside its skin
      // must not pull the skin of the thigh beside it over to the hand.
      if (hit && hit.distance <= Math.min(0.06, 2 * near.distance + 0.01) && hit.face && hit.face.normal.dot(mn) >= 0.3) {
        face = hit.faceIndex!
        distance = hit.distance
      } else {
        // Otherwise the nearest skin, if the vertex lies on its outer side.
        tri.setFromAttributeAndIndices(bvh.geometry.attributes.position!, index[near.faceIndex * 3]!, index[near.faceIndex * 3 + 1]!, index[near.faceIndex * 3 + 2]!)
        if (tri.getNormal(fn).dot(off.copy(ray.origin).sub(near.point)) <= 0) continue
        face = near.faceIndex
        distance = near.distance
      }
      for (let k = 0; k < 3; k++) {
        const v = index[face * 3 + k]!
        need[v] = Math.max(need[v]!, distance + minFat)
      }
    }
  }
  let d = need
  for (let it = 0; it < 10; it++) {
    const next = new Float32Array(n)
    for (let i = 0; i < n; i++) {
      let s = 0
      for (const j of nb[i]!) s += d[j]!
      next[i] = Math.max(need[i]!, nb[i]!.length ? 0.85 * (s / nb[i]!.length) : 0)
    }
    d = next
  }
  const positions = skin.positions.slice()
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < 3; k++) positions[i * 3 + k]! += skin.normals[i * 3 + k]! * d[i]!
  }
  return { positions, normals: computeNormals(positions, skin.indices), indices: skin.indices }
}

/** Depth of the first muscle (or core) surface beneath each skin vertex along its inward normal; Infinity if none within 4 cm. */
export function muscleDepth(skin: MeshData, obstacles: readonly Pick<MeshData, 'positions' | 'indices'>[]): Float32Array {
  const bvh = new MeshBVH(mergedGeometry(obstacles))
  const n = skin.positions.length / 3
  const out = new Float32Array(n).fill(Infinity)
  const ray = new THREE.Ray()
  for (let i = 0; i < n; i++) {
    ray.direction.fromArray(skin.normals, i * 3).normalize()
    ray.origin.fromArray(skin.positions, i * 3).addScaledVector(ray.direction, 0.002)
    ray.direction.negate()
    const hit = bvh.raycastFirst(ray, THREE.DoubleSide)
    if (hit && hit.distance < 0.04) out[i] = hit.distance - 0.002
  }
  return out
}

/**
 * The skin's own surface for the head, hands and feet (`pullWeight` < 0.5), where the body has no full muscle layer:
 * shown while the skin is off, so the face, fingers and toes stay readable. It sinks just beneath any muscle there
 * (temporalis, masseter) so the muscle shows on it, and two millimetres elsewhere (the ears keep their shape).
 */
export function bareParts(skin: MeshData, depth: Float32Array, pullWeight: Float32Array): MeshData {
  const n = skin.positions.length / 3
  const keep = (v: number) => pullWeight[v]! < 0.5
  const tris: number[] = []
  for (let t = 0; t < skin.indices.length; t += 3) {
    const a = skin.indices[t]!, b = skin.indices[t + 1]!, c = skin.indices[t + 2]!
    if (keep(a) && keep(b) && keep(c)) tris.push(a, b, c)
  }
  let sink = new Float32Array(n)
  for (let v = 0; v < n; v++) sink[v] = depth[v]! < 0.012 ? depth[v]! + 0.004 : 0.002
  const nb = neighbours(n, skin.indices)
  for (let it = 0; it < 4; it++) {
    const next = new Float32Array(n)
    for (let v = 0; v < n; v++) {
      let s = sink[v]!
      for (const j of nb[v]!) s += sink[j]!
      // Never shallower than its own need, so a muscle is never covered.
      next[v] = Math.max(s / (nb[v]!.length + 1), depth[v]! < 0.012 ? depth[v]! + 0.002 : 0)
    }
    sink = next
  }
  const remap = new Map<number, number>()
  const pos: number[] = []
  const idx = new Uint32Array(tris.length)
  tris.forEach((v, i) => {
    let r = remap.get(v)
    if (r === undefined) {
      r = remap.size
      remap.set(v, r)
      for (let k = 0; k < 3; k++) pos.push(skin.positions[v * 3 + k]! - skin.normals[v * 3 + k]! * sink[v]!)
    }
    idx[i] = r
  })
  const positions = new Float32Array(pos)
  return { positions, normals: computeNormals(positions, idx), indices: idx }
}
