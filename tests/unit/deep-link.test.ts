import { describe, expect, it } from 'vitest'
import { formatLink, parseLink } from '../../src/domain/deep-link'
import { TINY } from '../fixtures/tiny-dataset'

describe('reading a link', () => {
  it('selects a known muscle on the named side', () => {
    expect(parseLink('?muscle=temporalis&side=right', TINY)).toEqual({ state: { muscle: { id: 'temporalis', side: 'right' } }, problems: [] })
  })

  it('explains an unknown muscle instead of failing', () => {
    const { state, problems } = parseLink('?muscle=ghost', TINY)
    expect(state.muscle).toBeUndefined()
    expect(problems[0]).toContain('"ghost"')
  })

  it('falls back to the left side when the side is malformed, and says so', () => {
    const { state, problems } = parseLink('?muscle=temporalis&side=up', TINY)
    expect(state.muscle).toEqual({ id: 'temporalis', side: 'left' })
    expect(problems[0]).toContain('"up"')
  })

  it('opens a trigger point with its muscle', () => {
    expect(parseLink('?tp=temporalis-1&side=left', TINY).state).toEqual({
      triggerPoint: { id: 'temporalis-1', side: 'left' },
      muscle: { id: 'temporalis', side: 'left' },
    })
  })

  it('reports an unknown trigger point and condition, keeps the pain words as given', () => {
    const { state, problems } = parseLink('?tp=nope-3&condition=flu&pain=left%20temple,,heel', TINY)
    expect(problems).toHaveLength(2)
    expect(state.pain).toEqual(['left temple', 'heel'])
  })

  it('survives garbage', () => {
    expect(() => parseLink('?%E0%A4%A=&&==&muscle', TINY)).not.toThrow()
  })
})

describe('writing a link', () => {
  it('round-trips what it writes', () => {
    const state = { triggerPoint: { id: 'temporalis-1', side: 'right' as const }, muscle: { id: 'temporalis', side: 'right' as const } }
    const link = formatLink(state)
    expect(link).toBe('?tp=temporalis-1&side=right')
    expect(parseLink(link, TINY).state).toEqual(state)
  })

  it('keeps commas readable in a pain link', () => {
    expect(formatLink({ pain: ['temple', 'heel'] })).toBe('?pain=temple,heel')
  })
})
