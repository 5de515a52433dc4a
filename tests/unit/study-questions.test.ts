import { describe, expect, it } from 'vitest'
import { DATASET, muscleById, triggerPointById, triggerPointsOf } from '../../src/domain/dataset'
import { allCards, subjectOf, type CardId } from '../../src/domain/study/cards'
import { affinity, attachmentsOverlap, nearness, referralAreas } from '../../src/domain/study/distractors'
import { nerveOf, nervesOverlap } from '../../src/domain/study/nerves'
import { kindsOf, questionFor, questionOfKind, type ChoiceAnswer, type Question } from '../../src/domain/study/questions'

/** Seeds per card and kind: enough to meet most wrong options each card can have, quick enough to run every time. */
const SEEDS = [0, 1, 2, 3, 4, 5, 6, 7]

const every: Question[] = allCards().flatMap((card) => kindsOf(card).flatMap((kind) => SEEDS.map((seed) => questionOfKind(card, kind, seed))))
const choices = every.filter((q): q is Question & { answer: ChoiceAnswer } => q.answer.kind === 'choice')

function describeQuestion(q: Question): string {
  return `${q.card} ${q.kind}`
}

describe('questions drawn from the real dataset', () => {
  it('cover every muscle and trigger point with each kind of question that fits it', () => {
    expect(allCards()).toHaveLength(DATASET.muscles.length + DATASET.triggerPoints.length)
    const kinds = new Set(every.map((q) => q.kind))
    expect([...kinds].sort()).toEqual(['attachment', 'locate-trigger-point', 'name-muscle', 'nerve', 'referral-muscle'])
  })

  it('are the same question for the same seed, and vary with it', () => {
    const card: CardId = 'muscle:infraspinatus'
    expect(questionFor(card, 42)).toEqual(questionFor(card, 42))
    const orders = new Set(SEEDS.map((s) => JSON.stringify(questionOfKind(card, 'name-muscle', s).answer)))
    expect(orders.size).toBeGreaterThan(3)
  })

  it('give four options, all different, exactly one of them right', () => {
    for (const q of choices) {
      const { options, correct } = q.answer
      expect(options, describeQuestion(q)).toHaveLength(4)
      expect(new Set(options.map((o) => o.id)).size, describeQuestion(q)).toBe(4)
      expect(new Set(options.map((o) => o.label.toLowerCase())).size, describeQuestion(q)).toBe(4)
      expect(correct, describeQuestion(q)).toBeGreaterThanOrEqual(0)
      const subject = subjectOf(q.card)!
      // The one marked right is right by the data, and no other option is.
      const right = options.filter((o) => isRight(q, o.id, o.label))
      expect(right.map((o) => o.id), describeQuestion(q)).toEqual([options[correct]!.id])
      expect(subject).toBeDefined()
    }
  })

  it('name the right muscle, and show the body what is asked about', () => {
    for (const q of every) {
      const { muscle, triggerPoint } = subjectOf(q.card)!
      expect(q.reveal.muscle, describeQuestion(q)).toBe(muscle.id)
      if (q.kind === 'referral-muscle') {
        // The pattern alone: the muscle is not highlighted before the answer.
        expect(q.show).toEqual({ referral: triggerPoint!.id })
        expect(q.reveal.triggerPoint).toBe(triggerPoint!.id)
      } else expect(q.show, describeQuestion(q)).toEqual({ muscle: muscle.id })
      expect(q.prompt.length).toBeGreaterThan(10)
      expect(q.solution.length).toBeGreaterThan(3)
    }
  })

  it('ask a tap for a trigger point on its own muscle, accepting only that muscle’s points with the same pattern', () => {
    const taps = every.filter((q) => q.answer.kind === 'tap')
    expect(taps.length).toBe(DATASET.triggerPoints.length * SEEDS.length)
    for (const q of taps) {
      if (q.answer.kind !== 'tap') continue
      const tp = subjectOf(q.card)!.triggerPoint!
      expect(q.answer.muscle).toBe(tp.muscle)
      expect(q.answer.triggerPoints).toContain(tp.id)
      const essential = referralAreas(tp, 'essential').sort()
      for (const id of q.answer.triggerPoints) {
        const other = triggerPointById(id)!
        expect(other.muscle).toBe(tp.muscle)
        expect(referralAreas(other, 'essential').sort()).toEqual(essential)
      }
      // The prompt names the places the pain goes, so the point asked for is the one described.
      expect(q.prompt).toContain(muscleById(tp.muscle)!.name)
    }
  })

  it('offer wrong options that are plausible: near on the body, or referring near the place shown', () => {
    for (const q of choices) {
      const { muscle, triggerPoint } = subjectOf(q.card)!
      for (const [i, o] of q.answer.options.entries()) {
        if (i === q.answer.correct) continue
        if (q.kind === 'nerve') {
          const supplied = DATASET.muscles.filter((m) => m.innervation.some((n) => nerveOf(n.nerve)?.key === o.id))
          expect(supplied.some((m) => nearness(m.region, muscle.region) > 0), `${describeQuestion(q)}: ${o.label}`).toBe(true)
        } else {
          expect(affinity(muscle, muscleById(o.id)!, DATASET, q.kind === 'referral-muscle' ? triggerPoint : undefined), `${describeQuestion(q)}: ${o.id}`).toBeGreaterThan(0)
        }
      }
    }
  })
})

/** Whether an option is right by the data itself, independently of how the generator chose. */
function isRight(q: Question, id: string, label: string): boolean {
  const { muscle, triggerPoint } = subjectOf(q.card)!
  switch (q.kind) {
    case 'name-muscle':
      return id === muscle.id
    case 'referral-muscle': {
      // Right when any of the option's trigger points refers to a place the shown pattern covers.
      const shown = referralAreas(triggerPoint!, 'essential')
      return triggerPointsOf(id).some((t) => referralAreas(t).some((a) => shown.includes(a)))
    }
    case 'nerve': {
      const option = DATASET.muscles.flatMap((m) => m.innervation.map((n) => nerveOf(n.nerve)!)).find((n) => n.key === id)!
      return muscle.innervation.some((n) => nervesOverlap(nerveOf(n.nerve)!, option))
    }
    case 'attachment': {
      const which = q.prompt.includes('origin') ? 'origin' : 'insertion'
      const owner = DATASET.muscles.find((m) => m[which] === label)!
      return owner.id === muscle.id || attachmentsOverlap(owner, muscle, which)
    }
    default:
      return false
  }
}

describe('nerves', () => {
  it('knows every nerve the dataset names', () => {
    for (const m of DATASET.muscles) for (const n of m.innervation) expect(nerveOf(n.nerve), `${m.id}: ${n.nerve}`).toBeDefined()
  })

  it('treats a nerve and its branch as the same answer, and sibling branches as different ones', () => {
    const n = (s: string) => nerveOf(s)!
    expect(nervesOverlap(n('Radial nerve'), n('Posterior interosseous nerve (deep branch of the radial nerve)'))).toBe(true)
    expect(nervesOverlap(n('Tibial nerve'), n('Tibial part of the sciatic nerve (long head)'))).toBe(true)
    expect(nervesOverlap(n('Deep fibular (peroneal) nerve'), n('Common fibular (peroneal) part of the sciatic nerve (short head)'))).toBe(true)
    expect(nervesOverlap(n('Deep fibular (peroneal) nerve'), n('Superficial fibular (peroneal) nerve'))).toBe(false)
    expect(nervesOverlap(n('Upper subscapular nerve'), n('Lower subscapular nerve'))).toBe(false)
  })

  it('never offers a second nerve of a muscle with two, nor a nerve that also supplies it', () => {
    for (const q of choices.filter((c) => c.kind === 'nerve' && c.card === 'muscle:pectoralis-major')) {
      const labels = q.answer.options.map((o) => o.label)
      expect(labels.filter((l) => /pectoral/.test(l))).toHaveLength(1)
    }
    // Triceps heads share the radial nerve: none of their nerve questions offers a radial branch as wrong.
    for (const q of choices.filter((c) => c.kind === 'nerve' && c.card.startsWith('muscle:triceps'))) {
      expect(q.answer.options.filter((o) => /radial/i.test(o.label)).map((o) => o.id)).toEqual(['radial'])
    }
  })
})

describe('attachments', () => {
  it('never offers the shared insertion of a muscle’s parts or a shared origin as a wrong option', () => {
    const shared = (q: Question & { answer: ChoiceAnswer }, ids: string[]) => q.answer.options.filter((o) => ids.includes(o.id)).length
    for (const q of choices.filter((c) => c.kind === 'attachment')) {
      expect(shared(q, ['deltoid-anterior', 'deltoid-middle', 'deltoid-posterior']), describeQuestion(q)).toBeLessThanOrEqual(1)
      expect(shared(q, ['triceps-long-head', 'triceps-lateral-head', 'triceps-medial-head']), describeQuestion(q)).toBeLessThanOrEqual(1)
      if (q.prompt.includes('origin')) expect(shared(q, ['extensor-carpi-radialis-brevis', 'extensor-digitorum', 'supinator']), describeQuestion(q)).toBeLessThanOrEqual(1)
      else expect(shared(q, ['gastrocnemius-medial', 'gastrocnemius-lateral', 'soleus']), describeQuestion(q)).toBeLessThanOrEqual(1)
    }
  })
})

describe('referred pain', () => {
  it('never offers a muscle that also refers to a place the pattern shows', () => {
    // The temple: temporalis, upper trapezius, sternocleidomastoid and others all refer there; one of them at most.
    for (const q of choices.filter((c) => c.card === 'tp:temporalis-1' && c.kind === 'referral-muscle')) {
      const toTemple = q.answer.options.filter((o) => triggerPointsOf(o.id).some((t) => referralAreas(t).includes('temple')))
      expect(toTemple.map((o) => o.id)).toEqual(['temporalis'])
    }
  })
})
