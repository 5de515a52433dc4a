/**
 * Study progress on this device: its own IndexedDB database through Dexie, beside the diary's, and the only module
 * that touches it. Nothing here sends anything anywhere.
 */
import Dexie, { type EntityTable } from 'dexie'
import type { CardId } from '../domain/study/cards'
import type { CardProgress } from '../domain/study/schedule'
import { fromStored, toStored, type StoredCard } from '../domain/study/stored'

export const STUDY_DB_NAME = 'trigger-point-explorer-study'

/** A stored record that could not be read, kept as it was so nothing is lost without a word. */
export interface SetAside {
  key?: number
  /** ISO time it was set aside */
  at: string
  problem: string
  record: unknown
}

class StudyDatabase extends Dexie {
  cards!: EntityTable<StoredCard, 'id'>
  setAside!: EntityTable<SetAside, 'key'>

  constructor() {
    super(STUDY_DB_NAME)
    // Version 1: one record per card, by card id; unreadable records moved aside. Raise the version (with an upgrade)
    // when the stored shape changes.
    this.version(1).stores({ cards: 'id', setAside: '++key' })
  }
}

let db: StudyDatabase | null = null
const open = () => (db ??= new StudyDatabase())

export interface LoadedProgress {
  readonly progress: Map<CardId, CardProgress>
  /** What was wrong with each record set aside on this load. */
  readonly setAside: readonly string[]
}

/**
 * Every card's progress. A record that cannot be read is moved, unchanged, to the `setAside` table in the same
 * transaction (so its card starts again rather than being half-read), and named in the result.
 */
export async function loadProgress(now = new Date()): Promise<LoadedProgress> {
  const d = open()
  return d.transaction('rw', d.cards, d.setAside, async () => {
    const progress = new Map<CardId, CardProgress>()
    const problems: string[] = []
    // Read raw records: a damaged one may lack even its id.
    const keys = await d.cards.toCollection().primaryKeys()
    for (const key of keys) {
      const raw: unknown = await d.cards.get(key)
      const read = fromStored(raw)
      if (typeof read !== 'string') {
        progress.set(read.card, read)
        continue
      }
      problems.push(read)
      await d.setAside.add({ at: now.toISOString(), problem: read, record: raw })
      await d.cards.delete(key)
    }
    return { progress, setAside: problems }
  })
}

export async function saveCard(p: CardProgress): Promise<void> {
  await open().cards.put(toStored(p))
}

/** Records set aside so far (for tests and for a person who asks). */
export async function setAsideRecords(): Promise<SetAside[]> {
  return open().setAside.toArray()
}

/** Deletes the whole database from this device; the next use starts an empty one. */
export async function deleteStudyDatabase(): Promise<void> {
  await open().delete({ disableAutoOpen: false })
}
