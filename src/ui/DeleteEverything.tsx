/** "Delete everything": after a confirmation, removes the diary, study progress and saved preferences from this device. */
import { useState } from 'react'
import { useDiary } from '../store/diary'
import { ConfirmDialog } from './ConfirmDialog'

export function DeleteEverything() {
  const count = useDiary((s) => s.entries.length)
  const [asking, setAsking] = useState(false)
  const [status, setStatus] = useState('')
  const remove = async () => {
    setAsking(false)
    const done = await useDiary.getState().deleteEverything()
    setStatus(done ? 'Everything the app kept on this device is deleted.' : (useDiary.getState().problem ?? 'Nothing could be deleted.'))
  }
  return (
    <section className="delete-everything" aria-label="Delete everything">
      <h3>Delete everything</h3>
      <p className="muted">
        Removes your diary, your study progress, your saved choice of body and the marks shown now from this browser. Nothing is kept anywhere
        else, so it cannot be undone.
      </p>
      <button type="button" className="danger" onClick={() => setAsking(true)}>
        Delete everything…
      </button>
      <p role="status" className="muted">
        {status}
      </p>
      {asking && (
        <ConfirmDialog
          title="Delete everything?"
          tone="danger"
          confirmLabel="Delete everything"
          cancelLabel="Keep everything"
          onConfirm={() => void remove()}
          onCancel={() => setAsking(false)}
        >
          <p>
            This deletes {count === 1 ? 'your 1 diary entry' : `your ${count} diary entries`}, your study progress, your saved choice of body and the marks
            shown now, from this browser on this device. It cannot be undone. To keep a copy, export the diary first.
          </p>
        </ConfirmDialog>
      )}
    </section>
  )
}
