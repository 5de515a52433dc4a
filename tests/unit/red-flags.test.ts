/**
 * Safety: referred pain can be mistaken for, or hide, something serious (the heart, the aorta, a kidney, an appendix,
 * a torsion, a clot). Every trigger point, new ones included, must show when to see a doctor first.
 */
import { describe, expect, it } from 'vitest'
import { DATASET } from '../../data/dataset'
import type { TriggerPoint } from '../../data/schema'
import { redFlagsOf } from '../../src/domain/dataset'
import { TINY } from '../fixtures/tiny-dataset'

const tp = (id: string): TriggerPoint => DATASET.triggerPoints.find((t) => t.id === id)!
const conditionsOf = (id: string) => redFlagsOf(tp(id)).map((g) => g.condition)

describe('red flags of the trigger points', () => {
  it('every trigger point has red flags to show', () => {
    const without = DATASET.triggerPoints.filter((t) => redFlagsOf(t).length === 0).map((t) => t.id)
    expect(without, `trigger points with no red flags to show (link each to a condition that has them): ${without.join(', ')}`).toEqual([])
  })

  it('warn of appendicitis, colic and ectopic pregnancy for the abdominal wall', () => {
    for (const id of ['rectus-abdominis-2', 'rectus-abdominis-4', 'external-oblique-2']) {
      const text = redFlagsOf(tp(id)).flatMap((g) => g.flags).join(' ')
      expect(text, id).toMatch(/appendicitis/)
      expect(text, id).toMatch(/kidney stone/)
      expect(text, id).toMatch(/ectopic pregnancy/)
    }
  })

  it('warn of hernia and torsion for the groin, heart and aorta between the shoulder blades, kidney in the flank, a clot in the calf', () => {
    const flags = (id: string) => redFlagsOf(tp(id)).flatMap((g) => g.flags).join(' ')
    for (const id of ['adductor-magnus-2', 'gracilis-1', 'sartorius-1', 'external-oblique-2']) expect(flags(id), id).toMatch(/torsion.*hernia|hernia.*torsion/s)
    for (const id of ['rhomboid-major-1', 'rhomboid-minor-1', 'trapezius-lower-2', 'infraspinatus-3']) {
      expect(flags(id), id).toMatch(/heart attack/)
      expect(flags(id), id).toMatch(/aorta/)
    }
    expect(flags('latissimus-dorsi-2')).toMatch(/kidney/)
    for (const id of ['gastrocnemius-medial-2', 'gastrocnemius-lateral-2']) expect(flags(id), id).toMatch(/blood clot/)
  })

  it('groups flags by condition in the trigger point order and shows a shared flag once', () => {
    expect(conditionsOf('rectus-abdominis-3').slice(0, 2)).toEqual(['low-back-pain', 'sacroiliac-pain'])
    const all = redFlagsOf(tp('scalenus-anterior-1')).flatMap((g) => g.flags)
    expect(new Set(all).size).toBe(all.length)
    expect(redFlagsOf(TINY.triggerPoints[0]!, TINY)).toEqual([
      { condition: 'headache', name: TINY.conditions[0]!.name, flags: TINY.conditions[0]!.redFlags },
    ])
  })

  it('drops conditions the dataset does not have and conditions whose flags were all shown', () => {
    const t = { ...TINY.triggerPoints[0]!, conditions: ['ghost', 'headache', 'headache'] }
    expect(redFlagsOf(t, TINY).map((g) => g.condition)).toEqual(['headache'])
  })
})
