/**
 * A pain diary entry: one day's drawing (the marks with their intensities), the body it was drawn on and an optional
 * note. Pure: no React, no DOM, no storage. The file format and its checks are in schema.ts and read.ts beside this.
 */
import type { Side } from '../../../data/schema'

/** Which body the drawing was made on (the same values as the store's `body`). */
export type DiaryBody = 'male' | 'female'

/** One place that hurt: a body area, its side (absent for midline areas), 0–10 intensity, tapped point if any. */
export interface DiaryMark {
  readonly area: string
  readonly side?: Side
  /** 0 (no pain) … 10 (worst imaginable), a whole number. */
  readonly intensity: number
  /** Where it was tapped, canonical metres (+X the body's left, +Y up, +Z forward); absent for typed places. */
  readonly point?: readonly [number, number, number]
}

export interface DiaryEntry {
  /** Unique within a diary; an imported entry with a known id is the same entry, perhaps edited. */
  readonly id: string
  /** The calendar day of the drawing on the person's own clock, YYYY-MM-DD. */
  readonly date: string
  /** The moment it was saved, ISO 8601 in UTC (…Z); orders entries within a day. */
  readonly savedAt: string
  readonly body: DiaryBody
  /** Absent when the person wrote nothing. */
  readonly note?: string
  readonly marks: readonly DiaryMark[]
}

/** The format this app writes and the newest it can read. Raise it (and add a migration) when the format changes. */
export const DIARY_VERSION = 1
/** Names the kind of file, so a different JSON file is recognised as such. */
export const DIARY_FORMAT = 'trigger-point-explorer-diary'
/** Longest note kept, in characters. */
export const NOTE_MAX_LENGTH = 2000

/** The calendar day of a moment on the local clock, YYYY-MM-DD. */
export function localDay(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`
}

/** A new id: the day and eight hex digits from `random` (crypto.getRandomValues in the app, fixed in tests). */
export function newEntryId(day: string, random: () => number): string {
  const hex = Array.from({ length: 8 }, () => Math.floor(random() * 16).toString(16)).join('')
  return `${day}-${hex}`
}

/** What a mark in the app's store carries that the diary keeps. */
export interface MarkLike {
  readonly area: string
  readonly side?: Side
  readonly intensity: number
  readonly point?: readonly [number, number, number]
}

/**
 * Today's drawing as an entry. Intensities are rounded to whole numbers within 0–10; a blank note is left out;
 * points are rounded to 0.1 mm so the file stays readable.
 */
export function makeEntry(input: {
  id: string
  at: Date
  body: DiaryBody
  note?: string
  marks: readonly MarkLike[]
}): DiaryEntry {
  const note = input.note?.trim().slice(0, NOTE_MAX_LENGTH)
  return {
    id: input.id,
    date: localDay(input.at),
    savedAt: input.at.toISOString(),
    body: input.body,
    ...(note ? { note } : {}),
    marks: input.marks.map(copyMark),
  }
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4

function copyMark(m: MarkLike): DiaryMark {
  return {
    area: m.area,
    ...(m.side ? { side: m.side } : {}),
    intensity: Math.max(0, Math.min(10, Math.round(m.intensity))),
    ...(m.point ? { point: [round4(m.point[0]), round4(m.point[1]), round4(m.point[2])] as const } : {}),
  }
}

/** The entry with its fields in the file's order and nothing else: what is stored and exported. */
export function normaliseEntry(e: DiaryEntry): DiaryEntry {
  return {
    id: e.id,
    date: e.date,
    savedAt: e.savedAt,
    body: e.body,
    ...(e.note !== undefined ? { note: e.note } : {}),
    marks: e.marks.map((m) => ({
      area: m.area,
      ...(m.side ? { side: m.side } : {}),
      intensity: m.intensity,
      ...(m.point ? { point: [m.point[0], m.point[1], m.point[2]] as const } : {}),
    })),
  }
}

/** True when two entries say the same thing (field order aside). */
export function sameEntry(a: DiaryEntry, b: DiaryEntry): boolean {
  return JSON.stringify(normaliseEntry(a)) === JSON.stringify(normaliseEntry(b))
}

/** Oldest first: by day, then by the moment saved, then by id so the order never depends on input order. */
export function byDate(a: DiaryEntry, b: DiaryEntry): number {
  return a.date.localeCompare(b.date) || a.savedAt.localeCompare(b.savedAt) || a.id.localeCompare(b.id)
}

/** A place's key: side and area, e.g. "left temple" or "sternum". */
export function placeKey(m: Pick<DiaryMark, 'area' | 'side'>): string {
  return m.side ? `${m.side} ${m.area}` : m.area
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** A day in words, the same in every browser: "Sat 3 May 2025". */
export function dayInWords(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay()
  return `${WEEKDAYS[weekday]} ${d} ${MONTHS[m - 1]} ${y}`
}
