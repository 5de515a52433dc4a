import { describe, expect, it } from 'vitest'
import { describeView, type ViewFacts } from '../../src/domain/view-description'
import { TINY } from '../fixtures/tiny-dataset'

const EXPLORE: ViewFacts = {
  body: 'male',
  mode: 'explore',
  selected: null,
  triggerPoint: null,
  condition: null,
  painMarks: [],
  skin: 'hidden',
  skeleton: false,
  peelSuperficial: false,
}

describe('the 3D view in words', () => {
  it('names the body and says nothing is selected', () => {
    expect(describeView(EXPLORE, TINY)).toBe(
      '3D body, male, showing: the muscles, none selected. Layers: muscles. Drag to turn, scroll or pinch to zoom, click a muscle to select it.',
    )
  })

  it('names the selected muscle and side, and the trigger point with where it refers', () => {
    const text = describeView(
      { ...EXPLORE, body: 'female', selected: { id: 'temporalis', side: 'right' }, triggerPoint: { id: 'temporalis-1', side: 'right' } },
      TINY,
    )
    expect(text).toContain('3D body, female, showing: Temporalis (right) selected; trigger point TrP1 with its referral pattern to the temple.')
  })

  it('names a condition with its muscles, and the pain marks with their sides', () => {
    expect(describeView({ ...EXPLORE, condition: 'headache' }, TINY)).toContain('Headache, its muscles highlighted: Temporalis')
    const pain = describeView({ ...EXPLORE, mode: 'pain', skin: 'opaque', painMarks: [{ area: 'temple', side: 'left' }, { area: 'heel', side: 'right' }] }, TINY)
    expect(pain).toContain('pain marked at the left temple and right heel')
    expect(pain).toContain('Layers: skin over the muscles.')
    expect(pain).toContain('Tap the body where it hurts')
    expect(describeView({ ...EXPLORE, mode: 'pain' }, TINY)).toContain('no pain marked yet')
  })

  it('names the layers: see-through skin, skeleton, peeled surface', () => {
    expect(describeView({ ...EXPLORE, skin: 'translucent', skeleton: true, peelSuperficial: true }, TINY)).toContain(
      'Layers: see-through skin over the muscles and skeleton; surface muscles peeled away.',
    )
  })

  it('names unknown ids as they are rather than failing', () => {
    const text = describeView({ ...EXPLORE, selected: { id: 'ghost', side: 'left' }, triggerPoint: { id: 'ghost-1', side: 'left' }, condition: 'flu' }, TINY)
    expect(text).toContain('ghost (left) selected.')
  })
})
