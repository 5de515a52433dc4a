/**
 * Intensity per place over time, for the diary's chart: one series per place ever marked, one point per day.
 * Pure: no React, no DOM. Body areas are injectable so tests use small fixtures.
 */
import { DATASET } from '../../../data/dataset'
import type { BodyArea, Side } from '../../../data/schema'
import { byDate, placeKey, type DiaryEntry, type DiaryMark } from './entry'

type Areas = readonly Pick<BodyArea, 'id' | 'name'>[]

export interface SeriesPoint {
  /** YYYY-MM-DD */
  readonly day: string
  /** Whole days since the first day charted. */
  readonly t: number
  /** 0–10; 0 on a day whose drawing did not mark this place. */
  readonly intensity: number
  /** The entry the value comes from. */
  readonly entryId: string
}

export interface PlaceSeries {
  /** "left temple", "sternum": side and area id. */
  readonly key: string
  readonly area: string
  readonly side?: Side
  /** "Left temple", "Sternum". */
  readonly label: string
  /** Highest intensity in the series. */
  readonly peak: number
  readonly points: readonly SeriesPoint[]
}

export interface DiarySeries {
  /** The days charted, oldest first. */
  readonly days: readonly string[]
  /** Whole days from the first to the last day (0 for a single day). */
  readonly span: number
  /** Most painful place first, then by name. */
  readonly places: readonly PlaceSeries[]
}

/** A place in words: "Left temple", "Sternum"; an unknown area id is shown as it is. */
export function placeLabel(m: Pick<DiaryMark, 'area' | 'side'>, areas: Areas = DATASET.bodyAreas): string {
  const name = areas.find((a) => a.id === m.area)?.name ?? m.area
  return m.side ? `${m.side === 'left' ? 'Left' : 'Right'} ${name.toLowerCase()}` : name
}

/** Whole days from `from` to `to`, both YYYY-MM-DD. */
export function daysBetween(from: string, to: string): number {
  const utc = (d: string) => {
    const [y, m, dd] = d.split('-').map(Number) as [number, number, number]
    return Date.UTC(y, m - 1, dd)
  }
  return Math.round((utc(to) - utc(from)) / 86_400_000)
}

/**
 * The series to chart. A day with several drawings counts its last one saved; a place the day's drawing does not
 * mark counts as 0 that day, so pain that went away shows as a line falling to the floor.
 */
export function intensitySeries(entries: readonly DiaryEntry[], areas: Areas = DATASET.bodyAreas): DiarySeries {
  const lastOfDay = new Map<string, DiaryEntry>()
  for (const e of [...entries].sort(byDate)) lastOfDay.set(e.date, e)
  const days = [...lastOfDay.keys()]
  const first = days[0]
  if (first === undefined) return { days: [], span: 0, places: [] }
  const places = new Map<string, { area: string; side?: Side }>()
  for (const e of lastOfDay.values()) for (const m of e.marks) places.set(placeKey(m), { area: m.area, side: m.side })
  const series = [...places].map(([key, { area, side }]): PlaceSeries => {
    const points = days.map((day): SeriesPoint => {
      const e = lastOfDay.get(day)!
      const intensity = Math.max(0, ...e.marks.filter((m) => placeKey(m) === key).map((m) => m.intensity))
      return { day, t: daysBetween(first, day), intensity, entryId: e.id }
    })
    return { key, area, ...(side ? { side } : {}), label: placeLabel({ area, side }, areas), peak: Math.max(...points.map((p) => p.intensity)), points }
  })
  series.sort((a, b) => b.peak - a.peak || a.label.localeCompare(b.label))
  return { days, span: daysBetween(first, days[days.length - 1]!), places: series }
}
