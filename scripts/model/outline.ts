/**
 * Outline pairs: where the registered skin should lie so that it wraps the muscle layer. Rays go out from the
 * axis of the trunk, each limb segment and the head; along each, the skin's point pairs with the outermost muscle
 * (or core) surface of that body part plus a layer of fat. On the trunk and limbs the skin follows the muscles both
 * ways (it may not float); on the head it only moves out where a muscle would show through, so the face keeps its
 * shape. A smooth warp through these pairs then moves the whole skin at once, without folds.
 */
import * as THREE from 'three'
import { MeshBVH } from 'three-mesh-bvh'
import type { Landmark, Region, Vec3 } from '../../data/schema'
import type { NamedMesh } from '../../src/geometry/body-model'
import type { MeshData } from '../../src/geometry/mesh'
import { midpoint } from '../../src/geometry/repose'
import { mirrorX, type V3 } from '../../src/geometry/vec'
import { mergedGeometry } from './merged'

const bvhOf = (meshes: readonly Pick<MeshData, 'positions' | 'indices'>[]) => new MeshBVH(mergedGeometry(meshes))

interface Part {
  /** Axis from a to b; rays leave it at right angles. */
  readonly a: V3
  readonly b: V3
  /** Stations along the axis, as fractions. */
  readonly stations: readonly number[]
  readonly rays: number
  /** Muscle regions that belong to this part. */
  readonly regions: readonly Region[]
  /** 'match': the skin follows the muscles both ways; 'cover': it only moves out. */
  readonly rule: 'match' | 'cover'
}

const range = (from: number, to: number, n: number) => Array.from({ length: n }, (_, i) => from + ((to - from) * i) / (n - 1))

function parts(L: (id: string) => V3): Part[] {
  const elbow = midpoint(L('humerus-lateral-epicondyle'), L('humerus-medial-epicondyle'))
  const knee = midpoint(L('femur-lateral-epicondyle'), L('femur-medial-epicondyle'))
  const ankle = midpoint(L('lateral-malleolus'), L('medial-malleolus'))
  const trunkTop: V3 = [0, L('c7-spinous')[1], (L('jugular-notch')[2] + L('c7-spinous')[2]) / 2]
  const neckTop: V3 = [0, (L('menton')[1] + L('inion')[1]) / 2, (L('hyoid')[2] + L('inion')[2]) / 2]
  const trunkBottom: V3 = [0, L('pubic-symphysis')[1] + 0.02, (L('pubic-symphysis')[2] + L('s2')[2]) / 2]
  const headTop: V3 = [0, L('vertex')[1] - 0.03, (L('glabella')[2] + L('inion')[2]) / 2]
  const headBottom: V3 = [0, L('menton')[1] + 0.01, L('ear')[2]]
  const side = (m: (p: V3) => V3): Part[] => [
    { a: m(L('glenohumeral')), b: m(elbow), stations: range(0.25, 0.85, 6), rays: 12, regions: ['arm', 'shoulder'], rule: 'match' },
    { a: m(elbow), b: m(L('wrist')), stations: range(0.12, 0.8, 6), rays: 12, regions: ['forearm'], rule: 'match' },
    { a: m(L('hip-joint')), b: m(knee), stations: range(0.2, 0.85, 7), rays: 14, regions: ['thigh', 'hip'], rule: 'match' },
    { a: m(knee), b: m(ankle), stations: range(0.15, 0.8, 7), rays: 12, regions: ['leg'], rule: 'match' },
  ]
  return [
    { a: trunkBottom, b: trunkTop, stations: range(0.05, 1, 16), rays: 24, regions: ['chest', 'abdomen', 'upper-back', 'low-back', 'shoulder', 'hip'], rule: 'match' },
    { a: trunkTop, b: neckTop, stations: range(0, 0.45, 4), rays: 20, regions: ['neck', 'upper-back', 'shoulder', 'chest'], rule: 'match' },
    { a: headBottom, b: headTop, stations: range(0, 1, 8), rays: 24, regions: ['head', 'neck'], rule: 'cover' },
    ...side((p) => p),
    ...side(mirrorX),
  ]
}

/** Unit vectors at right angles to `axis`, evenly round it. */
function around(axis: THREE.Vector3, n: number): THREE.Vector3[] {
  const ref = Math.abs(axis.y) < 0.9 ? new THREE.Vector3(0, 1, 0) : new THREE.Vector3(0, 0, 1)
  const u = new THREE.Vector3().crossVectors(axis, ref).normalize()
  const v = new THREE.Vector3().crossVectors(axis, u).normalize()
  return Array.from({ length: n }, (_, i) => {
    const t = (i / n) * Math.PI * 2
    return u.clone().multiplyScalar(Math.cos(t)).addScaledVector(v, Math.sin(t))
  })
}

export interface OutlinePairs {
  readonly from: V3[]
  readonly to: V3[]
}

/**
 * Pairs for the skin `skin` (already registered on the landmarks) over `muscles` and `core`, all in one frame.
 * `fat` is the layer kept over the muscles, metres.
 */
export function outlinePairs(
  skin: Pick<MeshData, 'positions' | 'indices'>,
  muscles: readonly NamedMesh[],
  core: Pick<MeshData, 'positions' | 'indices'>,
  landmarks: ReadonlyMap<string, Landmark>,
  fat = 0.004,
): OutlinePairs {
  const L = (id: string): V3 => [...landmarks.get(id)!.at] as V3
  const skinBvh = bvhOf([skin])
  const from: V3[] = [], to: V3[] = []
  const ray = new THREE.Ray()
  for (const part of parts(L)) {
    const mine = muscles.filter((m) => m.extras.region && part.regions.includes(m.extras.region)).map((m) => m.mesh)
    const bvh = bvhOf(part.rule === 'match' ? [...mine, core] : mine)
    const a = new THREE.Vector3(...part.a), b = new THREE.Vector3(...part.b)
    const axis = b.clone().sub(a).normalize()
    for (const t of part.stations) {
      const o = a.clone().lerp(b, t)
      for (const dir of around(axis, part.rays)) {
        ray.origin.copy(o)
        ray.direction.copy(dir)
        // The part's own skin: the first crossing going out from its axis.
        const s = skinBvh.raycastFirst(ray, THREE.DoubleSide)
        if (!s) continue
        // Its muscles: the last crossing before the skin, or a little beyond it where a muscle shows through.
        const hits = bvh.raycast(ray, THREE.DoubleSide).filter((h) => h.distance < s.distance + 0.04)
        const outer = hits.length ? Math.max(...hits.map((h) => h.distance)) : null
        let want: number
        if (outer === null) {
          if (part.rule === 'cover') want = s.distance
          else continue
        } else if (part.rule === 'cover') want = Math.max(s.distance, outer + fat)
        // A ray through a gap between muscles (the linea alba) meets a deep one: the skin bridges the gap instead.
        else if (outer + fat < s.distance - 0.015) continue
        else want = outer + fat
        from.push(s.point.toArray() as V3)
        to.push(o.clone().addScaledVector(dir, want).toArray() as V3)
      }
    }
  }
  return { from, to }
}

export type { Vec3 }
