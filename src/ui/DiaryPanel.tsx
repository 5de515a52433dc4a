/** The pain diary: its entries, a chart of intensity per place over time, export and import, and deleting it all. */
import { useEffect, useState } from 'react'
import { dayInWords } from '../domain/diary/entry'
import { replayEntry, useDiary } from '../store/diary'
import { DeleteEverything } from './DeleteEverything'
import { DiaryChart } from './DiaryChart'
import { DiaryEntryList } from './DiaryEntryList'
import { DiaryFile } from './DiaryFile'
import './diary.css'

export interface DiaryPanelProps {
  onBack: () => void
}

export function DiaryPanel({ onBack }: DiaryPanelProps) {
  const entries = useDiary((s) => s.entries)
  const loaded = useDiary((s) => s.loaded)
  const problem = useDiary((s) => s.problem)
  const [shown, setShown] = useState<{ id: string; text: string } | null>(null)
  useEffect(() => {
    void useDiary.getState().load()
  }, [])
  return (
    <section className="diary" data-testid="diary-panel" aria-labelledby="diary-title">
      <button type="button" onClick={onBack}>
        ← Back to the marks
      </button>
      <h2 id="diary-title">Your pain diary</h2>
      <p className="privacy">Your diary stays on this device, in this browser. Nothing is sent anywhere.</p>
      {problem && <p role="alert">{problem}</p>}
      {!loaded ? (
        <p role="status">Opening your diary…</p>
      ) : entries.length === 0 ? (
        <p>No entries yet. Mark where it hurts, then choose “Save today's drawing”.</p>
      ) : (
        <>
          <DiaryChart entries={entries} />
          <p role="status" className="muted">
            {shown?.text}
          </p>
          <DiaryEntryList
            entries={entries}
            shownId={shown?.id ?? null}
            onShow={(e) => {
              replayEntry(e)
              setShown({ id: e.id, text: `Showing the drawing of ${dayInWords(e.date)} on the body.` })
            }}
          />
        </>
      )}
      <DiaryFile entries={entries} />
      <DeleteEverything />
    </section>
  )
}
