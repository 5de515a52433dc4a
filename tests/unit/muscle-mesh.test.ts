import { describe, expect, it } from 'vitest'
import type { SheetShape, TubeShape } from '../../data/schema'
import { signedVolume, surfaceCentroid } from '../../src/geometry/mesh'
import { buildSheet, buildTube } from '../../src/geometry/muscle-mesh'
import { isClosed } from '../../src/geometry/topology'

const ring = (r: number, k = 12) => new Array<number>(k).fill(r)

const cylinder: TubeShape = {
  kind: 'tube',
  facing: [0, 0, 1],
  centre: [0, 1, 2, 3, 4].map((i) => [0, 1 - i * 0.05, 0] as const),
  radii: [0, 1, 2, 3, 4].map(() => ring(0.02)),
}

const plate: SheetShape = {
  kind: 'sheet',
  facing: [0, 0, 1],
  mid: [0, 1, 2, 3].map((i) => [0, 1, 2, 3, 4].map((j) => [j * 0.02, 1 - i * 0.03, 0] as const)),
  thickness: [0, 1, 2, 3].map(() => [0.01, 0.01, 0.01, 0.01, 0.01]),
}

describe('a tube rebuilt from its figures', () => {
  const mesh = buildTube(cylinder, { along: 16, across: 16 })

  it('is one closed surface facing outward', () => {
    expect(isClosed(mesh)).toBe(true)
    expect(signedVolume(mesh.positions, mesh.indices)).toBeGreaterThan(0)
  })

  it('has the volume of the cylinder it describes, within the polygon and cap error', () => {
    const expected = Math.PI * 0.02 ** 2 * 0.2
    expect(signedVolume(mesh.positions, mesh.indices) / expected).toBeCloseTo(1, 1)
  })

  it('puts u = 0.5 on the superficial side and v from origin to insertion', () => {
    const n = mesh.positions.length / 3
    let front = -Infinity
    let uFront = -1
    for (let i = 0; i < n; i++) {
      if (mesh.positions[i * 3 + 2]! > front) {
        front = mesh.positions[i * 3 + 2]!
        uFront = mesh.uvs![i * 2]!
      }
    }
    expect(uFront).toBeCloseTo(0.5, 1)
    expect(mesh.uvs![1]).toBe(0)
  })
})

describe('a sheet rebuilt from its figures', () => {
  const mesh = buildSheet(plate, { along: 8, across: 6 })

  it('is one closed surface facing outward', () => {
    expect(isClosed(mesh)).toBe(true)
    expect(signedVolume(mesh.positions, mesh.indices)).toBeGreaterThan(0)
  })

  it('keeps the plate’s volume and centre', () => {
    expect(signedVolume(mesh.positions, mesh.indices)).toBeCloseTo(0.08 * 0.09 * 0.01, 5)
    const c = surfaceCentroid(mesh.positions, mesh.indices)
    expect(c[0]).toBeCloseTo(0.04, 3)
    expect(c[1]).toBeCloseTo(1 - 0.045, 3)
  })

  it('marks the deep face apart from the superficial one', () => {
    const depth = Array.from(mesh.depth!)
    expect(depth.filter((d) => d === 0).length).toBe(depth.filter((d) => d === 1).length)
  })
})
