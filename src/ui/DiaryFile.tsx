/**
 * Export the diary as a JSON file, and import one: a file with any problem imports nothing and lists every problem;
 * an entry already in the diary with other content is replaced only when the person says so.
 */
import { useId, useState } from 'react'
import { dayInWords, localDay, type DiaryEntry } from '../domain/diary/entry'
import { describeImport, diaryFileName, planImport, writeDiaryFile, type ImportPlan } from '../domain/diary/file'
import { readDiaryFile, type DiaryProblem } from '../domain/diary/read'
import { useDiary } from '../store/diary'
import { ConfirmDialog } from './ConfirmDialog'

export interface DiaryFileProps {
  entries: readonly DiaryEntry[]
}

function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }))
  const a = document.createElement('a')
  a.href = url
  a.download = name
  document.body.append(a)
  a.click()
  a.remove()
  // The browser has taken the file once the click is handled; the URL is freed a little later to be safe.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

interface Refusal {
  summary: string
  problems: readonly DiaryProblem[]
}

export function DiaryFile({ entries }: DiaryFileProps) {
  const [status, setStatus] = useState('')
  const [refusal, setRefusal] = useState<Refusal | null>(null)
  const [asking, setAsking] = useState<ImportPlan | null>(null)
  const inputId = useId()

  const exportDiary = () => {
    const now = new Date()
    const name = diaryFileName(localDay(now))
    download(writeDiaryFile(entries, now), name)
    setRefusal(null)
    setStatus(`Your diary was exported as ${name}. The file holds your notes: keep it somewhere private.`)
  }

  const finish = async (plan: ImportPlan, replace: boolean) => {
    setAsking(null)
    const replacements = replace ? plan.conflicts.map((c) => c.incoming) : []
    if (plan.fresh.length + replacements.length > 0 && !(await useDiary.getState().writeEntries(plan.fresh, replacements))) {
      setStatus(useDiary.getState().problem ?? 'The entries could not be saved.')
      return
    }
    const n = plan.conflicts.length
    setStatus(describeImport(plan.fresh.length, plan.same.length, replace ? n : 0, replace ? 0 : n))
  }

  const importFile = async (file: File) => {
    setStatus('')
    setRefusal(null)
    const result = readDiaryFile(await file.text())
    if (!result.ok) {
      setRefusal({ summary: `“${file.name}”: ${result.summary}`, problems: result.problems })
      return
    }
    // Compared with the diary as stored now (another tab may have added to it), not as last shown.
    await useDiary.getState().load()
    const plan = planImport(result.entries, useDiary.getState().entries)
    if (plan.conflicts.length) setAsking(plan)
    else await finish(plan, false)
  }

  return (
    <section className="diary-file" aria-label="Export and import">
      <h3>Keep a copy, or bring one back</h3>
      <div className="row">
        <button type="button" disabled={entries.length === 0} onClick={exportDiary}>
          Export the diary (JSON file)
        </button>
        <label htmlFor={inputId} className="file-label">
          Import a diary file
        </label>
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.target.files?.[0]
            e.target.value = '' // so choosing the same file again is noticed
            if (file) void importFile(file)
          }}
        />
      </div>
      <p role="status" className="muted">
        {status}
      </p>
      {refusal && (
        <div className="import-problems" role="alert">
          <p>{refusal.summary}</p>
          {refusal.problems.length > 0 && (
            <ul aria-label="Problems in the file">
              {refusal.problems.map((p, i) => (
                <li key={i}>{p.text}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {asking && (
        <ConfirmDialog
          title="Already in your diary"
          confirmLabel="Replace with the file's version"
          cancelLabel="Keep mine"
          onConfirm={() => void finish(asking, true)}
          onCancel={() => void finish(asking, false)}
        >
          <p>
            {asking.conflicts.length === 1 ? 'This entry is' : `These ${asking.conflicts.length} entries are`} already there, but the
            file has a different version:
          </p>
          <ul>
            {asking.conflicts.map((c) => (
              <li key={c.incoming.id}>{dayInWords(c.incoming.date)}</li>
            ))}
          </ul>
          <p>
            Replace {asking.conflicts.length === 1 ? 'it' : 'them'} with the file's version, or keep yours?
            {asking.fresh.length > 0 && ` The ${asking.fresh.length} new ${asking.fresh.length === 1 ? 'entry is' : 'entries are'} added either way.`}
          </p>
        </ConfirmDialog>
      )}
    </section>
  )
}
