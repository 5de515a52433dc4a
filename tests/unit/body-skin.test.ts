import { readFileSync } from 'node:fs'
import * as THREE from 'three'
import { MeshBVH } from 'three-mesh-bvh'
import { beforeAll, describe, expect, it } from 'vitest'
import { DATASET } from '../../data/dataset'
import type { Vec3 } from '../../data/schema'
import { areasAtPoint } from '../../src/domain/body-areas'
import { computeNormals, type MeshData } from '../../src/geometry/mesh'
import { applyInverse, applyWarp } from '../../src/geometry/warp'
import { blobWeights, landmarkMap } from '../../src/geometry/zones'
import { buildBody, type BuiltBody } from '../../scripts/model/build'
import { mergedGeometry } from '../../scripts/model/merged'

const LANDMARKS = landmarkMap(DATASET.landmarks)
const FEATURES = (JSON.parse(readFileSync('data/skin/topology.json', 'utf8')) as { features: Record<string, number> }).features

interface Body {
  built: BuiltBody
  skin: MeshData
  /** Skin positions and normals carried into the canonical frame, where zones and areas are drawn. */
  canonical: Float32Array
  canonicalNormals: Float32Array
}

const bodies: Partial<Record<'male' | 'female', Body>> = {}

beforeAll(async () => {
  for (const kind of ['male', 'female'] as const) {
    const built = await buildBody(kind)
    const skin = built.meshes.find((m) => m.name === 'skin')!.mesh
    const canonical = built.frame ? new Float32Array(skin.positions.length) : skin.positions
    if (built.frame) {
      for (let i = 0; i < canonical.length; i += 3) {
        canonical.set(applyInverse(built.frame.toBody, built.frame.toCanonical, [skin.positions[i]!, skin.positions[i + 1]!, skin.positions[i + 2]!]), i)
      }
    }
    bodies[kind] = { built, skin, canonical, canonicalNormals: built.frame ? computeNormals(canonical, skin.indices) : skin.normals }
  }
}, 400_000)

const point = (arr: Float32Array, v: number): Vec3 => [arr[v * 3]!, arr[v * 3 + 1]!, arr[v * 3 + 2]!]

/** Highest referral weight (essential or spillover) of the trigger points on the skin within `r` of a feature. */
function patternAt(body: Body, tpIds: readonly string[], feature: string, r = 0.015): number {
  const blobs = tpIds.flatMap((id) => {
    const tp = DATASET.triggerPoints.find((t) => t.id === id)!
    return [...tp.referral.essential, ...tp.referral.spillover].flatMap((z) => z.blobs)
  })
  const w = blobWeights(body.canonical, body.canonicalNormals, blobs, LANDMARKS, 'left', undefined, body.canonical)
  const f = point(body.skin.positions, FEATURES[feature]!)
  let best = 0
  for (let i = 0; i < w.length; i++) {
    const p = point(body.skin.positions, i)
    if (Math.hypot(p[0] - f[0], p[1] - f[1], p[2] - f[2]) < r) best = Math.max(best, w[i]!)
  }
  return best
}

const tpsOf = (muscle: string) => DATASET.triggerPoints.filter((t) => t.muscle === muscle).map((t) => t.id)

describe.each(['male', 'female'] as const)('the %s body', (kind) => {
  const body = () => bodies[kind]!

  it('stands at its height with a face: eyes, nose and ears where the skull says', () => {
    const { skin } = body()
    let min = Infinity, max = -Infinity
    for (let i = 1; i < skin.positions.length; i += 3) {
      min = Math.min(min, skin.positions[i]!)
      max = Math.max(max, skin.positions[i]!)
    }
    expect(max - min).toBeCloseTo(kind === 'male' ? 1.75 : 1.65, 1)
    // The nose stands in front of the eyes' line, the ears to the side of the temples' line.
    const nose = point(skin.positions, FEATURES.noseTip!), brow = point(skin.positions, FEATURES.eyebrow!)
    expect(nose[2] - brow[2]).toBeGreaterThan(0.01)
    const ear = point(skin.positions, FEATURES.ear!)
    expect(ear[0]).toBeGreaterThan(0.06)
  })

  it('paints upper trapezius TrP1 on the temple and behind the ear', () => {
    expect(patternAt(body(), ['trapezius-upper-1'], 'temple')).toBeGreaterThan(0.5)
    expect(patternAt(body(), ['trapezius-upper-1'], 'behindEar')).toBeGreaterThan(0.5)
  })

  it('paints sternocleidomastoid on the eyebrow (sternal head) and the ear (clavicular head)', () => {
    expect(patternAt(body(), tpsOf('sternocleidomastoid-sternal'), 'eyebrow')).toBeGreaterThan(0.5)
    expect(patternAt(body(), tpsOf('sternocleidomastoid-clavicular'), 'ear')).toBeGreaterThan(0.5)
  })

  it('paints masseter on the jaw and over the teeth', () => {
    expect(patternAt(body(), tpsOf('masseter'), 'jawAngle')).toBeGreaterThan(0.5)
    expect(patternAt(body(), tpsOf('masseter'), 'cheek')).toBeGreaterThan(0.5)
  })

  it('names the place tapped on the face, the ear and a finger', () => {
    const { skin, canonical, canonicalNormals } = body()
    const tap = (v: number) => areasAtPoint(point(canonical, v), point(canonicalNormals, v)).map((a) => a.area)
    expect(tap(FEATURES.cheek!)).toContain('cheek')
    expect(tap(FEATURES.ear!)).toContain('ear')
    expect(tap(FEATURES.temple!)).toContain('temple')
    // The skin point nearest the middle fingertip (canonical landmark carried into this body).
    const tipCanon = LANDMARKS.get('fingertip-3')!.at
    const tip = body().built.frame ? applyWarp(body().built.frame!.toBody, tipCanon) : tipCanon
    let best = 0, bestD = Infinity
    for (let i = 0; i < skin.positions.length / 3; i++) {
      const p = point(skin.positions, i)
      const d = Math.hypot(p[0] - tip[0], p[1] - tip[1], p[2] - tip[2])
      if (d < bestD) [best, bestD] = [i, d]
    }
    expect(bestD).toBeLessThan(0.02)
    expect(tap(best)).toContain('middle-finger')
  })

  it('keeps the skin within a few millimetres of the trunk and limb muscles', () => {
    const { built, skin } = body()
    const bvh = new MeshBVH(mergedGeometry(built.meshes.filter((m) => m.extras.kind === 'muscle' || m.name === 'core').map((m) => m.mesh)))
    const at = (id: string) => (built.frame ? applyWarp(built.frame.toBody, LANDMARKS.get(id)!.at) : LANDMARKS.get(id)!.at)
    const chinY = at('menton')[1], wrist = at('wrist'), ankleY = at('lateral-malleolus')[1]
    const hit = { point: new THREE.Vector3(), distance: 0, faceIndex: 0 }
    const gaps: number[] = []
    for (let i = 0; i < skin.positions.length / 3; i++) {
      const [x, y] = [Math.abs(skin.positions[i * 3]!), skin.positions[i * 3 + 1]!]
      if (y > chinY - 0.04 || y < ankleY + 0.05 || (y < wrist[1] + 0.03 && x > wrist[0] - 0.06)) continue
      bvh.closestPointToPoint(new THREE.Vector3().fromArray(skin.positions, i * 3), hit)
      gaps.push(hit.distance)
    }
    gaps.sort((a, b) => a - b)
    const q = (f: number) => gaps[Math.floor(f * (gaps.length - 1))]!
    console.log(`${kind}: skin to the nearest muscle over the trunk and limbs, n=${gaps.length}: median ${(q(0.5) * 1000).toFixed(1)} mm, 90 % ${(q(0.9) * 1000).toFixed(1)} mm`)
    expect(gaps.length).toBeGreaterThan(3000)
    // Half the skin lies within 6.5 mm of a muscle on his body and 7 mm on hers (6.54 mm measured with 143 muscles);
    // the far tail is over bone rather than muscle (sternum, clavicles, kneecap, shin), where the skin bridges
    // down to the core.
    expect(q(0.5)).toBeLessThan(kind === 'male' ? 0.0065 : 0.007)
    expect(q(0.9)).toBeLessThan(kind === 'male' ? 0.015 : 0.018)
  })
})

describe('the female frame', () => {
  it('carries landmarks into her body and back to within a few millimetres', () => {
    const frame = bodies.female!.built.frame!
    let worst = 0
    for (const l of DATASET.landmarks) {
      const back = applyInverse(frame.toBody, frame.toCanonical, applyWarp(frame.toBody, l.at))
      worst = Math.max(worst, Math.hypot(back[0] - l.at[0], back[1] - l.at[1], back[2] - l.at[2]))
    }
    expect(worst).toBeLessThan(0.001)
  })
})
