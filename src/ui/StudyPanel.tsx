/** The self-test: one question at a time from the dataset, answered by a choice or a tap on the body, then the answer. */
import { useEffect, useId } from 'react'
import type { Region } from '../../data/schema'
import { REGION_ORDER } from '../domain/regions'
import type { QuestionKind } from '../domain/study/questions'
import { useStore } from '../store'
import { useStudy } from '../store/study'
import { StudyFeedback } from './StudyFeedback'
import './study.css'

const KIND: Record<QuestionKind, string> = {
  'name-muscle': 'Name the muscle',
  'referral-muscle': 'Referred pain',
  'locate-trigger-point': 'Find the trigger point',
  nerve: 'Nerve supply',
  attachment: 'Attachments',
}

/** Starts the session when study mode opens; leaves the body as it was found when it closes. */
function useStudySession(): void {
  useEffect(() => {
    const study = useStudy.getState()
    void study.load().then(() => useStudy.getState().next())
    return () => {
      const s = useStore.getState()
      s.selectMuscle(null)
      s.setPeelSuperficial(false)
      useStudy.setState({ question: null, result: null })
    }
  }, [])
}

export function StudyPanel() {
  useStudySession()
  const question = useStudy((s) => s.question)
  const result = useStudy((s) => s.result)
  const region = useStudy((s) => s.region)
  const problem = useStudy((s) => s.problem)
  const promptId = useId()
  const study = useStudy.getState
  return (
    <section className="study" data-testid="study-panel" aria-label="Study">
      <h2>Test yourself</h2>
      <label className="study-region">
        Questions from{' '}
        <select value={region} onChange={(e) => study().setRegion(e.target.value as Region | 'all')}>
          <option value="all">the whole body</option>
          {REGION_ORDER.map((r) => (
            <option key={r.region} value={r.region}>
              {r.label.toLowerCase()}
            </option>
          ))}
        </select>
      </label>
      {problem && (
        <p className="study-problem" role="alert">
          {problem}
        </p>
      )}
      {!question ? (
        <p role="status">Choosing a question…</p>
      ) : (
        <div className="study-question" data-kind={question.kind}>
          <p className="study-kind">{KIND[question.kind]}</p>
          <p className="study-prompt" id={promptId}>
            {question.prompt}
          </p>
          {question.answer.kind === 'choice' ? (
            <ul className="study-options" aria-labelledby={promptId}>
              {question.answer.options.map((o, i) => {
                const answered = !!result
                const mark = !answered ? undefined : i === (question.answer.kind === 'choice' ? question.answer.correct : -1) ? 'right' : i === result.chosen ? 'wrong' : undefined
                return (
                  <li key={o.id}>
                    <button type="button" disabled={answered} data-mark={mark} aria-pressed={answered ? i === result.chosen : undefined} onClick={() => study().choose(i)}>
                      {o.label}
                      {mark === 'right' && <span className="sr-only"> (the answer)</span>}
                    </button>
                  </li>
                )
              })}
            </ul>
          ) : (
            !result && <p className="muted">Tap the body. Drag to turn it; the view buttons above show it from any side.</p>
          )}
          {result && <StudyFeedback question={question} result={result} />}
          <button type="button" className="study-next" onClick={() => study().next()}>
            {result ? 'Next question' : 'Skip'}
          </button>
        </div>
      )}
      <p className="muted study-private">Your answers stay in this browser, on this device.</p>
    </section>
  )
}
