/**
 * The pain diary on this device: one IndexedDB database through Dexie, and the only module that touches it.
 * Nothing here sends anything anywhere.
 */
import Dexie, { type EntityTable } from 'dexie'
import type { DiaryEntry } from '../domain/diary/entry'
import { byDate, normaliseEntry } from '../domain/diary/entry'

export const DIARY_DB_NAME = 'trigger-point-explorer-diary'

class DiaryDatabase extends Dexie {
  entries!: EntityTable<DiaryEntry, 'id'>

  constructor() {
    super(DIARY_DB_NAME)
    // Version 1: entries by id, indexed by day. Raise the version (with an upgrade) when the stored shape changes.
    this.version(1).stores({ entries: 'id, date' })
  }
}

let db: DiaryDatabase | null = null
const open = () => (db ??= new DiaryDatabase())

/** Every entry, oldest first. */
export async function loadEntries(): Promise<DiaryEntry[]> {
  const all = await open().entries.toArray()
  return all.map(normaliseEntry).sort(byDate)
}

/**
 * Adds new entries and replaces chosen ones, in one transaction: either all are written or none. Adding fails if an
 * entry with the same id is already there, so nothing is overwritten unless it is passed in `replace`.
 */
export async function writeEntries(add: readonly DiaryEntry[], replace: readonly DiaryEntry[] = []): Promise<void> {
  const d = open()
  await d.transaction('rw', d.entries, async () => {
    await d.entries.bulkAdd(add.map(normaliseEntry))
    await d.entries.bulkPut(replace.map(normaliseEntry))
  })
}

/** Deletes the whole database from this device; the next use starts an empty one. */
export async function deleteDiaryDatabase(): Promise<void> {
  await open().delete({ disableAutoOpen: false })
}
