import { beforeAll, describe, expect, it } from 'vitest'
import { DATASET } from '../../data/dataset'
import type { Blob, Vec3 } from '../../data/schema'
import { computeNormals, type MeshData } from '../../src/geometry/mesh'
import { blobWeights, landmarkMap, zoneSides } from '../../src/geometry/zones'
import { applyInverse } from '../../src/geometry/warp'
import { buildBody } from '../../scripts/model/build'

const LANDMARKS = landmarkMap(DATASET.landmarks)
/** The skin of the body under test, carried into the canonical frame where zones are drawn (as the viewer does). */
let skin: MeshData
const skins: Record<string, MeshData> = {}

beforeAll(async () => {
  for (const kind of ['male', 'female'] as const) {
    const body = await buildBody(kind)
    const mesh = body.meshes.find((m) => m.name === 'skin')!.mesh
    const frame = body.frame
    if (!frame) skins[kind] = mesh
    else {
      const positions = new Float32Array(mesh.positions.length)
      for (let i = 0; i < positions.length; i += 3) {
        positions.set(applyInverse(frame.toBody, frame.toCanonical, [mesh.positions[i]!, mesh.positions[i + 1]!, mesh.positions[i + 2]!]), i)
      }
      skins[kind] = { ...mesh, positions, normals: computeNormals(positions, mesh.indices) }
    }
  }
}, 400_000)

const weightsOf = (blobs: readonly Blob[], side: 'left' | 'right') =>
  blobWeights(skin.positions, skin.normals, blobs, LANDMARKS, side, undefined, skin.positions)

/** Highest weight among skin vertices within `r` metres of a point. */
function weightNear(w: Float32Array, p: Vec3, r = 0.02): number {
  let best = 0
  for (let i = 0; i < w.length; i++) {
    const d = Math.hypot(skin.positions[i * 3]! - p[0], skin.positions[i * 3 + 1]! - p[1], skin.positions[i * 3 + 2]! - p[2])
    if (d < r + 0.02 && w[i]! > best) best = w[i]!
  }
  return best
}

const at = (id: string) => LANDMARKS.get(id)!.at

describe.each(['male', 'female'])('referral zones on the %s skin', (kind) => {
  beforeAll(() => {
    skin = skins[kind]!
  })

  it('reach the skin with every blob of every trigger point and body area', () => {
    const missing: string[] = []
    for (const tp of DATASET.triggerPoints) {
      for (const [kind, zones] of [['essential', tp.referral.essential], ['spillover', tp.referral.spillover]] as const) {
        zones.forEach((z, zi) =>
          z.blobs.forEach((b, bi) => {
            if (!weightsOf([b], 'left').some((x) => x > 0.5)) missing.push(`${tp.id} ${kind}[${zi}] blob ${bi}`)
          }),
        )
      }
    }
    for (const a of DATASET.bodyAreas) {
      a.blobs.forEach((b, bi) => {
        if (!weightsOf([b], 'left').some((x) => x > 0.5)) missing.push(`body area ${a.id} blob ${bi}`)
      })
    }
    expect(missing).toEqual([])
  })

  it('paint the temple and not the low back for upper trapezius TrP1', () => {
    const tp = DATASET.triggerPoints.find((t) => t.id === 'trapezius-upper-1')!
    const w = weightsOf(tp.referral.essential.flatMap((z) => z.blobs), 'left')
    const temple: Vec3 = [at('temple')[0] + 0.015, at('temple')[1], at('temple')[2]]
    expect(weightNear(w, temple)).toBeGreaterThan(0.9)
    expect(weightNear(w, [0.05, at('l3-spinous')[1], at('l3-spinous')[2] - 0.02], 0.08)).toBe(0)
    // And only on its own side.
    expect(weightNear(w, [-temple[0], temple[1], temple[2]])).toBe(0)
  })

  it('mirror exactly from the left side to the right', () => {
    const tp = DATASET.triggerPoints.find((t) => t.id === 'gluteus-minimus-1')!
    const blobs = tp.referral.essential.flatMap((z) => z.blobs)
    const left = weightsOf(blobs, 'left')
    const mirrored = new Float32Array(skin.positions)
    const normals = new Float32Array(skin.normals)
    for (let i = 0; i < mirrored.length; i += 3) {
      mirrored[i] = -mirrored[i]!
      normals[i] = -normals[i]!
    }
    const right = blobWeights(mirrored, normals, blobs, LANDMARKS, 'right', undefined, mirrored)
    expect(Array.from(right)).toEqual(Array.from(left))
    expect(left.some((x) => x > 0.9)).toBe(true)
  })

  it('put a contralateral zone on the other side', () => {
    expect(zoneSides('left', 'contralateral')).toEqual(['right'])
    expect(zoneSides('right', 'bilateral')).toEqual(['right', 'left'])
    expect(zoneSides('right')).toEqual(['right'])
  })
})
