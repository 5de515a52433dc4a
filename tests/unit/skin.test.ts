import { describe, expect, it } from 'vitest'
import { signedVolume } from '../../src/geometry/mesh'
import { surfaceNets } from '../../src/geometry/surface-nets'
import { componentCount, isClosed } from '../../src/geometry/topology'
import { makeGrid, signedDistance, voxelIndex } from '../../src/geometry/voxel'

describe('surface nets on a voxelised sphere', () => {
  const g = makeGrid([-0.1, -0.1, -0.1], [0.1, 0.1, 0.1], 0.005)
  const solid = new Uint8Array(g.nx * g.ny * g.nz)
  for (let k = 0; k < g.nz; k++)
    for (let j = 0; j < g.ny; j++)
      for (let i = 0; i < g.nx; i++) {
        const p = [g.min[0] + i * g.step, g.min[1] + j * g.step, g.min[2] + k * g.step]
        if (Math.hypot(p[0]!, p[1]!, p[2]!) < 0.06) solid[voxelIndex(g, i, j, k)] = 1
      }
  const surface = surfaceNets(g, signedDistance(g, solid), 0)

  it('gives one closed surface facing outward', () => {
    expect(isClosed(surface)).toBe(true)
    expect(componentCount(surface)).toBe(1)
    expect(signedVolume(surface.positions, surface.indices)).toBeGreaterThan(0)
  })

  it('encloses the sphere’s volume within a few percent', () => {
    const v = signedVolume(surface.positions, surface.indices)
    expect(v / ((4 / 3) * Math.PI * 0.06 ** 3)).toBeGreaterThan(0.9)
    expect(v / ((4 / 3) * Math.PI * 0.06 ** 3)).toBeLessThan(1.1)
  })
})
