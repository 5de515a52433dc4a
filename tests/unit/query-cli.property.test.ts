/** The query CLI's arguments come from anyone's shell: any argv is answered or refused in words, never with a crash. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DATASET } from '../../data/dataset'
import { answerQuery, escape16, TOP, USAGE } from '../../scripts/query-answer'
import { resolveArea } from '../../src/domain/body-areas'

const AREA_IDS = new Set(DATASET.bodyAreas.map((a) => a.id))
const PLACES = DATASET.bodyAreas.flatMap((a) => [a.name, ...a.synonyms])
/** Each answer ranks trigger points (a fuzzy look-up per place): a thousand argument lists take seconds. */
const SLOW = 60_000

/** Arguments as a shell may pass them: known options, near-options, place names, side words and any text. */
const arg = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PLACES, 'left heel', 'right temple', 'tempel') },
  { weight: 2, arbitrary: fc.constantFrom('--all', '--', '-', '--help', '-h', '--al', '--ALL', '-all', '--top=3', '---', 'left', 'both', '') },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
)
const argv = fc.array(arg, { maxLength: 6 })

/** How an argument appears in a message: JSON-quoted, shortened past 60 characters. */
const shown = (a: string) => {
  const chars = Array.from(a)
  const quoted = JSON.stringify(chars.length > 60 ? `${chars.slice(0, 59).join('')}…` : a)
  return quoted.replace(/[\p{Cc}\p{Zl}\p{Zp}]|(?!\u200d)\p{Cf}/gu, (c) => escape16(c))
}

describe('any argument list', () => {
  it('is answered with JSON on stdout, or refused with reasons on stderr, never an exception', () => {
    fc.assert(
      fc.property(argv, (args) => {
        const r = answerQuery(args)
        expect([0, 2]).toContain(r.exitCode)
        if (r.exitCode === 2) {
          expect(r.stdout).toBe('')
          expect(r.stderr.trim()).not.toBe('')
          return
        }
        expect(r.stderr).toBe('')
        if (r.stdout.startsWith('usage:')) return
        const out = JSON.parse(r.stdout) as { areas: string[]; candidates: { triggerPoint: string; score: number }[] }
        for (const a of out.areas) expect(AREA_IDS.has(a)).toBe(true)
        expect(out.candidates.length).toBeLessThanOrEqual(args.includes('--all') ? Infinity : TOP)
        for (const c of out.candidates) expect(c.score).toBeGreaterThan(0)
      }),
      { numRuns: 1500 },
    )
  }, SLOW)

  it('names every option it does not know and every place it cannot read, one line each', () => {
    fc.assert(
      fc.property(argv, (args) => {
        const r = answerQuery(args)
        if (r.exitCode !== 2) return
        const end = args.indexOf('--')
        const isOption = (a: string, i: number) => i === end || ((end < 0 || i < end) && /^-./s.test(a))
        const unknown = args.filter((a, i) => isOption(a, i) && !['--all', '--help', '-h', '--'].includes(a))
        const places = args.filter((a, i) => !isOption(a, i))
        const unread = places.filter((p) => !p.trim() || !resolveArea(p))
        for (const a of unknown) expect(r.stderr).toContain(shown(a))
        for (const p of unread) expect(r.stderr).toContain(p.trim() ? shown(p) : 'An empty place')
        // One line for the unknown options, one for no place at all, one per place not read; control characters
        // inside arguments are escaped, so each message keeps to its line.
        const lines = r.stderr.split(`\n${USAGE}`)[0]!.split('\n').filter(Boolean)
        expect(lines).toHaveLength((unknown.length > 0 ? 1 : 0) + (places.length === 0 ? 1 : 0) + unread.length)
        for (const line of lines) expect(line).not.toMatch(/[\p{Cc}\p{Zl}\p{Zp}]|(?!\u200d)\p{Cf}/u)
      }),
      { numRuns: 1000 },
    )
  }, SLOW)
})

describe('what the answer does not depend on', () => {
  const places = fc.array(fc.constantFrom(...PLACES), { minLength: 1, maxLength: 4 })

  it('gives the same candidates whether --all comes first or last, and --all only adds to the top list', () => {
    fc.assert(
      fc.property(places, (ps) => {
        const first = answerQuery(['--all', ...ps])
        expect(answerQuery([...ps, '--all'])).toEqual(first)
        const top = JSON.parse(answerQuery(ps).stdout) as { candidates: unknown[] }
        const all = JSON.parse(first.stdout) as { candidates: unknown[] }
        expect(all.candidates.slice(0, TOP)).toEqual(top.candidates)
      }),
      { numRuns: 300 },
    )
  }, SLOW)

  it('ranks the same when a place is named twice', () => {
    fc.assert(
      fc.property(places, (ps) => {
        const once = JSON.parse(answerQuery(ps).stdout) as { candidates: unknown[] }
        const twice = JSON.parse(answerQuery([...ps, ...ps]).stdout) as { candidates: unknown[] }
        expect(twice.candidates).toEqual(once.candidates)
      }),
      { numRuns: 300 },
    )
  }, SLOW)

  it('prints help on --help, whatever else is given', () => {
    fc.assert(
      fc.property(argv, fc.nat(), (args, at) => {
        const withHelp = [...args.slice(0, at % (args.length + 1)), '--help', ...args.slice(at % (args.length + 1))]
        if (withHelp.indexOf('--') !== -1 && withHelp.indexOf('--') < withHelp.indexOf('--help')) return
        expect(answerQuery(withHelp)).toEqual({ exitCode: 0, stdout: `${USAGE}\n`, stderr: '' })
      }),
      { numRuns: 1000 },
    )
  })
})
