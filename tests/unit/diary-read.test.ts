import { describe, expect, it } from 'vitest'
import { DIARY_FORMAT, DIARY_VERSION, makeEntry, NOTE_MAX_LENGTH, type DiaryEntry } from '../../src/domain/diary/entry'
import { describeImport, planImport, writeDiaryFile } from '../../src/domain/diary/file'
import { readDiaryFile, type DiaryReadResult } from '../../src/domain/diary/read'

const AREAS = [
  { id: 'temple', name: 'Temple', sided: true },
  { id: 'heel', name: 'Heel', sided: true },
  { id: 'sternum', name: 'Sternum', sided: false },
]
const read = (text: string) => readDiaryFile(text, { areas: AREAS })

const MAY_3: DiaryEntry = {
  id: '2025-05-03-7f3a9c21',
  date: '2025-05-03',
  savedAt: '2025-05-03T18:42:07.120Z',
  body: 'female',
  note: 'After a long drive.',
  marks: [
    { area: 'temple', side: 'left', intensity: 6, point: [0.0694, 1.6588, 0.1002] },
    { area: 'sternum', intensity: 2 },
  ],
}
const MAY_5: DiaryEntry = { id: '2025-05-05-00aa11bb', date: '2025-05-05', savedAt: '2025-05-05T07:00:00.000Z', body: 'male', marks: [] }

/** A valid file as a plain object, to break one field at a time. */
const file = (): any => JSON.parse(writeDiaryFile([MAY_3, MAY_5], new Date('2025-05-06T10:00:00Z')))
const readObject = (o: unknown) => read(JSON.stringify(o))

function problemsOf(r: DiaryReadResult): { path: string; text: string }[] {
  if (r.ok) throw new Error('expected the file to be refused')
  expect(r.summary).toContain('Nothing was imported')
  return [...r.problems]
}

/** The file with one change, expected to be refused with exactly one problem at `path` whose text has `words`. */
function expectOneProblem(change: (f: any) => void, path: string, ...words: string[]) {
  const f = file()
  change(f)
  const r = readObject(f)
  expect(r.ok).toBe(false)
  if (r.ok) return
  expect(r.reason).toBe('invalid')
  expect(r.problems.map((p) => p.path)).toEqual([path])
  for (const w of words) expect(r.problems[0]!.text).toContain(w)
}

describe('a diary file written by the app', () => {
  it('reads back the same entries (round trip), oldest first', () => {
    const r = read(writeDiaryFile([MAY_5, MAY_3], new Date('2025-05-06T10:00:00Z')))
    expect(r).toEqual({ ok: true, entries: [MAY_3, MAY_5] })
  })

  it('round-trips an entry made from the store’s marks, rounding intensities and points', () => {
    const e = makeEntry({
      id: 'x1',
      at: new Date(2025, 4, 3, 9, 30),
      body: 'male',
      note: '  ',
      marks: [{ area: 'heel', side: 'right', intensity: 6.6, point: [0.123456, 0.0387, 1e-9] }],
    })
    expect(e.note).toBeUndefined()
    expect(e.date).toBe('2025-05-03')
    expect(e.marks[0]).toEqual({ area: 'heel', side: 'right', intensity: 7, point: [0.1235, 0.0387, 0] })
    const r = read(writeDiaryFile([e], new Date()))
    expect(r.ok && r.entries).toEqual([e])
  })

  it('stamps format, version and export time', () => {
    const f = file()
    expect(f.format).toBe(DIARY_FORMAT)
    expect(f.version).toBe(DIARY_VERSION)
    expect(f.exportedAt).toBe('2025-05-06T10:00:00.000Z')
  })
})

describe('a file that is not a diary', () => {
  it('explains a file that is not JSON', () => {
    const r = read('{"format": "trigger-point-explorer-diary", ')
    expect(r.ok === false && r.reason).toBe('not-json')
    expect(!r.ok && r.summary).toMatch(/not a JSON file.*Nothing was imported/)
  })

  it.each([
    ['a list', '[]'],
    ['the text “hello”', '"hello"'],
    ['the number 42', '42'],
    ['nothing (null)', 'null'],
  ])('explains a file that holds %s instead of a diary', (what, text) => {
    const r = read(text)
    expect(r.ok === false && r.reason).toBe('not-diary')
    expect(!r.ok && r.summary).toContain(`holds ${what}, not a pain diary`)
  })

  it('recognises some other JSON file by its missing or different format', () => {
    const r = readObject({ muscles: [] })
    expect(!r.ok && r.summary).toContain('has no “format” field')
    const r2 = readObject({ ...file(), format: 'something-else' })
    expect(!r2.ok && r2.summary).toContain('“something-else”')
  })
})

describe('a file from a newer version', () => {
  it('is explained rather than guessed at, whatever else it holds', () => {
    const r = readObject({ ...file(), version: DIARY_VERSION + 1, entries: [{ mood: 'unknown to us' }] })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.reason).toBe('newer')
    expect(r.problems).toEqual([])
    expect(r.summary).toContain(`diary format ${DIARY_VERSION + 1}; this one reads format ${DIARY_VERSION}`)
    expect(r.summary).toContain('Reload the page')
  })
})

describe('a diary file with broken fields imports nothing and names each problem', () => {
  it('names a missing top-level field', () => {
    expectOneProblem((f) => delete f.entries, '$', 'The file has no entries.')
    expectOneProblem((f) => delete f.version, '$', 'The file has no version.')
  })

  it('names a version that is not a whole number from 1', () => {
    expectOneProblem((f) => (f.version = '1'), 'version', 'The file, version', 'should be a whole number', 'the text “1”')
    expectOneProblem((f) => (f.version = 0), 'version', '0 is below the least allowed, 1')
  })

  it('names an entries field that is not a list', () => {
    expectOneProblem((f) => (f.entries = {}), 'entries', 'should be a list, but it is a group of named fields')
  })

  it('names an unknown field', () => {
    expectOneProblem((f) => (f.entries[0].mood = 'low'), 'entries[0]', 'Entry 1 (“2025-05-03-7f3a9c21”) has a field “mood” that this app does not know.')
  })

  it.each([
    ['id', 'id'],
    ['date', 'date'],
    ['savedAt', 'time saved'],
    ['body', 'body'],
    ['marks', 'marks'],
  ])('names a missing %s in the entry', (key, words) => {
    expectOneProblem((f) => delete f.entries[1][key], 'entries[1]', 'Entry 2', ` has no ${words}.`)
  })

  it.each([
    ['area', 'body area'],
    ['intensity', 'intensity'],
  ])('names a missing %s in a mark', (key, words) => {
    expectOneProblem((f) => delete f.entries[0].marks[1][key], 'entries[0].marks[1]', 'Entry 1 (“2025-05-03-7f3a9c21”), mark 2', ` has no ${words}.`)
  })

  it('names fields of the wrong type', () => {
    expectOneProblem((f) => (f.entries[0].note = 42), 'entries[0].note', 'note: should be text, but it is the number 42')
    expectOneProblem((f) => (f.entries[0].marks = 'temple'), 'entries[0].marks', 'marks: should be a list')
    expectOneProblem((f) => (f.entries[0].marks[0].intensity = '6'), 'entries[0].marks[0].intensity', 'mark 1 (left temple), intensity: should be a whole number')
    expectOneProblem((f) => (f.entries[0].marks[0].intensity = 6.5), 'entries[0].marks[0].intensity', 'the number 6.5')
    expectOneProblem((f) => (f.entries[0].marks[0].point = [0, '1', 0]), 'entries[0].marks[0].point[1]', 'tapped point, coordinate 2: should be a number')
    expectOneProblem((f) => (f.entries[0] = 'hello'), 'entries[0]', 'Entry 1: should be a group of named fields, but it is the text “hello”')
  })

  it.each([-1, 11, 100])('names an intensity of %d as out of range 0–10', (v) => {
    expectOneProblem((f) => (f.entries[0].marks[0].intensity = v), 'entries[0].marks[0].intensity', `${v} is outside the range 0 to 10`)
  })

  it('names a tapped point with the wrong number of coordinates or one far off the body', () => {
    expectOneProblem((f) => (f.entries[0].marks[0].point = [0, 1]), 'entries[0].marks[0].point', 'has 2 values; it should have exactly 3')
    expectOneProblem((f) => (f.entries[0].marks[0].point = [0, 40, 0]), 'entries[0].marks[0].point[1]', '40 is outside the range -3 to 3')
  })

  it('names an unknown area id', () => {
    expectOneProblem((f) => (f.entries[0].marks[0].area = 'templ'), 'entries[0].marks[0].area', 'mark 1 (left templ), body area: “templ” is not a body area this app knows')
    expectOneProblem((f) => (f.entries[0].marks[0].area = 'Left Temple!'), 'entries[0].marks[0].area', 'is not in the right form; it should look like temple')
  })

  it('names an unknown side, a missing side on a paired area and a side on a midline area', () => {
    expectOneProblem((f) => (f.entries[0].marks[0].side = 'middle'), 'entries[0].marks[0].side', 'should be “left” or “right”, but it is the text “middle”')
    expectOneProblem((f) => delete f.entries[0].marks[0].side, 'entries[0].marks[0]', 'mark 1 (temple) has no side: there is a temple on each side')
    expectOneProblem((f) => (f.entries[0].marks[1].side = 'left'), 'entries[0].marks[1].side', 'the sternum is on the midline, so it has no side')
  })

  it('names an unknown body', () => {
    expectOneProblem((f) => (f.entries[1].body = 'child'), 'entries[1].body', 'Entry 2 (“2025-05-05-00aa11bb”), body: should be “male” or “female”')
  })

  it.each([
    ['3/5/2025', 'is not in the right form; it should look like 2025-05-03'],
    ['2025-5-3', 'is not in the right form'],
    ['2025-13-01', 'is not a real day'],
    ['2025-02-30', 'is not a real day'],
    ['0999-01-01', 'is not a real day'],
  ])('names a bad date %s', (date, words) => {
    expectOneProblem((f) => (f.entries[0].date = date), 'entries[0].date', 'Entry 1 (“2025-05-03-7f3a9c21”), date:', words)
  })

  it('names a bad time of saving and a bad export time', () => {
    expectOneProblem((f) => (f.entries[0].savedAt = '2025-05-03 18:42'), 'entries[0].savedAt', 'time saved', 'should look like 2025-05-03T18:42:07.120Z')
    expectOneProblem((f) => (f.entries[0].savedAt = '2025-05-03T25:00:00Z'), 'entries[0].savedAt', 'is not a real moment')
    expectOneProblem((f) => (f.exportedAt = '2025-02-29T10:00:00Z'), 'exportedAt', 'The file, export time', 'is not a real moment')
  })

  it('names a duplicate id and a place marked twice', () => {
    expectOneProblem((f) => (f.entries[1].id = f.entries[0].id), 'entries[1].id', 'Entry 2', 'is also the id of entry 1')
    expectOneProblem((f) => f.entries[0].marks.push({ area: 'temple', side: 'left', intensity: 3 }), 'entries[0].marks[2]', 'mark 3 (left temple) marks the same place as mark 1')
  })

  it('names a note that is too long', () => {
    expectOneProblem((f) => (f.entries[0].note = 'x'.repeat(NOTE_MAX_LENGTH + 1)), 'entries[0].note', `at most ${NOTE_MAX_LENGTH} are kept`)
  })

  it('lists every problem of a file broken in many places at once', () => {
    const f = file()
    f.entries[0].marks[0].intensity = 12
    f.entries[0].date = 'yesterday'
    f.entries[1].body = 'robot'
    f.entries.push({ id: f.entries[0].id, date: '2025-05-07' })
    const problems = problemsOf(readObject(f))
    expect(problems.map((p) => p.path)).toEqual([
      'entries[0].date',
      'entries[0].marks[0].intensity',
      'entries[1].body',
      'entries[2]',
      'entries[2]',
      'entries[2]',
      'entries[2].id',
    ])
    expect(problems.every((p) => /^(Entry \d|The file)/.test(p.text))).toBe(true)
    const r = readObject(f)
    expect(!r.ok && r.summary).toContain('has 7 problems')
  })

  it('refuses a file far too large to be a diary without parsing it', () => {
    const r = read(' '.repeat(20_000_001))
    expect(r.ok === false && r.reason).toBe('too-large')
  })
})

describe('an import against the diary on the device', () => {
  it('adds new entries, passes over identical ones and asks about the ones that differ', () => {
    const edited = { ...MAY_3, note: 'Better after stretching.' }
    const fresh = { ...MAY_5, id: 'new-one' }
    const plan = planImport([edited, MAY_5, fresh], [MAY_3, MAY_5])
    expect(plan.fresh).toEqual([fresh])
    expect(plan.same).toEqual([MAY_5])
    expect(plan.conflicts).toEqual([{ incoming: edited, existing: MAY_3 }])
  })

  it('says what happened in plain words', () => {
    expect(describeImport(0, 1, 0, 0)).toBe('No new entries were added. 1 entry was already there, unchanged.')
    expect(describeImport(2, 0, 1, 0)).toBe("Added 2 entries to your diary. Replaced 1 entry with the file's version.")
    expect(describeImport(0, 0, 0, 3)).toBe('No new entries were added. Kept your own version of 3 entries.')
  })
})
