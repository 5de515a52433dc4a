import 'fake-indexeddb/auto'
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { DiaryEntry } from '../../src/domain/diary/entry'
import { useStore } from '../../src/store'
import { replayEntry, useDiary } from '../../src/store/diary'
import { loadEntries } from '../../src/store/diary-db'

/** localStorage as the browser has it, for the preferences "delete everything" removes. */
function fakeLocalStorage(): Storage {
  const data = new Map<string, string>()
  return {
    get length() {
      return data.size
    },
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, String(v)),
    removeItem: (k) => void data.delete(k),
    clear: () => data.clear(),
  }
}

const initialApp = useStore.getState()
const initialDiary = useDiary.getState()
vi.stubGlobal('localStorage', fakeLocalStorage())
afterAll(() => vi.unstubAllGlobals())

beforeEach(async () => {
  await useDiary.getState().deleteEverything()
  useStore.setState(initialApp, true)
  useDiary.setState(initialDiary, true)
})

const ENTRY: DiaryEntry = {
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

describe('saving today’s drawing', () => {
  it('keeps the marks with their intensities, the day, the note and the body on the device', async () => {
    const app = useStore.getState()
    app.setBody('female')
    app.addPainMark({ area: 'temple', side: 'left', intensity: 7 })
    app.addPainMark({ area: 'heel', side: 'right', point: [0.08, 0.04, 0] })
    const saved = await useDiary.getState().saveDrawing('  Tight after work. ', new Date(2025, 4, 3, 18, 30))
    expect(saved).not.toBeNull()
    expect(saved!.id).toMatch(/^2025-05-03-[0-9a-f]{8}$/)
    expect(saved).toMatchObject({
      date: '2025-05-03',
      body: 'female',
      note: 'Tight after work.',
      marks: [
        { area: 'temple', side: 'left', intensity: 7 },
        { area: 'heel', side: 'right', intensity: 5, point: [0.08, 0.04, 0] },
      ],
    })
    expect(await loadEntries()).toEqual([saved])
    expect(useDiary.getState().entries).toEqual([saved])
  })

  it('keeps a day without pain as an entry with no marks', async () => {
    const saved = await useDiary.getState().saveDrawing('')
    expect(saved?.marks).toEqual([])
    expect(saved && 'note' in saved).toBe(false)
  })
})

describe('the diary on the device', () => {
  it('loads entries oldest first, and replaces an entry with the same id only when asked to', async () => {
    const later = { ...ENTRY, id: 'later', date: '2025-06-01', savedAt: '2025-06-01T08:00:00.000Z' }
    expect(await useDiary.getState().writeEntries([later, ENTRY])).toBe(true)
    await useDiary.getState().load()
    expect(useDiary.getState().entries.map((e) => e.id)).toEqual([ENTRY.id, 'later'])
    await useDiary.getState().writeEntries([], [{ ...ENTRY, note: 'Edited.' }])
    expect((await loadEntries()).map((e) => e.note)).toEqual(['Edited.', 'After a long drive.'])
  })

  it('refuses to add an entry whose id is already there, and then writes nothing at all', async () => {
    await useDiary.getState().writeEntries([ENTRY])
    const fresh = { ...ENTRY, id: 'fresh' }
    expect(await useDiary.getState().writeEntries([fresh, { ...ENTRY, note: 'Overwritten?' }])).toBe(false)
    expect(useDiary.getState().problem).toBe('An entry with the same id is already in your diary, so nothing was saved.')
    expect(await loadEntries()).toEqual([ENTRY])
  })

  it('shows an entry on the body: its marks, intensities and body, in the pain finder', () => {
    useStore.getState().addPainMark({ area: 'heel', side: 'left' })
    replayEntry(ENTRY)
    const s = useStore.getState()
    expect(s.painMarks.map(({ area, side, intensity, point }) => ({ area, side, intensity, point }))).toEqual([
      { area: 'temple', side: 'left', intensity: 6, point: [0.0694, 1.6588, 0.1002] },
      { area: 'sternum', side: undefined, intensity: 2, point: undefined },
    ])
    expect(s.body).toBe('female')
    expect(s.mode).toBe('pain')
  })
})

describe('deleting everything', () => {
  it('removes the diary database, the saved preferences and the marks shown, and leaves other sites’ keys alone', async () => {
    await useDiary.getState().writeEntries([ENTRY])
    localStorage.setItem('tpe.body', 'female')
    localStorage.setItem('another-app', 'kept')
    useStore.getState().addPainMark({ area: 'heel', side: 'left' })
    const names = async () => (await indexedDB.databases()).map((d) => d.name)
    expect(await names()).toContain('trigger-point-explorer-diary')

    expect(await useDiary.getState().deleteEverything()).toBe(true)

    expect(await names()).not.toContain('trigger-point-explorer-diary')
    expect(localStorage.getItem('tpe.body')).toBeNull()
    expect(localStorage.getItem('another-app')).toBe('kept')
    expect(useStore.getState().painMarks).toEqual([])
    expect(useDiary.getState().entries).toEqual([])
    // The diary works again afterwards, empty.
    expect(await loadEntries()).toEqual([])
  })
})
