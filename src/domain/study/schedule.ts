/**
 * Spaced repetition with FSRS (ts-fsrs): an answer rates the card (right → Good, close → Hard, wrong → Again) and
 * FSRS says when to ask it again. Which card comes next: the most overdue one, else a new one, else the one due first.
 */
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs'
import type { CardId } from './cards'
import { seeded, shuffled } from './random'

export type Outcome = 'right' | 'close' | 'wrong'

export const RATING: Record<Outcome, Grade> = { right: Rating.Good, close: Rating.Hard, wrong: Rating.Again }

/** A card's schedule and how often it was answered right and wrong (close counts as neither). */
export interface CardProgress {
  readonly card: CardId
  readonly fsrs: Card
  readonly right: number
  readonly wrong: number
}

export type Progress = ReadonlyMap<CardId, CardProgress>

// No fuzz: the same answers at the same times give the same schedule, which the tests rely on.
const scheduler = fsrs({ enable_fuzz: false })

/** The card's progress after one answer at `now`. */
export function review(card: CardId, before: CardProgress | undefined, outcome: Outcome, now: Date): CardProgress {
  const { card: next } = scheduler.next(before?.fsrs ?? createEmptyCard(now), now, RATING[outcome])
  return {
    card,
    fsrs: next,
    right: (before?.right ?? 0) + (outcome === 'right' ? 1 : 0),
    wrong: (before?.wrong ?? 0) + (outcome === 'wrong' ? 1 : 0),
  }
}

/** The chance, by FSRS's forgetting curve, of recalling the card at `now` (0–1); 0 for a card never answered. */
export function recall(p: CardProgress | undefined, now: Date): number {
  if (!p || p.fsrs.state === State.New) return 0
  return scheduler.get_retrievability(p.fsrs, now, false)
}

export const isDue = (p: CardProgress, now: Date) => p.fsrs.due.getTime() <= now.getTime()

/** Learnt: in review (past the learning steps) and likely recalled now. */
export const isLearnt = (p: CardProgress, now: Date) => p.fsrs.state === State.Review && recall(p, now) >= 0.9

/**
 * The card to ask next among `cards`: the most overdue, else a new one (drawn with the seed), else the one due
 * soonest, to practise ahead. `avoid` (the card just asked) comes only when nothing else is left.
 */
export function nextCard(progress: Progress, cards: readonly CardId[], now: Date, seed: number, avoid?: CardId): CardId | undefined {
  const others = cards.filter((c) => c !== avoid)
  const pool = others.length ? others : cards
  const seen = pool.map((c) => progress.get(c)).filter((p): p is CardProgress => !!p)
  const due = seen.filter((p) => isDue(p, now)).sort((a, b) => a.fsrs.due.getTime() - b.fsrs.due.getTime())
  if (due[0]) return due[0].card
  const fresh = pool.filter((c) => !progress.has(c))
  if (fresh.length) return shuffled(fresh, seeded(seed))[0]
  return [...seen].sort((a, b) => a.fsrs.due.getTime() - b.fsrs.due.getTime())[0]?.card
}
