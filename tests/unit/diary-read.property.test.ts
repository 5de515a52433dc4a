/**
 * Diary files come from anywhere: any text, any JSON, a valid diary with one field broken. Reading one never throws,
 * and it either gives every entry in the file, each valid, or nothing at all with each problem named.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DATASET } from '../../data/dataset'
import { DIARY_FORMAT, DIARY_VERSION, NOTE_MAX_LENGTH, byDate, type DiaryEntry, type DiaryMark } from '../../src/domain/diary/entry'
import { writeDiaryFile } from '../../src/domain/diary/file'
import { checkSchema, readDiaryFile, type DiaryReadResult } from '../../src/domain/diary/read'
import { DIARY_SCHEMA, POINT_BOUND_M } from '../../src/domain/diary/schema'

const AREAS = DATASET.bodyAreas

// ─── valid diaries ────────────────────────────────────────────────────────────────────────────────────────────

const pad = (n: number, w = 2) => String(n).padStart(w, '0')
/** A real moment from 1900 to 2199, as the app writes it (toISOString). */
const instant = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T23:59:59Z'), noInvalidDate: true }).map((d) => d.toISOString())
const day = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`)
const idChars = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-'
const entryId = fc
  .tuple(fc.constantFrom(...idChars.slice(0, 62)), fc.string({ unit: fc.constantFrom(...idChars), maxLength: 63 }))
  .map(([a, b]) => a + b)
/** A coordinate in metres within the schema's bound; `+ 0` turns -0 into 0, which JSON writes the same way. */
const coordinate = fc.double({ min: -POINT_BOUND_M, max: POINT_BOUND_M, noNaN: true }).map((x) => x + 0)

/** The marks of one entry: distinct places, a side exactly on the paired areas. */
const marks: fc.Arbitrary<DiaryMark[]> = fc
  .uniqueArray(fc.tuple(fc.constantFrom(...AREAS), fc.constantFrom('left' as const, 'right' as const)), {
    maxLength: 6,
    selector: ([a, s]) => (a.sided ? `${s} ${a.id}` : a.id),
  })
  .chain((places) =>
    fc.tuple(
      ...places.map(([area, side]) =>
        fc.record(
          { intensity: fc.integer({ min: 0, max: 10 }), point: fc.tuple(coordinate, coordinate, coordinate) },
          { requiredKeys: ['intensity'] },
        ).map((m): DiaryMark => ({ area: area.id, ...(area.sided ? { side } : {}), intensity: m.intensity, ...(m.point ? { point: m.point } : {}) })),
      ),
    ),
  )

const note = fc.string({ unit: 'grapheme', maxLength: 60 }).filter((s) => [...s].length <= NOTE_MAX_LENGTH)

const entry = (id: string): fc.Arbitrary<DiaryEntry> =>
  fc
    .record({ date: day, savedAt: instant, body: fc.constantFrom('male' as const, 'female' as const), note: fc.option(note, { nil: undefined }), marks })
    .map(({ note, ...e }) => ({ id, date: e.date, savedAt: e.savedAt, body: e.body, ...(note !== undefined ? { note } : {}), marks: e.marks }))

const diary: fc.Arbitrary<DiaryEntry[]> = fc
  .uniqueArray(entryId, { maxLength: 8 })
  .chain((ids) => fc.tuple(...ids.map(entry)))

const read = (text: string) => readDiaryFile(text, { areas: AREAS })

// ─── any input ────────────────────────────────────────────────────────────────────────────────────────────────

/** Any text: unreadable, some other JSON, or nearly a diary. */
const anyJson = fc.jsonValue()
const nearlyDiary = fc.record(
  {
    format: fc.oneof(fc.constant(DIARY_FORMAT), fc.jsonValue()),
    version: fc.oneof(fc.constant(DIARY_VERSION), fc.integer({ min: -2, max: 4 }), fc.jsonValue()),
    exportedAt: fc.oneof(instant, fc.jsonValue()),
    entries: fc.oneof(fc.array(fc.oneof(fc.dictionary(fc.constantFrom('id', 'date', 'savedAt', 'body', 'note', 'marks', 'mood'), fc.jsonValue()), fc.jsonValue()), { maxLength: 4 }), fc.jsonValue()),
  },
  { requiredKeys: [] },
)
const anyText = fc.oneof(
  fc.string({ unit: 'binary' }),
  anyJson.map((v) => JSON.stringify(v)),
  nearlyDiary.map((v) => JSON.stringify(v)),
)

/** Every entry in the file is given back, each passes the schema on its own: an import is never partial. */
function expectWhole(r: DiaryReadResult & { ok: true }, text: string): void {
  const data = JSON.parse(text) as { entries: unknown[] }
  expect(r.entries).toHaveLength(data.entries.length)
  for (const e of r.entries) expect(checkSchema(e, { $ref: '#/$defs/entry' }, DIARY_SCHEMA)).toEqual([])
}

/** A refusal imports nothing and says why: a summary that says so, and for field problems each one named. */
function expectExplained(r: DiaryReadResult & { ok: false }): void {
  expect(r).not.toHaveProperty('entries')
  expect(r.summary).toMatch(/nothing was imported/i)
  expect(r.summary).not.toMatch(/undefined|\[object/)
  if (r.reason === 'invalid') {
    expect(r.problems.length).toBeGreaterThan(0)
    for (const p of r.problems) {
      expect(p.path).toMatch(/^(\$|[A-Za-z$]|\[)/)
      expect(p.text).toMatch(/^[A-Z“].+[.;:a-z”)]$/su)
      expect(p.text).not.toMatch(/undefined|\[object|NaN/)
    }
  } else expect(r.problems).toEqual([])
}

describe('reading any diary file', () => {
  it('never throws: it gives every entry, each valid, or nothing with every problem named', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = read(text)
        if (r.ok) expectWhole(r, text)
        else expectExplained(r)
      }),
      { numRuns: 3000 },
    )
  }, 60_000)

  it('a valid diary with one value replaced by any JSON is read whole or refused whole', () => {
    const broken = diary
      .filter((d) => d.length > 0)
      .chain((d) => {
        const file = JSON.parse(writeDiaryFile(d, new Date('2025-05-06T10:00:00Z'))) as Record<string, unknown>
        const paths = leafPaths(file)
        return fc.tuple(fc.constant(file), fc.constantFrom(...paths), anyJson)
      })
      .map(([file, path, value]) => JSON.stringify(setAt(file, path, value)))
    fc.assert(
      fc.property(broken, (text) => {
        const r = read(text)
        if (r.ok) expectWhole(r, text)
        else expectExplained(r)
      }),
      { numRuns: 1000 },
    )
  }, 60_000)
})

describe('a valid diary', () => {
  it('round-trips: written, read back, the same entries oldest first', () => {
    fc.assert(
      fc.property(diary, instant, (entries, at) => {
        const r = read(writeDiaryFile(entries, new Date(at)))
        expect(r).toEqual({ ok: true, entries: [...entries].sort(byDate) })
      }),
      { numRuns: 1000 },
    )
  }, 60_000)

  it('read twice gives the same file again', () => {
    fc.assert(
      fc.property(diary, (entries) => {
        const at = new Date('2025-05-06T10:00:00Z')
        const once = writeDiaryFile(entries, at)
        const r = read(once)
        expect(r.ok && writeDiaryFile(r.entries, at)).toBe(once)
      }),
      { numRuns: 500 },
    )
  }, 60_000)
})

// ─── helpers ──────────────────────────────────────────────────────────────────────────────────────────────────

type Path = readonly (string | number)[]

/** Every place in a JSON value a field can be replaced: each property and list item, and the value itself. */
function leafPaths(v: unknown, at: Path = []): Path[] {
  const here = at.length ? [at] : []
  if (Array.isArray(v)) return [...here, ...v.flatMap((x, i) => leafPaths(x, [...at, i]))]
  if (v && typeof v === 'object') return [...here, ...Object.entries(v).flatMap(([k, x]) => leafPaths(x, [...at, k]))]
  return here
}

function setAt(root: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>
  let node = copy
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>
  node[path[path.length - 1]!] = value
  return copy
}
