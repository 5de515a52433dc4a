import * as THREE from 'three'
import { MeshBVH } from 'three-mesh-bvh'
import { beforeAll, describe, expect, it } from 'vitest'
import { MUSCLES } from '../../data/anatomy/muscles'
import { MUSCLE_SHAPES } from '../../data/anatomy/shapes'
import type { NamedMesh } from '../../src/geometry/body-model'
import { surfaceCentroid } from '../../src/geometry/mesh'
import { componentCount, isClosed } from '../../src/geometry/topology'
import { applyWarp, type Warp } from '../../src/geometry/warp'
import { buildBody } from '../../scripts/model/build'

const BODY_HEIGHT = 1.75
const bodies: Record<string, NamedMesh[]> = {}
let toFemale: Warp
let model: NamedMesh[]
const byName = (name: string) => model.find((m) => m.name === name)!

beforeAll(async () => {
  const female = await buildBody('female')
  bodies.female = female.meshes
  toFemale = female.frame!.toBody
  model = bodies.male = (await buildBody('male')).meshes
}, 400_000)

describe('the generated male body (the canonical frame)', () => {
  it('places each measured muscle within 1 % of body height of the reference', () => {
    const errors: number[] = []
    for (const e of MUSCLE_SHAPES.filter((s) => s.referenceCentroid)) {
      const mesh = byName(`muscle:${e.muscle}:left`).mesh
      const c = surfaceCentroid(mesh.positions, mesh.indices)
      const r = e.referenceCentroid!
      const err = Math.hypot(c[0] - r[0], c[1] - r[1], c[2] - r[2])
      errors.push(err)
      expect(err, e.muscle).toBeLessThan(0.01 * BODY_HEIGHT)
    }
    errors.sort((a, b) => a - b)
    expect(errors.length).toBeGreaterThan(40)
    expect(errors[Math.floor(errors.length / 2)]!).toBeLessThan(0.005 * BODY_HEIGHT)
  })

  it('mirrors right onto left', () => {
    const l = byName('muscle:deltoid-middle:left').mesh.positions
    const r = byName('muscle:deltoid-middle:right').mesh.positions
    expect(r[0]).toBeCloseTo(-l[0]!, 6)
    expect(r[1]).toBeCloseTo(l[1]!, 6)
  })
})

describe.each(['male', 'female'])('the generated %s body', (kind) => {
  const meshesOf = () => bodies[kind]!
  const named = (name: string) => meshesOf().find((m) => m.name === name)!

  it('has a skin and one left and one right mesh for every muscle, named by id', () => {
    const names = new Set(meshesOf().map((m) => m.name))
    expect(names.has('skin')).toBe(true)
    for (const m of MUSCLES) {
      expect(names, m.id).toContain(`muscle:${m.id}:left`)
      expect(names, m.id).toContain(`muscle:${m.id}:right`)
    }
  })

  it('builds every muscle as one closed piece', () => {
    for (const m of meshesOf().filter((x) => x.extras.kind === 'muscle')) {
      expect(isClosed(m.mesh), m.name).toBe(true)
      expect(componentCount(m.mesh), m.name).toBe(1)
    }
  })

  it('keeps superficial muscles under the skin', () => {
    const skin = named('skin').mesh
    const g = geometryOf(skin)
    const bvh = new MeshBVH(g)
    const target = { point: new THREE.Vector3(), distance: 0, faceIndex: 0 }
    const ray = new THREE.Ray(new THREE.Vector3(), new THREE.Vector3(0.31, 0.9, 0.3).normalize())
    const tri = new THREE.Triangle(), normal = new THREE.Vector3(), off = new THREE.Vector3()
    const index = bvh.geometry.index!.array
    const poking: string[] = []
    for (const m of meshesOf().filter((x) => x.extras.layer === 'superficial' && x.extras.side === 'left')) {
      let outside = 0
      const pos = m.mesh.positions
      for (let i = 0; i < pos.length; i += 3) {
        ray.origin.set(pos[i]!, pos[i + 1]!, pos[i + 2]!)
        // Inside a closed surface a ray crosses it an odd number of times.
        if (bvh.raycast(ray, THREE.DoubleSide).length % 2 === 1) continue
        bvh.closestPointToPoint(ray.origin, target)
        // Where the arm's skin lies against the flank's (or a finger's against its neighbour's) the two sheets
        // overlap a little and the count above flips; a point shows through only in front of the skin nearest it.
        tri.setFromAttributeAndIndices(bvh.geometry.attributes.position!, index[target.faceIndex * 3]!, index[target.faceIndex * 3 + 1]!, index[target.faceIndex * 3 + 2]!)
        if (tri.getNormal(normal).dot(off.copy(ray.origin).sub(target.point)) <= 0) continue
        // More than 1.5 mm outside counts as poking through.
        if (target.distance > 0.0015) outside++
      }
      const share = outside / (pos.length / 3)
      if (share > 0.005) poking.push(`${m.name} ${(share * 100).toFixed(1)}%`)
    }
    expect(poking).toEqual([])
  })

  it('puts deep muscles beneath the ones that cover them', () => {
    // Rays from outside toward points of the deep muscle: where they cross the covering muscle, they must meet it first.
    const pairs: [deep: string, cover: string, outward: [number, number, number]][] = [
      ['supraspinatus', 'trapezius-upper', [0, 0.6, -0.8]],
      ['rhomboid-major', 'trapezius-middle', [0, 0, -1]],
      ['rhomboid-major', 'trapezius-lower', [0, 0, -1]],
      ['gluteus-minimus', 'gluteus-medius', [1, 0, 0]],
      ['gluteus-medius', 'gluteus-maximus', [0.3, 0, -1]],
      ['soleus', 'gastrocnemius-medial', [0, 0, -1]],
      ['vastus-intermedius', 'rectus-femoris', [0, 0, 1]],
      ['pectoralis-minor', 'pectoralis-major', [0, 0, 1]],
      ['brachialis', 'biceps-brachii', [0, 0, 1]],
      ['semispinalis-capitis', 'splenius-capitis', [0, 0, -1]],
    ]
    const ray = new THREE.Ray()
    const wrong: string[] = []
    for (const [deep, cover, out] of pairs) {
      const d = named(`muscle:${deep}:left`).mesh
      const coverBvh = new MeshBVH(geometryOf(named(`muscle:${cover}:left`).mesh))
      const deepBvh = new MeshBVH(geometryOf(d))
      // The outward direction, carried into this body's frame at the deep muscle (the warp turns it a little).
      const o = new THREE.Vector3(...out).normalize()
      if (kind === 'female') {
        const c = surfaceCentroid(bodies.male!.find((m) => m.name === `muscle:${deep}:left`)!.mesh.positions, d.indices)
        const a = applyWarp(toFemale, c), b = applyWarp(toFemale, [c[0] + o.x * 0.05, c[1] + o.y * 0.05, c[2] + o.z * 0.05])
        o.set(b[0] - a[0], b[1] - a[1], b[2] - a[2]).normalize()
      }
      let crossed = 0, above = 0
      for (let i = 0; i < d.positions.length; i += 3) {
        const p = new THREE.Vector3(d.positions[i]!, d.positions[i + 1]!, d.positions[i + 2]!)
        ray.origin.copy(p).addScaledVector(o, 0.3)
        ray.direction.copy(o).negate()
        const hc = coverBvh.raycastFirst(ray, THREE.DoubleSide)
        const hd = deepBvh.raycastFirst(ray, THREE.DoubleSide)
        if (!hc || !hd) continue
        crossed++
        // Muscles in contact may cross by a rebuild error of up to 2 mm.
        if (hc.distance > hd.distance + 0.002) above++
      }
      if (crossed === 0 || above / crossed > 0.05) wrong.push(`${deep} above ${cover} at ${above}/${crossed} rays`)
    }
    expect(wrong).toEqual([])
  })
})

function geometryOf(mesh: { positions: Float32Array; indices: Uint32Array }): THREE.BufferGeometry {
  const g = new THREE.BufferGeometry()
  g.setAttribute('position', new THREE.BufferAttribute(mesh.positions, 3))
  g.setIndex(new THREE.BufferAttribute(mesh.indices, 1))
  return g
}
