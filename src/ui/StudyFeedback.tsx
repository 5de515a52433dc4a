/** What an answer earned, and the right answer in words; the body shows it at the same time. */
import { centimetres, TAP_CLOSE_M, TAP_RIGHT_M } from '../domain/study/tap'
import type { Question } from '../domain/study/questions'
import type { StudyResult } from '../store/study'

export interface StudyFeedbackProps {
  readonly question: Question
  readonly result: StudyResult
}

const HEADLINE = { right: 'Right.', close: 'Close.', wrong: 'Not this time.' } as const

export function StudyFeedback({ question, result }: StudyFeedbackProps) {
  const tap = result.tap
  const onBody =
    question.kind === 'referral-muscle'
      ? 'The muscle is highlighted and its trigger point marked ✕ on the body.'
      : question.kind === 'locate-trigger-point'
        ? 'The trigger point is marked ✕, your tap is the blue dot, and its pain pattern is shown in red.'
        : null
  return (
    <div className="study-feedback" data-outcome={result.outcome} role="status">
      <p className="study-headline">
        <strong>{HEADLINE[result.outcome]}</strong>
        {tap && (
          <>
            {' '}
            Your tap was {centimetres(tap.distanceM)} from the trigger point (right within {centimetres(TAP_RIGHT_M)}, close within{' '}
            {centimetres(TAP_CLOSE_M)}).
          </>
        )}
      </p>
      <p className="study-solution">{question.solution}</p>
      {onBody && <p className="muted">{onBody}</p>}
    </div>
  )
}
