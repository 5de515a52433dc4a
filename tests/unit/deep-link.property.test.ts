/** Links come from anywhere: generated garbage and near-misses must never throw, and every rejection is explained. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DATASET } from '../../data/dataset'
import { formatLink, MAX_PAIN_WORDS, parseLink, type LinkState } from '../../src/domain/deep-link'
import { LINK_MODES, LINK_SKINS, roundCamera } from '../../src/domain/link-view'

const KEYS = ['muscle', 'tp', 'side', 'condition', 'pain', 'body', 'mode', 'skin', 'peel', 'skeleton', 'cam'] as const
const muscleIds = DATASET.muscles.map((m) => m.id)
const tps = DATASET.triggerPoints
const conditionIds = DATASET.conditions.map((c) => c.id)
const side = fc.constantFrom('left' as const, 'right' as const)

/** Any text, including lone surrogates, control characters and percent signs. */
const anyText = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary-ascii' }))

/** A value that is sometimes right, sometimes nearly right, sometimes nonsense. */
const value = fc.oneof(
  fc.constantFrom(...muscleIds, ...tps.map((t) => t.id), ...conditionIds, 'left', 'right', 'male', 'female', '', 'pain', 'explore', 'translucent', '1', '0', '120,1050,3170,0,900,70', 'temple:7@1_2_3'),
  anyText,
)

/** A query built from known and unknown keys, escaped as a browser would. */
const query = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), anyText), value), { maxLength: 8 })
  .map((pairs) => `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`)

/** A problem is one or two plain sentences: no code, no "undefined", no control characters, not a wall of text. */
function expectPlain(problem: string): void {
  expect(problem).toMatch(/^The link.*[.?]$/s)
  // What the link itself said is quoted; only the sentence around it must read plainly.
  expect(problem.replace(/".*"/s, '""')).not.toMatch(/undefined|null|NaN|\[object|Error/)
  expect(problem).not.toMatch(/[\p{Cc}\p{Cf}]/u)
  expect(problem.length).toBeLessThan(200)
}

/** How messages name each parameter. */
const NOUN = {
  muscle: 'muscle',
  tp: 'trigger point',
  side: 'side',
  condition: 'condition',
  body: 'body',
  pain: 'places',
  mode: 'mode',
  skin: 'skin',
  peel: 'surface muscle',
  skeleton: 'skeleton',
  cam: 'camera',
} as const
const isKey = (k: string): k is keyof typeof NOUN => k in NOUN && Object.hasOwn(NOUN, k)

describe('reading any link', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(anyText, (s) => void parseLink(s)), { numRuns: 3000 })
    fc.assert(fc.property(anyText, (s) => void parseLink(`?${s}`)), { numRuns: 3000 })
  })

  it('explains every parameter it does not use, in plain words', () => {
    fc.assert(
      fc.property(query, (q) => {
        const { state, problems } = parseLink(q)
        problems.forEach(expectPlain)
        const used = (key: keyof typeof NOUN, v: string): boolean => {
          switch (key) {
            case 'muscle': return state.muscle?.id === v
            case 'tp': return state.triggerPoint?.id === v
            case 'side': return (v === 'left' || v === 'right') && (state.muscle?.side ?? v) === v
            case 'condition': return state.condition === v
            case 'body': return state.body === v
            case 'pain': return state.pain !== undefined
            case 'mode': return state.mode === v
            case 'skin': return state.skin === v
            case 'peel': return state.peel !== undefined && (v === '1') === state.peel && (v === '0' || v === '1')
            case 'skeleton': return state.skeleton !== undefined && (v === '1') === state.skeleton && (v === '0' || v === '1')
            case 'cam': return state.camera !== undefined
          }
        }
        const unread = new Set<string>()
        for (const [key, v] of new URLSearchParams(q)) {
          if (!isKey(key)) {
            // An empty pair (`?=`, `&=&`) carries nothing; link decorations (utm_…, fbclid) are not the atlas's business.
            if ((key.trim() || v.trim()) && !/^(utm_.*|fbclid|gclid|msclkid)$/.test(key)) unread.add(key.trim() ? key : `=${v}`)
            continue
          }
          if (used(key, v)) continue
          expect(problems.some((p) => p.includes(NOUN[key])), `"${key}=${v}" is dropped without a word: ${JSON.stringify(problems)}`).toBe(true)
        }
        expect(problems.filter((p) => p.includes('does not read'))).toHaveLength(unread.size)
      }),
      { numRuns: 5000 },
    )
    // Five thousand links take a few seconds on a slow, shared machine.
  }, 30_000)

  it('keeps a long list of places short, and says so', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }), { minLength: 21, maxLength: 400 }), (words) => {
        const { state, problems } = parseLink(`?pain=${encodeURIComponent(words.join(','))}`)
        expect(state.pain!.length).toBeLessThanOrEqual(MAX_PAIN_WORDS)
        for (const w of state.pain!) expect(Array.from(w.place).length).toBeLessThanOrEqual(60)
        if (words.filter((w) => w.trim()).length > MAX_PAIN_WORDS + 5) expect(problems.join(' ')).toContain('places')
      }),
      { numRuns: 300 },
    )
  })

  it('accepts what it says it accepts: a known muscle, trigger point, condition and body give no problem', () => {
    fc.assert(
      fc.property(fc.constantFrom(...tps), side, fc.constantFrom(...conditionIds), (tp, s, c) => {
        expect(parseLink(`?tp=${tp.id}&side=${s}&condition=${c}&body=female`).problems).toEqual([])
      }),
      { numRuns: 1000 },
    )
  })
})

/** Metres that a link keeps exactly: whole millimetres up to `max`. */
const millimetres = (max: number) => fc.integer({ min: -max, max }).map((v) => v / 1000)

/** A state the app can be in: trigger point implies its muscle; pain words are trimmed, comma-free and non-empty. */
const linkState: fc.Arbitrary<LinkState> = fc
  .record(
    {
      body: fc.constantFrom('male' as const, 'female' as const),
      target: fc.oneof(
        fc.record({ kind: fc.constant('muscle' as const), id: fc.constantFrom(...muscleIds), side }),
        fc.record({ kind: fc.constant('tp' as const), tp: fc.constantFrom(...tps), side }),
      ),
      condition: fc.constantFrom(...conditionIds),
      // Words as the app writes them: no commas, colons, @, control characters, single spaces, at most 60 characters.
      pain: fc.array(
        fc.record(
          {
            place: fc
              .string({ unit: 'grapheme', maxLength: 60 })
              .map((w) => w.replace(/[\p{C}\p{Z}\s,:@]+/gu, ' ').trim())
              .filter((w) => w.length > 0 && Array.from(w).length <= 60),
            intensity: fc.integer({ min: 0, max: 10 }),
            point: fc.tuple(millimetres(3000), millimetres(3000), millimetres(3000)),
          },
          { requiredKeys: ['place'] },
        ),
        { minLength: 1, maxLength: 4 },
      ),
      mode: fc.constantFrom(...LINK_MODES),
      skin: fc.constantFrom(...LINK_SKINS),
      peel: fc.boolean(),
      skeleton: fc.boolean(),
      camera: fc
        .record({ position: fc.tuple(millimetres(20000), millimetres(20000), millimetres(20000)), target: fc.tuple(millimetres(20000), millimetres(20000), millimetres(20000)) })
        .filter(({ position: p, target: t }) => Math.hypot(p[0] - t[0], p[1] - t[1], p[2] - t[2]) >= 0.01),
    },
    { requiredKeys: [] },
  )
  .map(({ body, target, condition, pain, ...view }) => {
    const s: { -readonly [K in keyof LinkState]: LinkState[K] } = {}
    if (body) s.body = body
    if (target?.kind === 'muscle') s.muscle = { id: target.id, side: target.side }
    if (target?.kind === 'tp') {
      s.triggerPoint = { id: target.tp.id, side: target.side }
      s.muscle = { id: target.tp.muscle, side: target.side }
    }
    if (condition) s.condition = condition
    if (pain) s.pain = pain
    return { ...s, ...view }
  })

describe('writing a link and reading it back', () => {
  it('gives the same state and no problem', () => {
    fc.assert(
      fc.property(linkState, (state) => {
        expect(parseLink(formatLink(state))).toEqual({ state, problems: [] })
      }),
      { numRuns: 3000 },
    )
  })
})

describe('a busy view', () => {
  it('fits a link of under 2,000 characters: every part, twenty marks on the longest places, far-out numbers', () => {
    const longest = <T,>(xs: readonly T[], len: (x: T) => number) => xs.reduce((a, b) => (len(b) > len(a) ? b : a))
    const tp = longest(tps, (t) => t.id.length)
    const area = longest(DATASET.bodyAreas, (a) => a.id.length)
    const state: LinkState = {
      body: 'female',
      triggerPoint: { id: tp.id, side: 'right' },
      muscle: { id: tp.muscle, side: 'right' },
      condition: longest(conditionIds, (c) => c.length),
      pain: Array.from({ length: MAX_PAIN_WORDS }, () => ({ place: `right ${area.id}`, intensity: 10, point: [-2.999, -2.999, -2.999] as const })),
      mode: 'pain',
      skin: 'translucent',
      peel: true,
      skeleton: true,
      camera: { position: [-19.999, -19.999, -19.999], target: [-9.999, -9.999, -9.999] },
    }
    const link = formatLink(state)
    expect(link.length).toBeLessThan(2000)
    expect(parseLink(link).state).toEqual(state)
  })

  it('rounds a camera to the millimetre, so what is written is what is read', () => {
    fc.assert(
      fc.property(fc.tuple(fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true })), ([a, b]) => {
        const camera = roundCamera({ position: [a, 1, 3], target: [b, 0.9, 0] })
        expect(parseLink(formatLink({ camera })).state.camera).toEqual(camera)
      }),
    )
  })
})
