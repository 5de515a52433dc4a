import { describe, expect, it } from 'vitest'
import { handoutEntries, HANDOUT_MUSCLES, markLabel } from '../../src/domain/handout'
import { presentationCaption, presentationSteps, type PresentationInput } from '../../src/domain/presentation'

const none: PresentationInput = { mode: 'explore', selected: null, triggerPoint: null, painMarks: [] }
const trapezius: PresentationInput = { ...none, selected: { id: 'trapezius-upper', side: 'left' } }
const temple: PresentationInput = {
  mode: 'pain',
  selected: null,
  triggerPoint: null,
  painMarks: [{ area: 'temple', side: 'left', intensity: 7 }],
}

describe('presentation mode', () => {
  it('invites a choice when nothing is chosen, and has nothing to step through', () => {
    expect(presentationCaption(none).text).toMatch(/^Choose a muscle/)
    expect(presentationSteps(none).items).toEqual([])
  })

  it('steps through the trigger points of the selected muscle, on its side', () => {
    const steps = presentationSteps(trapezius)
    expect(steps.noun).toBe('trigger point')
    expect(steps.items.map((i) => i.triggerPoint)).toEqual(['trapezius-upper-1', 'trapezius-upper-2'])
    expect(steps.items.every((i) => i.side === 'left')).toBe(true)
    expect(steps.index).toBe(-1)
    expect(presentationSteps({ ...trapezius, triggerPoint: { id: 'trapezius-upper-2', side: 'left' } }).index).toBe(1)
  })

  it('says in plain words where the pain of the trigger point on screen is felt', () => {
    const c = presentationCaption({ ...trapezius, triggerPoint: { id: 'trapezius-upper-1', side: 'left' } })
    expect(c.title).toBe('Trapezius, upper fibres, left side')
    expect(c.text).toMatch(/^Pain from this point is felt here: .*temple.*\.$/)
    expect(c.text).toContain('behind the ear')
  })

  it('with a pain drawing, steps through the muscles that may explain it, best first', () => {
    const steps = presentationSteps(temple)
    expect(steps.noun).toBe('muscle')
    expect(steps.items.length).toBeGreaterThan(2)
    expect(new Set(steps.items.map((i) => i.muscle)).size).toBe(steps.items.length)
    expect(steps.items.map((i) => i.muscle)).toEqual(expect.arrayContaining(['temporalis', 'trapezius-upper']))
    expect(presentationCaption(temple).text).toBe('You marked: temple. Show a muscle to see which ones may send pain there.')
  })
})

describe('the handout', () => {
  it('explains the trigger point on screen first, then the best other muscles for the drawing, at most three', () => {
    const entries = handoutEntries({ ...temple, selected: { id: 'temporalis', side: 'left' }, triggerPoint: { id: 'temporalis-1', side: 'left' } })
    expect(entries[0]!.triggerPoint.id).toBe('temporalis-1')
    expect(entries).toHaveLength(HANDOUT_MUSCLES)
    expect(new Set(entries.map((e) => e.muscle)).size).toBe(entries.length)
    for (const e of entries) {
      expect(e.refersTo.length).toBeGreaterThan(0)
      expect(e.triggerPoint.palpation.length).toBeGreaterThan(10)
      expect(e.triggerPoint.selfCare.length).toBeGreaterThan(10)
    }
  })

  it('from a muscle without a drawing, lists its trigger points', () => {
    expect(handoutEntries(trapezius).map((e) => e.triggerPoint.id)).toEqual(['trapezius-upper-1', 'trapezius-upper-2'])
    expect(handoutEntries(none)).toEqual([])
  })

  it('names a mark as a client reads it', () => {
    expect(markLabel({ area: 'temple', side: 'left', intensity: 7 })).toBe('Left temple, 7 out of 10')
    expect(markLabel({ area: 'temple', intensity: 3 })).toBe('Temple, 3 out of 10')
  })
})
