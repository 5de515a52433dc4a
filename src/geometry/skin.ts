/**
 * The dark "core" beneath the muscles: a smooth union of simple solids anchored on the measured landmarks (skull,
 * trunk, limbs, hands, feet), a level set of a voxel distance field polygonised with surface nets and smoothed. It
 * gives the grooves between muscles a floor, and the authored muscles something to rest on where the reference has
 * no bone. (The skin itself is the MakeHuman body, fitted in scripts/model.)
 */
import type { Landmark, Vec3 } from '../../data/schema'
import { computeNormals, type MeshData } from './mesh'
import { surfaceNets } from './surface-nets'
import { add, lerp, mirrorX, scale, sub, type V3 } from './vec'
import { makeGrid, voxelIndex, type Grid } from './voxel'

/** Bounds of the voxel grid around the body (arms abducted), metres. */
const BODY_MIN: Vec3 = [-0.5, -0.02, -0.2]
const BODY_MAX: Vec3 = [0.5, 1.82, 0.3]

/** A rounded cone from a (radius ra) to b (radius rb); an ellipsoid when `radii` is given instead. */
export type Solid =
  | { readonly kind: 'capsule'; readonly a: Vec3; readonly b: Vec3; readonly ra: number; readonly rb: number }
  | { readonly kind: 'ellipsoid'; readonly c: Vec3; readonly radii: Vec3 }

function sdSolid(s: Solid, p: Vec3): number {
  if (s.kind === 'ellipsoid') {
    // Scaled-sphere bound: exact on the axes, good enough for a blended core.
    const q = [(p[0] - s.c[0]) / s.radii[0], (p[1] - s.c[1]) / s.radii[1], (p[2] - s.c[2]) / s.radii[2]]
    const k = Math.hypot(q[0]!, q[1]!, q[2]!)
    return (k - 1) * Math.min(s.radii[0], s.radii[1], s.radii[2])
  }
  const ab = sub(s.b, s.a)
  const ap = sub(p, s.a)
  const l2 = ab[0] ** 2 + ab[1] ** 2 + ab[2] ** 2
  const t = Math.max(0, Math.min(1, (ap[0] * ab[0] + ap[1] * ab[1] + ap[2] * ab[2]) / l2))
  const c = add(s.a, scale(ab, t))
  return Math.hypot(p[0] - c[0], p[1] - c[1], p[2] - c[2]) - (s.ra + (s.rb - s.ra) * t)
}

/**
 * The core's solids for a body given its landmarks (left side measured, mirrored here). With `bare: false` the
 * head, hands and feet are left out: there the skin itself is the body's surface.
 */
export function coreSolids(landmarks: ReadonlyMap<string, Landmark>, bare = true): Solid[] {
  const L = (id: string): V3 => {
    const l = landmarks.get(id)
    if (!l) throw new Error(`core needs landmark '${id}'`)
    return [...l.at] as V3
  }
  const cap = (a: Vec3, b: Vec3, ra: number, rb = ra): Solid => ({ kind: 'capsule', a, b, ra, rb })
  const ell = (c: Vec3, radii: Vec3): Solid => ({ kind: 'ellipsoid', c, radii })
  const vertex = L('vertex'), menton = L('menton'), glabella = L('glabella'), inion = L('inion')
  const headC: V3 = [0, L('ear')[1] + 0.038, (glabella[2] + inion[2]) / 2 + 0.004]
  const head: Solid[] = [
    ell(headC, [0.072, vertex[1] - headC[1] + 0.004, (glabella[2] - inion[2]) / 2]),
    cap([0, menton[1] + 0.012, menton[2] - 0.01], [0, L('tmj')[1] - 0.01, L('tmj')[2] - 0.01], 0.035, 0.05),
    cap(add(L('nasion'), [0, -0.008, -0.004]), add(L('nasion'), [0, -0.038, 0.012]), 0.011, 0.014),
  ]
  const mid: Solid[] = [
    // The neck core stays in front of the cervical muscles, which shape the back of the neck themselves.
    cap(add(L('c7-spinous'), [0, -0.02, 0.085]), add(inion, [0, -0.035, 0.075]), 0.04, 0.036),
    ell([0, 1.27, 0.075], [0.115, 0.15, 0.075]),
    ell([0, 1.08, 0.09], [0.11, 0.13, 0.085]),
    ell([0, 0.93, 0.075], [0.13, 0.08, 0.085]),
  ]
  const elbow = lerp(L('humerus-lateral-epicondyle'), L('humerus-medial-epicondyle'), 0.5)
  const knee = lerp(L('femur-lateral-epicondyle'), L('femur-medial-epicondyle'), 0.5)
  const ankle = lerp(L('lateral-malleolus'), L('medial-malleolus'), 0.5)
  const limbs: Solid[] = [
    cap(add(L('glenohumeral'), [-0.01, 0, 0]), elbow, 0.026, 0.022),
    cap(elbow, L('wrist'), 0.022, 0.017),
    cap(L('hip-joint'), knee, 0.04, 0.036),
    ell(knee, [0.044, 0.046, 0.046]),
    cap(knee, ankle, 0.028, 0.022),
  ]
  const ends: Solid[] = [
    ell(add(L('ear'), [0.012, 0.0, -0.005]), [0.012, 0.03, 0.02]),
    ...[2, 3, 4, 5].map((n) => cap(L('wrist'), L(`mcp-${n}`), 0.014, 0.01)),
    ...[2, 3, 4, 5].map((n) => cap(L(`mcp-${n}`), L(`fingertip-${n}`), 0.0095, 0.0075)),
    cap(add(L('wrist'), [0.01, -0.01, 0.01]), L('mcp-1'), 0.014, 0.011),
    cap(L('mcp-1'), L('fingertip-1'), 0.011, 0.009),
    cap(ankle, add(L('heel'), [0, 0.02, 0.015]), 0.026, 0.027),
    cap(add(L('heel'), [0, 0.012, 0.02]), L('mtp-1'), 0.026, 0.016),
    cap(add(L('heel'), [0.01, 0.012, 0.02]), L('mtp-5'), 0.022, 0.014),
    cap(ankle, lerp(L('mtp-1'), L('mtp-5'), 0.4), 0.028, 0.016),
    ...[1, 2, 3, 4, 5].map((n) => cap(n === 1 ? L('mtp-1') : lerp(L('mtp-1'), L('mtp-5'), (n - 1) / 4), L(`toe-tip-${n}`), n === 1 ? 0.013 : 0.009, 0.008)),
  ]
  const mirror = (s: Solid): Solid =>
    s.kind === 'capsule' ? { ...s, a: mirrorX(s.a), b: mirrorX(s.b) } : { ...s, c: mirrorX(s.c) }
  // Under a skin of its own (bare: false) the core also fills the armpit: the axillary fat between the front and
  // back folds, which the skin closes over.
  const gh = L('glenohumeral')
  const axilla = ell([gh[0] - 0.014, gh[1] - 0.1, gh[2] - 0.03], [0.034, 0.05, 0.036])
  const side = bare ? [...limbs, ...ends] : [...limbs, axilla]
  return [...(bare ? head : []), ...mid, ...side, ...side.map(mirror)]
}

/** Signed distance to the smooth union of the solids, sampled on the grid. */
function coreField(g: Grid, solids: readonly Solid[], blend: number): Float32Array {
  const out = new Float32Array(g.nx * g.ny * g.nz).fill(1)
  for (const s of solids) {
    // Only visit voxels near the solid's bounds.
    const lo: V3 = s.kind === 'capsule' ? [0, 1, 2].map((k) => Math.min(s.a[k]!, s.b[k]!) - Math.max(s.ra, s.rb)) as V3 : sub(s.c, s.radii)
    const hi: V3 = s.kind === 'capsule' ? [0, 1, 2].map((k) => Math.max(s.a[k]!, s.b[k]!) + Math.max(s.ra, s.rb)) as V3 : add(s.c, s.radii)
    const r = blend * 2 + g.step * 2
    const i0 = Math.max(0, Math.floor((lo[0] - r - g.min[0]) / g.step)), i1 = Math.min(g.nx - 1, Math.ceil((hi[0] + r - g.min[0]) / g.step))
    const j0 = Math.max(0, Math.floor((lo[1] - r - g.min[1]) / g.step)), j1 = Math.min(g.ny - 1, Math.ceil((hi[1] + r - g.min[1]) / g.step))
    const k0 = Math.max(0, Math.floor((lo[2] - r - g.min[2]) / g.step)), k1 = Math.min(g.nz - 1, Math.ceil((hi[2] + r - g.min[2]) / g.step))
    for (let k = k0; k <= k1; k++) {
      for (let j = j0; j <= j1; j++) {
        for (let i = i0; i <= i1; i++) {
          const idx = voxelIndex(g, i, j, k)
          const d = sdSolid(s, [g.min[0] + i * g.step, g.min[1] + j * g.step, g.min[2] + k * g.step])
          const a = out[idx]!
          // Polynomial smooth minimum (blend radius in metres).
          const h = Math.max(0, Math.min(1, 0.5 + (0.5 * (d - a)) / blend))
          out[idx] = d * (1 - h) + a * h - blend * h * (1 - h)
        }
      }
    }
  }
  return out
}

/** Taubin smoothing (shrink-free): alternating Laplacian steps of +λ and −μ. */
export function taubin(positions: Float32Array, indices: Uint32Array, iterations: number): void {
  const n = positions.length / 3
  const neighbours: number[][] = Array.from({ length: n }, () => [])
  for (let t = 0; t < indices.length; t += 3) {
    for (let e = 0; e < 3; e++) {
      const a = indices[t + e]!, b = indices[t + ((e + 1) % 3)]!
      neighbours[a]!.push(b)
      neighbours[b]!.push(a)
    }
  }
  const tmp = new Float32Array(positions.length)
  for (let it = 0; it < iterations * 2; it++) {
    const f = it % 2 === 0 ? 0.5 : -0.53
    for (let i = 0; i < n; i++) {
      const nb = neighbours[i]!
      let x = 0, y = 0, z = 0
      for (const j of nb) {
        x += positions[j * 3]!
        y += positions[j * 3 + 1]!
        z += positions[j * 3 + 2]!
      }
      const m = nb.length || 1
      tmp[i * 3] = positions[i * 3]! + f * (x / m - positions[i * 3]!)
      tmp[i * 3 + 1] = positions[i * 3 + 1]! + f * (y / m - positions[i * 3 + 1]!)
      tmp[i * 3 + 2] = positions[i * 3 + 2]! + f * (z / m - positions[i * 3 + 2]!)
    }
    positions.set(tmp)
  }
}

/**
 * The core alone, as a closed surface: what authored muscles rest on where the reference has no bone (sternum).
 * With `bare: false`, the trunk and limbs only (the visible core under a skin that has its own head, hands, feet).
 */
export function buildCore(landmarks: ReadonlyMap<string, Landmark>, step = 0.006, bare = true): MeshData {
  const g = makeGrid(BODY_MIN, BODY_MAX, step)
  const raw = surfaceNets(g, coreField(g, coreSolids(landmarks, bare), 0.02), -0.003)
  if (!bare) taubin(raw.positions, raw.indices, 6)
  return { positions: raw.positions, normals: computeNormals(raw.positions, raw.indices), indices: raw.indices }
}
