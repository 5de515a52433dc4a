/** The diary's entries, newest first: day, places with their intensities, note, and a button to show it on the body. */
import { dayInWords, type DiaryEntry } from '../domain/diary/entry'
import { placeLabel } from '../domain/diary/series'

export interface DiaryEntryListProps {
  entries: readonly DiaryEntry[]
  /** The entry shown on the body now, if any. */
  shownId: string | null
  onShow: (entry: DiaryEntry) => void
}

export function DiaryEntryList({ entries, shownId, onShow }: DiaryEntryListProps) {
  const newestFirst = [...entries].reverse()
  return (
    <ol className="diary-entries" aria-label="Diary entries">
      {newestFirst.map((e) => {
        const day = dayInWords(e.date)
        return (
          <li key={e.id} data-entry={e.id} aria-current={e.id === shownId ? 'true' : undefined}>
            <h3>{day}</h3>
            <p className="places">
              {e.marks.length === 0 ? 'No pain marked' : e.marks.map((m) => `${placeLabel(m)} ${m.intensity}/10`).join(' · ')}
            </p>
            {e.note && <p className="note">“{e.note}”</p>}
            <p className="muted body-kind">Drawn on the {e.body} body</p>
            <button type="button" aria-label={`Show on the body: the drawing of ${day}`} onClick={() => onShow(e)}>
              Show on the body
            </button>
          </li>
        )
      })}
    </ol>
  )
}
