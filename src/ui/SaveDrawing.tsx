/** "Save today's drawing": keeps the marks shown, their intensities, the body and a note in the diary on this device. */
import { useId, useState } from 'react'
import { dayInWords, NOTE_MAX_LENGTH } from '../domain/diary/entry'
import { useStore } from '../store'
import './diary.css'

export function SaveDrawing() {
  const count = useStore((s) => s.painMarks.length)
  const [note, setNote] = useState('')
  const [status, setStatus] = useState('')
  const [busy, setBusy] = useState(false)
  const id = useId()
  const save = async () => {
    setBusy(true)
    // The diary's storage code (Dexie) loads on first use, not with the app.
    const { useDiary } = await import('../store/diary')
    const entry = await useDiary.getState().saveDrawing(note)
    setBusy(false)
    if (entry) {
      setNote('')
      setStatus(`Saved in your diary for ${dayInWords(entry.date)}. It stays on this device.`)
    } else {
      setStatus(useDiary.getState().problem ?? 'The drawing could not be saved.')
    }
  }
  return (
    <div className="save-drawing">
      <label htmlFor={id}>Note for today (optional)</label>
      <textarea
        id={id}
        rows={2}
        maxLength={NOTE_MAX_LENGTH}
        value={note}
        placeholder="e.g. after a long drive; easier after stretching"
        onChange={(e) => setNote(e.target.value)}
      />
      {count === 0 && <p className="muted">No marks yet: saving now records a day without pain.</p>}
      <div className="row">
        <button type="button" disabled={busy} onClick={() => void save()}>
          Save today's drawing
        </button>
        <span className="muted">Kept only on this device.</span>
      </div>
      <p role="status" className="muted">
        {status}
      </p>
    </div>
  )
}
