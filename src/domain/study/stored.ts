/**
 * The stored form of a card's progress (version 1): plain numbers, dates as milliseconds, so IndexedDB keeps it as
 * is. Reading checks every field and names what is wrong, so damaged progress is reported, never used half-read.
 */
import { State, type Card } from 'ts-fsrs'
import { isCardId, type CardId } from './cards'
import type { CardProgress } from './schedule'

export const STORED_VERSION = 1

export interface StoredCard {
  readonly v: typeof STORED_VERSION
  readonly id: CardId
  /** ms since 1970 */
  readonly due: number
  readonly stability: number
  readonly difficulty: number
  readonly elapsedDays: number
  readonly scheduledDays: number
  readonly learningSteps: number
  readonly reps: number
  readonly lapses: number
  readonly state: State
  /** ms since 1970, or null before the first answer */
  readonly lastReview: number | null
  readonly right: number
  readonly wrong: number
}

export function toStored(p: CardProgress): StoredCard {
  const c = p.fsrs
  return {
    v: STORED_VERSION,
    id: p.card,
    due: c.due.getTime(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    lastReview: c.last_review ? c.last_review.getTime() : null,
    right: p.right,
    wrong: p.wrong,
  }
}

const COUNTS = ['elapsedDays', 'scheduledDays', 'learningSteps', 'reps', 'lapses', 'right', 'wrong'] as const

/** The progress a stored record holds, or a sentence saying what is wrong with it. */
export function fromStored(raw: unknown): CardProgress | string {
  if (!raw || typeof raw !== 'object') return 'not a record'
  const r = raw as Record<string, unknown>
  const id = typeof r.id === 'string' ? r.id : '(no id)'
  const bad = (what: string) => `${id}: ${what}`
  if (r.v !== STORED_VERSION) return bad(`unknown version ${JSON.stringify(r.v)}`)
  if (!isCardId(id)) return bad('not a card id')
  const finite = (k: string) => typeof r[k] === 'number' && Number.isFinite(r[k])
  for (const k of ['due', 'stability', 'difficulty']) if (!finite(k)) return bad(`${k} is not a number`)
  for (const k of COUNTS) if (!finite(k) || (r[k] as number) < 0 || !Number.isInteger(r[k])) return bad(`${k} is not a count`)
  if (![State.New, State.Learning, State.Review, State.Relearning].includes(r.state as State)) return bad('unknown state')
  if (r.lastReview !== null && !finite('lastReview')) return bad('lastReview is not a time')
  const n = (k: string) => r[k] as number
  const card: Card = {
    due: new Date(n('due')),
    stability: n('stability'),
    difficulty: n('difficulty'),
    elapsed_days: n('elapsedDays'),
    scheduled_days: n('scheduledDays'),
    learning_steps: n('learningSteps'),
    reps: n('reps'),
    lapses: n('lapses'),
    state: r.state as State,
    ...(r.lastReview !== null ? { last_review: new Date(n('lastReview')) } : {}),
  }
  return { card: id, fsrs: card, right: n('right'), wrong: n('wrong') }
}
