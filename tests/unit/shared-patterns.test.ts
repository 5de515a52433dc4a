/**
 * Where Travell & Simons draw one pattern for several trigger points, the data says so once instead of copying it;
 * where they draw separate ones, the trigger points keep their own.
 */
import { describe, expect, it } from 'vitest'
import { DATASET } from '../../data/dataset'

const tp = (id: string) => DATASET.triggerPoints.find((t) => t.id === id)!

describe('patterns the manual draws once for several trigger points', () => {
  const shared: [string, string[], string][] = [
    ['levator-scapulae-1', ['levator-scapulae-2'], 'v1 ch. 19'],
    ['scalenus-anterior-1', ['scalenus-medius-1', 'scalenus-posterior-1'], 'v1 ch. 20, composite pattern'],
    ['rectus-capitis-posterior-major-1', ['rectus-capitis-posterior-minor-1', 'obliquus-capitis-superior-1', 'obliquus-capitis-inferior-1'], 'v1 ch. 17'],
    ['supraspinatus-1', ['supraspinatus-2'], 'v1 ch. 21, the belly trigger points'],
    ['infraspinatus-1', ['infraspinatus-2'], 'v1 ch. 22, the common trigger points'],
    ['piriformis-1', ['piriformis-2'], 'v2 ch. 10'],
  ]
  for (const [owner, others, ref] of shared) {
    it(`${others.join(', ')} share the pattern of ${owner} (${ref})`, () => {
      expect(tp(owner).sharedPatternWith).toBeUndefined()
      for (const id of others) {
        expect(tp(id).sharedPatternWith, id).toBe(owner)
        expect(tp(id).referral, id).toEqual(tp(owner).referral)
      }
    })
  }

  it('keeps the separate patterns separate: supraspinatus at its tendon, infraspinatus at the inner border', () => {
    for (const [id, owner] of [['supraspinatus-3', 'supraspinatus-1'], ['infraspinatus-3', 'infraspinatus-1']] as const) {
      expect(tp(id).sharedPatternWith).toBeUndefined()
      expect(tp(id).referral).not.toEqual(tp(owner).referral)
    }
    expect(tp('infraspinatus-3').referral.essential.flatMap((z) => z.areas)).toContain('inner-border-of-shoulder-blade')
  })

  it('names along the iliac crest the iliac crest, for quadratus lumborum', () => {
    expect(tp('quadratus-lumborum-1').referral.essential[0]!.areas[0]).toBe('iliac-crest')
    expect(tp('quadratus-lumborum-2').referral.essential[0]!.areas).toContain('greater-trochanter')
  })

  it('gives every temporalis and masseter trigger point a spillover zone', () => {
    const none = DATASET.triggerPoints.filter((t) => /^(temporalis|masseter)-/.test(t.id) && t.referral.spillover.length === 0)
    expect(none.map((t) => t.id)).toEqual([])
  })
})
