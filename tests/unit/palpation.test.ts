import { describe, expect, it } from 'vitest'
import { LANDMARKS } from '../../data/anatomy/landmarks'
import { DATASET } from '../../data/dataset'
import { landmarkAt, onSide, palpationLandmarks, resolveLandmark, type PalpationData } from '../../src/domain/palpation'
import { TINY } from '../fixtures/tiny-dataset'

const measured = (id: string) => LANDMARKS.find((l) => l.id === id)!.at

/** The tiny fixture with one derived landmark of each kind and a trigger point naming a measured and a derived one. */
const FIXTURE: PalpationData = {
  landmarks: TINY.landmarks,
  derivedLandmarks: [
    // temple [0.07, 1.66, 0.1] → heel [0.08, 0.04, 0]
    { id: 'shin', name: 'Shin', at: { between: ['temple', 'heel'], t: 0.75, offset: [0.01, 0, 0.02] }, paired: true, source: { ref: 'book' } },
    { id: 'brow', name: 'Brow', at: { landmark: 'temple', offset: [-0.03, 0.01, 0.05] }, paired: true, source: { ref: 'book' } },
    { id: 'lost', name: 'Lost', at: { landmark: 'nowhere' as 'temple', offset: [0, 0, 0] }, paired: true, source: { ref: 'book' } },
  ],
  triggerPoints: [{ ...TINY.triggerPoints[0]!, landmarks: ['brow', 'temple', 'shin'] as never }],
}

describe('palpationLandmarks', () => {
  it('lists the named places in the order the hint names them, with their names', () => {
    expect(palpationLandmarks('temporalis-1', FIXTURE).map((l) => [l.id, l.name])).toEqual([
      ['brow', 'Brow'],
      ['temple', 'Temple'],
      ['shin', 'Shin'],
    ])
  })

  it('places a measured landmark where it was measured', () => {
    expect(palpationLandmarks('temporalis-1', FIXTURE)[1]!.at).toEqual([0.07, 1.66, 0.1])
  })

  it('places a derived landmark between two measured ones, plus its offset', () => {
    const [x, y, z] = palpationLandmarks('temporalis-1', FIXTURE)[2]!.at
    expect(x).toBeCloseTo(0.0775 + 0.01, 10)
    expect(y).toBeCloseTo(0.445, 10)
    expect(z).toBeCloseTo(0.025 + 0.02, 10)
  })

  it('places a derived landmark at a measured one plus its offset', () => {
    const [x, y, z] = palpationLandmarks('temporalis-1', FIXTURE)[0]!.at
    expect([x, y, z].map((v) => +v.toFixed(6))).toEqual([0.04, 1.67, 0.15])
  })

  it('gives nothing for an unknown trigger point, one whose hint names no bone, or a landmark it cannot place', () => {
    expect(palpationLandmarks('ghost-1', FIXTURE)).toEqual([])
    expect(palpationLandmarks('temporalis-1', { ...FIXTURE, triggerPoints: TINY.triggerPoints.map((t) => ({ ...t, landmarks: undefined })) })).toEqual([])
    expect(resolveLandmark('lost', FIXTURE)).toBeUndefined()
    expect(resolveLandmark('nope', FIXTURE)).toBeUndefined()
  })

  describe('on the real data', () => {
    it('finds the greater trochanter and the iliac crest for gluteus medius TrP2', () => {
      const found = palpationLandmarks('gluteus-medius-2')
      expect(found.map((l) => l.id)).toEqual(['iliac-crest', 'greater-trochanter'])
      expect(found[1]!.at).toEqual(measured('greater-trochanter'))
    })

    it('puts the spine of the scapula on the ridge between its root and the acromion', () => {
      const [spine] = palpationLandmarks('infraspinatus-1')
      expect(spine!.name).toBe('Spine of the scapula')
      const root = measured('scapula-spine-root')
      const acromion = measured('acromion')
      expect(spine!.at[0]).toBeCloseTo((root[0] + acromion[0]) / 2, 6)
      // On the crest of the ridge: behind the straight line from root to acromion, which curves forward.
      expect(spine!.at[2]).toBeLessThan((root[2] + acromion[2]) / 2)
    })

    it('resolves every landmark every trigger point names, each within the body', () => {
      for (const tp of DATASET.triggerPoints) {
        const found = palpationLandmarks(tp.id)
        expect(found.length, tp.id).toBe(tp.landmarks?.length ?? 0)
        for (const l of found) {
          expect(l.at[0], `${tp.id} ${l.id}`).toBeGreaterThanOrEqual(0)
          expect(l.at[0], `${tp.id} ${l.id}`).toBeLessThan(0.5)
          expect(l.at[1], `${tp.id} ${l.id}`).toBeGreaterThan(0)
          expect(l.at[1], `${tp.id} ${l.id}`).toBeLessThan(1.75)
        }
      }
      expect(DATASET.triggerPoints.filter((t) => t.landmarks).length).toBeGreaterThan(50)
    })

    it('keeps midline derived landmarks on the midline', () => {
      for (const l of DATASET.derivedLandmarks.filter((d) => !d.paired)) expect(resolveLandmark(l.id)!.at[0], l.id).toBe(0)
    })
  })
})

describe('landmarkAt', () => {
  it('mirrors a paired landmark for the right side and keeps it for the left', () => {
    const left = landmarkAt('tibial-crest', 'left')!
    const right = landmarkAt('tibial-crest', 'right')!
    expect(left[0]).toBeGreaterThan(0)
    expect(right).toEqual([-left[0], left[1], left[2]])
    expect(onSide([0.1, 1, 0.2], 'left')).toEqual([0.1, 1, 0.2])
  })

  it('gives nothing for an unknown id', () => {
    expect(landmarkAt('nope', 'left')).toBeUndefined()
  })
})
