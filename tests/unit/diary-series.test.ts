import { describe, expect, it } from 'vitest'
import { dayInWords, type DiaryEntry } from '../../src/domain/diary/entry'
import { daysBetween, intensitySeries, placeLabel } from '../../src/domain/diary/series'

const AREAS = [
  { id: 'temple', name: 'Temple' },
  { id: 'heel', name: 'Heel' },
  { id: 'sternum', name: 'Sternum' },
]

const entry = (id: string, date: string, savedAt: string, marks: DiaryEntry['marks']): DiaryEntry => ({
  id,
  date,
  savedAt: `${date}T${savedAt}:00.000Z`,
  body: 'male',
  marks,
})

describe('intensity per place over time', () => {
  it('is empty for an empty diary', () => {
    expect(intensitySeries([], AREAS)).toEqual({ days: [], span: 0, places: [] })
  })

  it('gives one series per place, one point per day, spaced by real days', () => {
    const s = intensitySeries(
      [
        entry('c', '2025-05-10', '09:00', [{ area: 'heel', side: 'right', intensity: 2 }]),
        entry('a', '2025-05-01', '09:00', [
          { area: 'temple', side: 'left', intensity: 7 },
          { area: 'heel', side: 'right', intensity: 4 },
        ]),
        entry('b', '2025-05-03', '09:00', [{ area: 'temple', side: 'left', intensity: 5 }]),
      ],
      AREAS,
    )
    expect(s.days).toEqual(['2025-05-01', '2025-05-03', '2025-05-10'])
    expect(s.span).toBe(9)
    expect(s.places.map((p) => p.label)).toEqual(['Left temple', 'Right heel'])
    const temple = s.places[0]!
    expect(temple.peak).toBe(7)
    // Not marked on the 10th: the temple no longer hurt, so it counts 0.
    expect(temple.points.map((p) => [p.t, p.intensity, p.entryId])).toEqual([
      [0, 7, 'a'],
      [2, 5, 'b'],
      [9, 0, 'c'],
    ])
    expect(s.places[1]!.points.map((p) => p.intensity)).toEqual([4, 0, 2])
  })

  it('counts the last drawing saved on a day with several', () => {
    const s = intensitySeries(
      [
        entry('evening', '2025-05-01', '20:00', [{ area: 'sternum', intensity: 8 }]),
        entry('morning', '2025-05-01', '08:00', [{ area: 'sternum', intensity: 3 }]),
      ],
      AREAS,
    )
    expect(s.days).toEqual(['2025-05-01'])
    expect(s.span).toBe(0)
    expect(s.places).toEqual([
      { key: 'sternum', area: 'sternum', label: 'Sternum', peak: 8, points: [{ day: '2025-05-01', t: 0, intensity: 8, entryId: 'evening' }] },
    ])
  })

  it('lists the most painful place first, then by name', () => {
    const s = intensitySeries(
      [entry('a', '2025-05-01', '08:00', [{ area: 'sternum', intensity: 3 }, { area: 'heel', side: 'left', intensity: 3 }, { area: 'temple', side: 'right', intensity: 9 }])],
      AREAS,
    )
    expect(s.places.map((p) => p.key)).toEqual(['right temple', 'left heel', 'sternum'])
  })
})

describe('words for places and days', () => {
  it('names a place with its side, or its id when the area is unknown', () => {
    expect(placeLabel({ area: 'temple', side: 'left' }, AREAS)).toBe('Left temple')
    expect(placeLabel({ area: 'sternum' }, AREAS)).toBe('Sternum')
    expect(placeLabel({ area: 'elbow-pit' }, AREAS)).toBe('elbow-pit')
  })

  it('writes a day the same way everywhere and counts days across months and leap years', () => {
    expect(dayInWords('2025-05-03')).toBe('Sat 3 May 2025')
    expect(dayInWords('2024-02-29')).toBe('Thu 29 February 2024')
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2)
  })
})
