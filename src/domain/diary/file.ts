/**
 * Writing a diary file for export, and sorting an import's entries against the diary already on the device.
 * Pure: no React, no DOM, no storage.
 */
import { byDate, DIARY_FORMAT, DIARY_VERSION, normaliseEntry, sameEntry, type DiaryEntry } from './entry'

/** The whole diary as the text of a JSON file (oldest entry first), stamped with the moment of export. */
export function writeDiaryFile(entries: readonly DiaryEntry[], exportedAt: Date): string {
  const file = {
    format: DIARY_FORMAT,
    version: DIARY_VERSION,
    exportedAt: exportedAt.toISOString(),
    entries: [...entries].sort(byDate).map(normaliseEntry),
  }
  return `${JSON.stringify(file, null, 2)}\n`
}

/** The file name offered for an export, e.g. `pain-diary-2025-05-03.json`. */
export function diaryFileName(day: string): string {
  return `pain-diary-${day}.json`
}

/** An import sorted against the diary on the device. */
export interface ImportPlan {
  /** Entries the diary does not have yet: added without asking. */
  readonly fresh: readonly DiaryEntry[]
  /** Entries the diary already has, word for word: nothing to do. */
  readonly same: readonly DiaryEntry[]
  /** Entries whose id the diary has with different content: replaced only if the person says so. */
  readonly conflicts: readonly { readonly incoming: DiaryEntry; readonly existing: DiaryEntry }[]
}

export function planImport(incoming: readonly DiaryEntry[], existing: readonly DiaryEntry[]): ImportPlan {
  const have = new Map(existing.map((e) => [e.id, e]))
  const fresh: DiaryEntry[] = []
  const same: DiaryEntry[] = []
  const conflicts: { incoming: DiaryEntry; existing: DiaryEntry }[] = []
  for (const e of incoming) {
    const old = have.get(e.id)
    if (!old) fresh.push(e)
    else if (sameEntry(old, e)) same.push(e)
    else conflicts.push({ incoming: e, existing: old })
  }
  return { fresh, same, conflicts }
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** What an import did, in a sentence: "Added 2 entries. 1 entry was already there." */
export function describeImport(added: number, same: number, replaced: number, kept: number): string {
  const parts: string[] = []
  parts.push(added ? `Added ${plural(added, 'entry', 'entries')} to your diary.` : 'No new entries were added.')
  if (same) parts.push(`${plural(same, 'entry was', 'entries were')} already there, unchanged.`)
  if (replaced) parts.push(`Replaced ${plural(replaced, 'entry', 'entries')} with the file's version.`)
  if (kept) parts.push(`Kept your own version of ${plural(kept, 'entry', 'entries')}.`)
  return parts.join(' ')
}
