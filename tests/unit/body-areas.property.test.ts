/** Typed places come from anyone's keyboard or a link: any text must give a valid area or none, never an exception. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DATASET } from '../../data/dataset'
import { bodyArea, resolveArea, suggestAreas } from '../../src/domain/body-areas'

/** Each look-up runs a fuzzy search (about a millisecond on a slow machine): a thousand inputs take seconds. */
const SLOW = 60_000

const AREAS = new Map(DATASET.bodyAreas.map((a) => [a.id, a]))

/** Any text: whole graphemes, raw code points (lone surrogates too), and place words mixed with noise. */
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc
    .array(fc.oneof(fc.constantFrom(...DATASET.bodyAreas.flatMap((a) => [a.name, ...a.synonyms]), 'left', 'right', 'both', 'my', 'hurts', '-', ','), fc.string({ maxLength: 6 })), { maxLength: 8 })
    .map((ws) => ws.join(' ')),
)

function expectValid(r: { area: string; side?: string }): void {
  const area = AREAS.get(r.area)
  expect(area, `unknown area id ${r.area}`).toBeDefined()
  if (r.side !== undefined) {
    expect(['left', 'right']).toContain(r.side)
    expect(area!.sided, `${r.area} is a midline area but has a side`).toBe(true)
  }
}

describe('any typed place', () => {
  it('resolves to a known area, with a side only for paired areas, or to nothing', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = resolveArea(text)
        if (r) expectValid(r)
      }),
      { numRuns: 1000 },
    )
  }, SLOW)

  it('gives at most `limit` suggestions, each a different known area under its own name, scored 0..1', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 0, max: 8 }), (text, limit) => {
        const out = suggestAreas(text, DATASET, limit)
        expect(out.length).toBeLessThanOrEqual(limit)
        expect(new Set(out.map((s) => s.area)).size).toBe(out.length)
        for (const s of out) {
          expectValid(s)
          expect(s.name).toBe(AREAS.get(s.area)!.name)
          expect(s.score).toBeGreaterThanOrEqual(0)
          expect(s.score).toBeLessThanOrEqual(1)
        }
      }),
      { numRuns: 1000 },
    )
  }, SLOW)

  it('reads no place from a letter or two, unless they are a name of it', () => {
    const plain = (t: string) => t.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()
    const names = new Set(DATASET.bodyAreas.flatMap((a) => [a.name, ...a.synonyms, a.id].map(plain)))
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), minLength: 1, maxLength: 2 }), fc.constantFrom('', 'left ', 'my '), (letters, before) => {
        const r = resolveArea(`${before}${letters}`)
        expect(r === null || names.has(letters), `"${letters}" read as ${r?.area}`).toBe(true)
      }),
      { numRuns: 1000 },
    )
  }, SLOW)

  it('looks up no area for text that is not an id', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (id) => {
      expect(bodyArea(id)).toBe(AREAS.get(id))
    }), { numRuns: 2000 })
  })
})

/** An area with one of its names (name or synonym) that the look-up resolves to it exactly. */
const NAMED = DATASET.bodyAreas
  .flatMap((a) => [a.name, ...a.synonyms].map((text) => ({ area: a, text })))
  .filter(({ area, text }) => resolveArea(text)?.area === area.id)
const named = fc.constantFrom(...NAMED)

const FULLWIDTH = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
/** "Fancy text" as some keyboards and social apps write it: mathematical bold letters. */
const MATH_BOLD = (s: string) =>
  s.replace(/[A-Za-z]/g, (c) => String.fromCodePoint((c <= 'Z' ? 0x1d400 : 0x1d41a) + c.toLowerCase().charCodeAt(0) - 97))
/** Accents on the vowels, as a phone's keyboard may add them. */
const ACCENTED = (s: string) => s.replace(/[aeiou]/g, (c) => `${c}\u0301`).normalize('NFC')

describe('a place name written differently', () => {
  it('resolves the same whatever the case, width, filler words or punctuation round it', () => {
    const variant = fc.constantFrom(
      (s: string) => s.toUpperCase(),
      (s: string) => s.toLowerCase(),
      FULLWIDTH,
      MATH_BOLD,
      ACCENTED,
      (s: string) => `my ${s} hurts`,
      (s: string) => `  ${s}!!  `,
      (s: string) => `“${s}”…`,
      (s: string) => `${s} 😣`,
    )
    fc.assert(
      fc.property(named, variant, ({ text }, write) => {
        expect(resolveArea(write(text))).toEqual(resolveArea(text))
      }),
      { numRuns: 1000 },
    )
  }, SLOW)

  it('keeps the named side for a paired area and drops it for a midline one', () => {
    fc.assert(
      fc.property(named, fc.constantFrom('left', 'right', 'Left', 'RIGHT'), ({ area, text }, side) => {
        const r = resolveArea(`${side} ${text}`)
        expect(r?.area).toBe(area.id)
        expect(r?.side).toBe(area.sided ? side.toLowerCase() : undefined)
      }),
      { numRuns: 2000 },
    )
  }, SLOW)
})
