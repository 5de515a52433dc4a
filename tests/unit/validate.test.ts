import { describe, expect, it } from 'vitest'
import { DATASET, type Dataset } from '../../data/dataset'
import { validateDataset } from '../../data/validate'
import { TINY } from '../fixtures/tiny-dataset'

/** A copy of the tiny dataset with one change applied to a deep clone. */
function broken(change: (d: { -readonly [K in keyof Dataset]: any[] }) => void): Dataset {
  const copy = structuredClone(TINY) as unknown as { -readonly [K in keyof Dataset]: any[] }
  change(copy)
  return copy as unknown as Dataset
}

describe('validateDataset', () => {
  it('finds no problem in the real dataset', () => {
    expect(validateDataset(DATASET)).toEqual([])
  })

  it('finds no problem in the tiny fixture', () => {
    expect(validateDataset(TINY)).toEqual([])
  })

  it('accepts a pattern said to be shared', () => {
    const shared = broken((d) => d.triggerPoints.push({ ...structuredClone(d.triggerPoints[0]), id: 'temporalis-9', sharedPatternWith: 'temporalis-1' }))
    expect(validateDataset(shared)).toEqual([])
  })

  it('accepts a trigger point that names a derived landmark', () => {
    expect(validateDataset(broken((d) => (d.triggerPoints[0].landmarks = ['temple', 'brow'])))).toEqual([])
  })

  const cases: [string, (d: any) => void, string, string][] = [
    ['a duplicate id', (d) => d.muscles.push({ ...d.muscles[0] }), 'muscle temporalis', 'used twice'],
    ['an id that is not kebab-case', (d) => (d.conditions[0].id = 'Head Ache'), 'condition Head Ache', 'kebab-case'],
    ['a missing source', (d) => (d.muscles[0].source = { ref: 'nope' }), 'muscle temporalis', "source 'nope'"],
    ['a muscle without innervation', (d) => (d.muscles[0].innervation = []), 'muscle temporalis', 'no innervation'],
    ['a muscle without a shape', (d) => (d.shapes = []), 'muscle temporalis', 'no shape'],
    ['a muscle without trigger points', (d) => (d.triggerPoints = []), 'muscle temporalis', 'no trigger points'],
    ['a trigger point on an unknown muscle', (d) => (d.triggerPoints[0].muscle = 'ghost'), 'trigger point temporalis-1', "muscle 'ghost'"],
    ['a trigger point off its muscle', (d) => (d.triggerPoints[0].at.v = 1.4), 'trigger point temporalis-1', 'v = 1.4'],
    ['a trigger point without an essential zone', (d) => (d.triggerPoints[0].referral.essential = []), 'trigger point temporalis-1', 'no essential zone'],
    ['an unknown landmark', (d) => (d.triggerPoints[0].referral.essential[0].blobs[0].at.landmark = 'elbow-x'), 'trigger point temporalis-1 essential zone', "landmark 'elbow-x'"],
    ['an oversized blob', (d) => (d.bodyAreas[0].blobs[0].radius = 0.5), 'body area temple', 'radius 0.5'],
    ['an unknown body area', (d) => (d.triggerPoints[0].referral.essential[0].areas = ['elbow-pit']), 'trigger point temporalis-1', "body area 'elbow-pit'"],
    ['an unknown condition', (d) => (d.triggerPoints[0].conditions = ['x']), 'trigger point temporalis-1', "condition 'x'"],
    ['a trigger point with no red flags to show', (d) => (d.triggerPoints[0].conditions = []), 'trigger point temporalis-1', 'no red flags to show'],
    ['a condition naming an unknown muscle', (d) => (d.conditions[0].muscles = ['ghost']), 'condition headache', "muscle 'ghost'"],
    ['a condition without red flags', (d) => (d.conditions[0].redFlags = []), 'condition headache', 'no red flags'],
    ['an unknown condition category', (d) => (d.conditions[0].category = 'magic'), 'condition headache', "category 'magic'"],
    ['a shared pattern naming an unknown trigger point', (d) => (d.triggerPoints[0].sharedPatternWith = 'ghost-1'), 'trigger point temporalis-1', "pattern of 'ghost-1', which does not exist"],
    ['a copied pattern not said to be shared', (d) => d.triggerPoints.push({ ...structuredClone(d.triggerPoints[0]), id: 'temporalis-9' }), 'trigger point temporalis-9', "same referral as 'temporalis-1'"],
    [
      'a shared pattern that differs from its owner',
      (d) => {
        const copy = { ...structuredClone(d.triggerPoints[0]), id: 'temporalis-9', sharedPatternWith: 'temporalis-1' }
        copy.referral.essential[0].blobs[0].radius = 0.011
        d.triggerPoints.push(copy)
      },
      'trigger point temporalis-9',
      'referral differs',
    ],
    ['a palpation landmark that does not exist', (d) => (d.triggerPoints[0].landmarks = ['temple', 'elbow-x']), 'trigger point temporalis-1', "palpation landmark 'elbow-x' does not exist"],
    ['a palpation landmark named twice', (d) => (d.triggerPoints[0].landmarks = ['temple', 'temple']), 'trigger point temporalis-1', "'temple' is named twice"],
    ['an empty palpation landmark list', (d) => (d.triggerPoints[0].landmarks = []), 'trigger point temporalis-1', 'empty landmark list'],
    ['a derived landmark placed from an unknown one', (d) => (d.derivedLandmarks[0].at.between[1] = 'knee-x'), 'derived landmark brow', "measured landmark 'knee-x'"],
    ['a derived landmark beyond its two landmarks', (d) => (d.derivedLandmarks[0].at.t = 1.5), 'derived landmark brow', 't = 1.5'],
    ['a derived landmark far off its landmark', (d) => (d.derivedLandmarks[0].at.offset = [0, 0.3, 0]), 'derived landmark brow', 'more than 0.15 m'],
    ['a derived landmark with a measured id', (d) => (d.derivedLandmarks[0].id = 'heel'), 'derived landmark heel', 'also a measured landmark'],
    ['a derived landmark without a known source', (d) => (d.derivedLandmarks[0].source = { ref: 'nope' }), 'derived landmark brow', "source 'nope'"],
  ]
  for (const [what, change, entry, fragment] of cases) {
    it(`reports ${what}, naming the entry`, () => {
      const problems = validateDataset(broken(change))
      expect(problems.some((p) => p.entry === entry && p.message.includes(fragment)), JSON.stringify(problems)).toBe(true)
    })
  }
})
