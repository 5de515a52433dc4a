/**
 * The pain diary's state: the entries kept on this device (loaded from diary-db), saving today's drawing, adding
 * imported entries, showing an entry on the body, and deleting everything the app keeps on the device (study progress too).
 * A small store of its own beside the main one, because its actions wait on the device's storage.
 */
import { create } from 'zustand'
import { localDay, makeEntry, newEntryId, type DiaryEntry } from '../domain/diary/entry'
import { deleteDiaryDatabase, loadEntries, writeEntries } from './diary-db'
import { useStore } from './index'
import { deleteStudyDatabase, useStudy } from './study'

/** Every preference the app keeps in localStorage has a key starting with this (e.g. `tpe.body`, ui/saved-body.ts). */
export const PREFERENCE_PREFIX = 'tpe.'

const STORAGE_PROBLEM =
  'This browser does not let the app keep a diary on this device (storage may be turned off, private, or full).'

export interface DiaryState {
  entries: readonly DiaryEntry[]
  /** False until the entries have been read from the device. */
  loaded: boolean
  /** A plain sentence when the device's storage could not be used. */
  problem: string | null
  load: () => Promise<void>
  /** Saves the marks, body and note shown now as today's entry; gives the entry, or null if it could not be kept. */
  saveDrawing: (note: string, at?: Date) => Promise<DiaryEntry | null>
  /** Adds new entries and replaces the ones in `replace` (by id), all or nothing; never overwrites any other. */
  writeEntries: (add: readonly DiaryEntry[], replace?: readonly DiaryEntry[]) => Promise<boolean>
  /** Deletes the diary and study progress databases and the saved preferences, and clears the marks shown. */
  deleteEverything: () => Promise<boolean>
}

const randomUnit = () => crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32

export const useDiary = create<DiaryState>()((set, get) => ({
  entries: [],
  loaded: false,
  problem: null,
  load: async () => {
    try {
      set({ entries: await loadEntries(), loaded: true, problem: null })
    } catch {
      set({ loaded: true, problem: STORAGE_PROBLEM })
    }
  },
  saveDrawing: async (note, at = new Date()) => {
    const s = useStore.getState()
    const entry = makeEntry({ id: newEntryId(localDay(at), randomUnit), at, body: s.body, note, marks: s.painMarks })
    return (await get().writeEntries([entry])) ? entry : null
  },
  writeEntries: async (add, replace = []) => {
    try {
      await writeEntries(add, replace)
      set({ entries: await loadEntries(), problem: null })
      return true
    } catch (e) {
      const taken = e instanceof Error && (e.name === 'BulkError' || e.name === 'ConstraintError')
      set({ problem: taken ? 'An entry with the same id is already in your diary, so nothing was saved.' : `${STORAGE_PROBLEM} Nothing was saved.` })
      return false
    }
  },
  deleteEverything: async () => {
    forgetPreferences()
    useStore.getState().clearPainMarks()
    try {
      await deleteDiaryDatabase()
      await deleteStudyDatabase()
      useStudy.getState().forget()
      set({ entries: [], problem: null })
      return true
    } catch {
      set({ problem: 'The diary could not be deleted just now. Close other tabs of this app and try again.' })
      return false
    }
  },
}))

/** Removes every preference the app saved in this browser's localStorage. */
function forgetPreferences(): void {
  try {
    const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)).filter((k): k is string => !!k?.startsWith(PREFERENCE_PREFIX))
    for (const k of keys) localStorage.removeItem(k)
  } catch {
    // No storage (private mode): nothing was saved there.
  }
}

/** Shows an entry on the body: its marks with their intensities, on the body it was drawn on, in the pain finder. */
export function replayEntry(entry: DiaryEntry): void {
  const s = useStore.getState()
  s.clearPainMarks()
  for (const m of entry.marks) s.addPainMark({ area: m.area, side: m.side, intensity: m.intensity, point: m.point })
  s.setBody(entry.body)
  s.setMode('pain')
}
