import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DATASET } from '../../data/dataset'
import { parsePlace, placeAt, placeCentres, UNNAMED, type BodyChart } from '../../src/domain/body-chart'
import { rasterise, traceMask } from '../../src/geometry/chart-raster'

const CHART = JSON.parse(readFileSync('public/models/chart.json', 'utf8')) as BodyChart

describe('the 2D body chart projected from the model', () => {
  it('names every place by a body area the data has, with a side exactly on paired areas', () => {
    const areas = new Map(DATASET.bodyAreas.map((a) => [a.id, a]))
    for (const key of CHART.places.filter((p) => p !== UNNAMED)) {
      const { area, side } = parsePlace(key)
      expect(areas.has(area), key).toBe(true)
      expect(side !== undefined, key).toBe(areas.get(area)!.sided)
    }
  })

  it('shows the body’s left on the viewer’s right from the front, and on the left from the back', () => {
    expect(placeCentres(CHART, 'front').get('left temple')!.u).toBeGreaterThan(20)
    expect(placeCentres(CHART, 'front').get('right temple')!.u).toBeLessThan(-20)
    expect(placeCentres(CHART, 'back').get('left low-back')!.u).toBeLessThan(0)
  })

  it('maps a tap to the place under it, the body between places, and nothing beside the body', () => {
    const temple = placeCentres(CHART, 'front').get('left temple')!
    expect(placeAt(CHART, 'front', temple.u, temple.w)).toEqual({ area: 'temple', side: 'left' })
    const heel = placeCentres(CHART, 'back').get('right heel')
    if (heel) expect(placeAt(CHART, 'back', heel.u, heel.w)).toEqual({ area: 'heel', side: 'right' })
    const v = CHART.views.front
    expect(placeAt(CHART, 'front', v.u0 + 1, v.w0 + 1)).toBeNull()
    expect(placeAt(CHART, 'front', 0, v.w0 - 100)).toBeNull()
  })

  it('draws every trigger point’s pattern on at least one view, unless it lies under the foot', () => {
    // Front and back views cannot show the sole, the arch or the underside of the heel: a pattern felt only there
    // (quadratus plantae and abductor hallucis at the heel) is left off the chart.
    const underFoot = new Set(['heel', 'sole', 'arch', 'ball-of-foot'])
    const missing: string[] = []
    for (const tp of DATASET.triggerPoints) {
      const p = CHART.patterns[tp.id]
      expect(p, tp.id).toBeDefined()
      const drawn = Object.keys(p!.essential).length + Object.keys(p!.spillover).length
      const areas = tp.referral.essential.flatMap((z) => z.areas ?? [])
      if (drawn === 0 && !areas.every((a) => underFoot.has(a))) missing.push(`${tp.id}: ${areas.join(', ')}`)
    }
    expect(missing).toEqual([])
  })
})

describe('tracing a mask', () => {
  // A 1 m square (two triangles) in the z = 0 plane, facing the front, rasterised in 100 mm cells.
  const square = new Float32Array([-0.5, 0, 0, 0.5, 0, 0, 0.5, 1, 0, -0.5, 1, 0])
  const grid = rasterise(square, [0, 1, 2, 0, 2, 3], 'front', 100)

  it('covers the square and nothing else', () => {
    const covered = [...grid.triangle].filter((t) => t >= 0).length
    expect(covered).toBe(100)
  })

  it('gives one closed loop for a solid mask and two for a ring', () => {
    const solid = traceMask(grid, (k) => grid.triangle[k]! >= 0)
    expect(solid.match(/M/g)).toHaveLength(1)
    expect(solid.endsWith('Z')).toBe(true)
    const centre = (k: number) => {
      const i = k % grid.cols, j = Math.floor(k / grid.cols)
      const u = grid.u0 + (i + 0.5) * grid.cell, w = grid.w0 + (j + 0.5) * grid.cell
      return Math.abs(u) < 200 && Math.abs(w + 500) < 200
    }
    const ring = traceMask(grid, (k) => grid.triangle[k]! >= 0 && !centre(k))
    expect(ring.match(/M/g)).toHaveLength(2)
    expect(traceMask(grid, () => false)).toBe('')
  })
})
