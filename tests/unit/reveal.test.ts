import * as THREE from 'three'
import { describe, expect, it } from 'vitest'
import type { MeshData } from '../../src/geometry/mesh'
import { revealViews, viewDistance } from '../../scripts/model/reveal'

/** A box as plain mesh data: size and centre in metres. */
function box(size: [number, number, number], at: [number, number, number]): MeshData {
  const g = new THREE.BoxGeometry(...size).translate(...at)
  const indexed = g.index!
  return {
    positions: new Float32Array(g.getAttribute('position').array),
    normals: new Float32Array(g.getAttribute('normal').array),
    indices: new Uint32Array(indexed.array),
  }
}

// A flat muscle, 10 × 10 cm and 2 cm thick, facing front and back.
const muscle = { name: 'muscle:flat:left', mesh: box([0.1, 0.1, 0.02], [0, 1, 0]) }
const plateFront = { name: 'muscle:front-plate:left', mesh: box([0.2, 0.2, 0.01], [0, 1, 0.04]) }
const core = { name: 'core', mesh: box([0.2, 0.2, 0.05], [0, 1, -0.06]), layers: 3 }

describe('the best view of a muscle', () => {
  it('is from the uncovered side, with nothing to ghost', () => {
    const r = revealViews([muscle, plateFront], [])
    expect(r.get('muscle:flat:left')!.view[2]).toBeLessThan(-0.9)
    expect(r.get('muscle:flat:left')!.cover).toEqual([])
  })

  it('looks through one muscle rather than through the core, and names that muscle', () => {
    const r = revealViews([muscle, plateFront], [core])
    expect(r.get('muscle:flat:left')!.view[2]).toBeGreaterThan(0.9)
    expect(r.get('muscle:flat:left')!.cover).toEqual(['muscle:front-plate:left'])
  })

  it('is given for every muscle, and the covering plate is seen from its own free side', () => {
    const r = revealViews([muscle, plateFront], [core])
    expect([...r.keys()]).toEqual(['muscle:flat:left', 'muscle:front-plate:left'])
    expect(r.get('muscle:front-plate:left')!.view[2]).toBeGreaterThan(0.9)
    expect(r.get('muscle:front-plate:left')!.cover).toEqual([])
  })

  it('brings the camera closer to small muscles, within limits', () => {
    expect(viewDistance(0.02)).toBe(0.18)
    expect(viewDistance(0.3)).toBeCloseTo(0.78)
    expect(viewDistance(5)).toBe(2)
  })
})
