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
    expect(state.pain).toEqual([{ place: 'left temple' }, { place: 'heel' }])
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
    expect(formatLink({ pain: [{ place: 'temple' }, { place: 'heel' }] })).toBe('?pain=temple,heel')
  })
})

describe('a link that holds the whole view', () => {
  const busy = '?body=female&tp=temporalis-1&side=right&condition=tension-headache&pain=left+temple:7@-52_1620_80,heel:3&mode=pain&skin=translucent&peel=1&skeleton=0&cam=120,1050,3170,0,900,70'

  it('reads body, selection, marks with intensities and points, mode, layers and camera', () => {
    const { state, problems } = parseLink(busy, TINY)
    expect(problems).toEqual(TINY.conditions.some((c) => c.id === 'tension-headache') ? [] : [expect.stringContaining('condition')])
    expect(state).toMatchObject({
      body: 'female',
      triggerPoint: { id: 'temporalis-1', side: 'right' },
      pain: [{ place: 'left temple', intensity: 7, point: [-0.052, 1.62, 0.08] }, { place: 'heel', intensity: 3 }],
      mode: 'pain',
      skin: 'translucent',
      peel: true,
      skeleton: false,
      camera: { position: [0.12, 1.05, 3.17], target: [0, 0.9, 0.07] },
    })
  })

  it('writes what it reads, readable: commas, colons and @ unescaped', () => {
    const link = formatLink(parseLink(busy, TINY).state)
    expect(link).toContain('pain=left+temple:7@-52_1620_80,heel:3')
    expect(link).toContain('cam=120,1050,3170,0,900,70')
    expect(parseLink(link, TINY).state).toEqual(parseLink(busy, TINY).state)
  })

  it('drops a malformed camera, layer, mode, intensity or point with a plain sentence, and keeps the rest', () => {
    const { state, problems } = parseLink('?muscle=temporalis&cam=1,2,3&skin=glass&peel=yes&mode=quiz&pain=temple:11,heel@1_2_99999,:4', TINY)
    expect(state.muscle).toEqual({ id: 'temporalis', side: 'left' })
    expect(state.camera).toBeUndefined()
    expect(state.skin).toBeUndefined()
    expect(state.peel).toBeUndefined()
    expect(state.mode).toBeUndefined()
    expect(state.pain).toEqual([{ place: 'temple' }, { place: 'heel' }])
    expect(problems).toHaveLength(7)
    for (const p of problems) expect(p).toMatch(/^The link/)
  })

  it('treats a colon or @ that is not an intensity or a point as part of the place', () => {
    expect(parseLink('?pain=upper:back,a@b', TINY).state.pain).toEqual([{ place: 'upper:back' }, { place: 'a@b' }])
  })

  it('refuses a camera standing on its target', () => {
    expect(parseLink('?cam=0,900,70,0,900,70', TINY).state.camera).toBeUndefined()
  })
})
