import { describe, expect, it } from 'vitest'
import { State } from 'ts-fsrs'
import { allCards, type CardId } from '../../src/domain/study/cards'
import { progressByRegion, weakestMuscles } from '../../src/domain/study/progress'
import { isDue, nextCard, recall, review, type CardProgress } from '../../src/domain/study/schedule'
import { fromStored, toStored } from '../../src/domain/study/stored'
import { tapOutcome } from '../../src/domain/study/tap'

const T0 = new Date('2026-03-02T09:00:00Z')
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000)
const days = (n: number) => new Date(T0.getTime() + n * 86_400_000)
const CARD: CardId = 'muscle:infraspinatus'

/** Answers a card over and over, each time when it falls due. */
function answerWhenDue(outcomes: readonly ('right' | 'close' | 'wrong')[]): CardProgress {
  let p: CardProgress | undefined
  let now = T0
  for (const o of outcomes) {
    p = review(CARD, p, o, now)
    now = p.fsrs.due
  }
  return p!
}

describe('the schedule', () => {
  it('asks a new card answered wrong again within minutes, and one answered right later', () => {
    const wrong = review(CARD, undefined, 'wrong', T0)
    const right = review(CARD, undefined, 'right', T0)
    expect(wrong.fsrs.due.getTime() - T0.getTime()).toBeLessThanOrEqual(10 * 60_000)
    expect(right.fsrs.due.getTime()).toBeGreaterThan(wrong.fsrs.due.getTime())
    expect([wrong.right, wrong.wrong, right.right, right.wrong]).toEqual([0, 1, 1, 0])
  })

  it('spaces a card out further each time it is answered right, and brings it back soon after a lapse', () => {
    const p = answerWhenDue(['right', 'right', 'right', 'right', 'right'])
    const gaps: number[] = []
    let q: CardProgress | undefined
    let now = T0
    for (let i = 0; i < 5; i++) {
      q = review(CARD, q, 'right', now)
      gaps.push(q.fsrs.due.getTime() - now.getTime())
      now = q.fsrs.due
    }
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]).toBeGreaterThan(gaps[i - 1]!)
    expect(p.fsrs.state).toBe(State.Review)
    expect(p.fsrs.due.getTime() - T0.getTime()).toBeGreaterThan(7 * 86_400_000)
    const lapsed = review(CARD, p, 'wrong', p.fsrs.due)
    expect(lapsed.fsrs.lapses).toBe(1)
    expect(lapsed.fsrs.due.getTime() - p.fsrs.due.getTime()).toBeLessThan(86_400_000)
  })

  it('gives close taps a shorter interval than right ones', () => {
    const seen = answerWhenDue(['right', 'right', 'right'])
    const close = review(CARD, seen, 'close', seen.fsrs.due)
    const right = review(CARD, seen, 'right', seen.fsrs.due)
    expect(close.fsrs.due.getTime()).toBeLessThan(right.fsrs.due.getTime())
  })

  it('forgets with time: recall falls between reviews', () => {
    const p = answerWhenDue(['right', 'right', 'right'])
    expect(recall(p, p.fsrs.last_review!)).toBeCloseTo(1, 2)
    expect(recall(p, days(60))).toBeLessThan(recall(p, days(10)))
    expect(recall(undefined, T0)).toBe(0)
  })

  it('asks due cards first, then new ones, then practises ahead, never the card just asked while others remain', () => {
    const cards: CardId[] = ['muscle:infraspinatus', 'muscle:supraspinatus', 'muscle:teres-minor']
    const progress = new Map<CardId, CardProgress>()
    expect(cards).toContain(nextCard(progress, cards, T0, 1))
    progress.set('muscle:infraspinatus', review('muscle:infraspinatus', undefined, 'wrong', T0))
    progress.set('muscle:supraspinatus', review('muscle:supraspinatus', undefined, 'right', T0))
    // Not yet due: a new card comes first.
    expect(nextCard(progress, cards, minutes(0.5), 1)).toBe('muscle:teres-minor')
    progress.set('muscle:teres-minor', review('muscle:teres-minor', undefined, 'right', T0))
    // The one answered wrong falls due first.
    expect(nextCard(progress, cards, minutes(30), 1)).toBe('muscle:infraspinatus')
    expect(nextCard(progress, cards, minutes(30), 1, 'muscle:infraspinatus')).not.toBe('muscle:infraspinatus')
    expect(isDue(progress.get('muscle:infraspinatus')!, minutes(30))).toBe(true)
  })
})

describe('progress', () => {
  it('counts cards by region and lists the muscles recalled least well first', () => {
    const progress = new Map<CardId, CardProgress>()
    progress.set('muscle:infraspinatus', answerWhenDue(['right', 'right', 'right']))
    progress.set('muscle:soleus', review('muscle:soleus', undefined, 'wrong', T0))
    progress.set('tp:soleus-1', review('tp:soleus-1', undefined, 'wrong', T0))
    const regions = progressByRegion(progress, days(1))
    expect(regions.reduce((s, r) => s + r.cards, 0)).toBe(allCards().length)
    expect(regions.find((r) => r.region === 'shoulder')!.seen).toBe(1)
    expect(regions.find((r) => r.region === 'leg')!.seen).toBe(2)
    expect(regions.find((r) => r.region === 'leg')!.due).toBe(2)
    const weak = weakestMuscles(progress, days(1))
    expect(weak.map((w) => w.muscle.id)).toEqual(['soleus', 'infraspinatus'])
    expect([weak[0]!.wrong, weak[0]!.answered, weak[1]!.right, weak[1]!.answered]).toEqual([2, 2, 3, 3])
  })
})

describe('stored progress', () => {
  it('reads back what it wrote', () => {
    const p = answerWhenDue(['right', 'wrong', 'right'])
    const back = fromStored(JSON.parse(JSON.stringify(toStored(p))))
    expect(back).toEqual(p)
  })

  it('names what is wrong with a damaged record instead of guessing', () => {
    const good = toStored(answerWhenDue(['right']))
    expect(fromStored(null)).toBe('not a record')
    expect(fromStored({ ...good, v: 7 })).toMatch(/muscle:infraspinatus: unknown version 7/)
    expect(fromStored({ ...good, due: 'soon' })).toMatch(/due is not a number/)
    expect(fromStored({ ...good, reps: -1 })).toMatch(/reps is not a count/)
    expect(fromStored({ ...good, state: 9 })).toMatch(/unknown state/)
    expect(fromStored({ ...good, id: 'bone:femur' })).toMatch(/not a card id/)
  })
})

describe('a tap on the body', () => {
  it('is right within 3 cm of the trigger point, close within 6 cm, wrong further away', () => {
    expect([0, 0.03, 0.031, 0.06, 0.061, 0.3].map(tapOutcome)).toEqual(['right', 'right', 'close', 'close', 'wrong', 'wrong'])
  })
})
