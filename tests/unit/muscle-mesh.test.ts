import { describe, expect, it } from 'vitest'
import type { SheetShape, TubeShape } from '../../data/schema'
import { signedVolume, surfaceCentroid } from '../../src/geometry/mesh'
import { buildSheet, buildTube, tendonRows } from '../../src/geometry/muscle-mesh'
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

describe('tendons where a muscle thins out at its ends', () => {
  it('marks the thin ends as tendon and the belly as muscle', () => {
    const w = tendonRows([0.1, 0.3, 0.8, 1, 0.9, 0.5, 0.2, 0.1])
    expect(w[0]).toBe(1)
    expect(w[7]).toBe(1)
    expect(w.slice(2, 6).every((x) => x === 0)).toBe(true)
  })

  it('keeps a shallow waist in a belly as muscle', () => {
    const w = tendonRows([0.8, 1, 0.5, 0.9, 0.2])
    expect(w.slice(0, 4)).toEqual([0, 0, 0, 0])
    expect(w[4]).toBeGreaterThan(0.9)
  })

  it('keeps a tendon whose figures widen again toward the end as tendon', () => {
    const w = tendonRows([0.8, 1, 0.9, 0.1, 0.5])
    expect(w[3]).toBe(1)
    expect(w[4]).toBe(1)
  })

  it('carries the weights onto every vertex of a tube that tapers to a cord', () => {
    const cord: TubeShape = { ...cylinder, radii: [0.02, 0.02, 0.02, 0.004, 0.003].map((r) => ring(r)) }
    const mesh = buildTube(cord, { along: 5, across: 12 })
    const uv = mesh.uvs!
    const at = (v: number) => [...mesh.tendon!].filter((_, i) => Math.abs(uv[i * 2 + 1]! - v) < 1e-6)
    expect(at(0).every((x) => x === 0)).toBe(true)
    expect(at(1).every((x) => x === 1)).toBe(true)
  })
})
