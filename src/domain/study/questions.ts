/**
 * Questions drawn from the dataset, none written by hand. Pure and deterministic: the same card and seed give the
 * same question. Wrong options are plausible (near the answer on the body, in the same layer, of a similar shape) and
 * never right too: a muscle that also refers to the place shown, a nerve that is the answer's branch or trunk, an
 * attachment shared with the answer (the deltoid's parts, the triceps' heads) are left out.
 */
import type { MuscleFacts, Side, TriggerPoint } from '../../../data/schema'
import { areaNames, DATASET, triggerPointsOf, type Dataset } from '../dataset'
import { subjectOf, type CardId } from './cards'
import { affinity, attachmentsOverlap, distractors, referralAreas } from './distractors'
import { nerveOf, nervesOverlap, type Nerve } from './nerves'
import { pick, seeded, shuffled, type Random } from './random'

export type QuestionKind = 'name-muscle' | 'referral-muscle' | 'locate-trigger-point' | 'nerve' | 'attachment'

export const MUSCLE_KINDS: readonly QuestionKind[] = ['name-muscle', 'nerve', 'attachment']
export const TRIGGER_POINT_KINDS: readonly QuestionKind[] = ['referral-muscle', 'locate-trigger-point']

export interface Option {
  readonly id: string
  readonly label: string
}

export interface ChoiceAnswer {
  readonly kind: 'choice'
  readonly options: readonly Option[]
  /** Index of the one right option. */
  readonly correct: number
}

/** Answered by a tap on the body, scored by its distance from the nearest of these trigger points. */
export interface TapAnswer {
  readonly kind: 'tap'
  readonly muscle: string
  readonly triggerPoints: readonly string[]
}

export interface Question {
  readonly kind: QuestionKind
  readonly card: CardId
  readonly prompt: string
  readonly side: Side
  /** What the body shows while the question is asked: a highlighted muscle, or a trigger point's referral alone. */
  readonly show: { readonly muscle?: string; readonly referral?: string }
  /** What the body shows once answered: the muscle highlighted, and the trigger point with its pattern. */
  readonly reveal: { readonly muscle: string; readonly triggerPoint?: string }
  readonly answer: ChoiceAnswer | TapAnswer
  /** The right answer in words, for the feedback. */
  readonly solution: string
}

/** Options at most: the answer and three wrong ones. */
const OPTIONS = 4

/** "a, b and c" */
function list(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}

function choice(right: Option, wrong: readonly Option[], random: Random): ChoiceAnswer {
  const options = shuffled([right, ...wrong], random)
  return { kind: 'choice', options, correct: options.findIndex((o) => o.id === right.id) }
}

const muscleOption = (m: MuscleFacts): Option => ({ id: m.id, label: m.name })

function nameMuscle(card: CardId, m: MuscleFacts, side: Side, random: Random, data: Dataset): Question {
  // Parts of one muscle are fair wrong options here: the highlight shows one part.
  const wrong = distractors(data.muscles.filter((o) => o.id !== m.id), (o) => affinity(m, o, data), () => false, OPTIONS - 1, random)
  return {
    kind: 'name-muscle',
    card,
    prompt: `Name the highlighted muscle (${side} side).`,
    side,
    show: { muscle: m.id },
    reveal: { muscle: m.id },
    answer: choice(muscleOption(m), wrong.map(muscleOption), random),
    solution: m.name,
  }
}

function nerve(card: CardId, m: MuscleFacts, side: Side, random: Random, data: Dataset): Question {
  const own = m.innervation.map((i) => nerveOf(i.nerve)).filter((n): n is Nerve => !!n)
  const right = own[0]
  if (!right) throw new Error(`${m.id}: no known nerve in its innervation`)
  // Each other nerve, with the muscles it supplies (for how near it is to this muscle).
  const supplies = new Map<string, { nerve: Nerve; muscles: MuscleFacts[] }>()
  for (const o of data.muscles)
    for (const i of o.innervation) {
      const n = nerveOf(i.nerve)
      if (!n) continue
      const entry = supplies.get(n.key) ?? { nerve: n, muscles: [] }
      entry.muscles.push(o)
      supplies.set(n.key, entry)
    }
  const candidates = [...supplies.values()].filter((c) => !own.some((n) => nervesOverlap(n, c.nerve)))
  const wrong = distractors(
    candidates,
    (c) => Math.max(...c.muscles.map((o) => affinity(m, o, data))),
    (a, b) => nervesOverlap(a.nerve, b.nerve),
    OPTIONS - 1,
    random,
  )
  const roots = m.innervation.map((i) => i.roots).join('; ')
  return {
    kind: 'nerve',
    card,
    prompt: `Which nerve supplies ${m.name} (highlighted)?`,
    side,
    show: { muscle: m.id },
    reveal: { muscle: m.id },
    answer: choice({ id: right.key, label: right.label }, wrong.map((c) => ({ id: c.nerve.key, label: c.nerve.label })), random),
    solution: `${list(own.map((n) => n.label))} (${roots}).`,
  }
}

function attachment(card: CardId, m: MuscleFacts, side: Side, random: Random, data: Dataset): Question {
  const which = random() < 0.5 ? 'origin' : 'insertion'
  const candidates = data.muscles.filter((o) => o.id !== m.id && !attachmentsOverlap(m, o, which))
  const wrong = distractors(candidates, (o) => affinity(m, o, data), (a, b) => attachmentsOverlap(a, b, which), OPTIONS - 1, random)
  return {
    kind: 'attachment',
    card,
    prompt: `Which is the ${which} of ${m.name} (highlighted)?`,
    side,
    show: { muscle: m.id },
    reveal: { muscle: m.id },
    answer: choice({ id: m.id, label: m[which] }, wrong.map((o) => ({ id: o.id, label: o[which] })), random),
    solution: `${which === 'origin' ? 'Origin' : 'Insertion'}: ${m[which]}`,
  }
}

function referralMuscle(card: CardId, m: MuscleFacts, tp: TriggerPoint, side: Side, random: Random, data: Dataset): Question {
  const shown = referralAreas(tp, 'essential')
  // A muscle with any trigger point that refers to a place shown would be right too.
  const candidates = data.muscles.filter((o) => o.id !== m.id && !triggerPointsOf(o.id, data).some((t) => referralAreas(t).some((a) => shown.includes(a))))
  const wrong = distractors(candidates, (o) => affinity(m, o, data, tp), () => false, OPTIONS - 1, random)
  return {
    kind: 'referral-muscle',
    card,
    prompt: `The red area shows where a trigger point sends its pain (${side} side). Which muscle is it in?`,
    side,
    show: { referral: tp.id },
    reveal: { muscle: m.id, triggerPoint: tp.id },
    answer: choice(muscleOption(m), wrong.map(muscleOption), random),
    solution: `${m.name}, ${tp.label}: pain to the ${list(areaNames(shown, data))}.`,
  }
}

function locateTriggerPoint(card: CardId, m: MuscleFacts, tp: TriggerPoint, side: Side, data: Dataset): Question {
  const areas = referralAreas(tp, 'essential')
  const same = (t: TriggerPoint) => {
    const a = referralAreas(t, 'essential')
    return a.length === areas.length && a.every((x) => areas.includes(x))
  }
  // Trigger points of the muscle that refer to the same places answer the same description: any of them is right.
  const accepted = triggerPointsOf(m.id, data).filter(same).map((t) => t.id)
  return {
    kind: 'locate-trigger-point',
    card,
    prompt: `Tap on ${m.name} (highlighted, ${side} side) where the trigger point lies that sends pain to the ${list(areaNames(areas, data))}.`,
    side,
    show: { muscle: m.id },
    reveal: { muscle: m.id, triggerPoint: tp.id },
    answer: { kind: 'tap', muscle: m.id, triggerPoints: accepted },
    solution: `${m.name}, ${tp.label}: ${tp.palpation}`,
  }
}

/** The kinds of question a card can be asked as. */
export function kindsOf(card: CardId): readonly QuestionKind[] {
  return card.startsWith('tp:') ? TRIGGER_POINT_KINDS : MUSCLE_KINDS
}

/**
 * A question of the given kind about a card, drawn with the seed (side, wrong options, their order). Throws when the
 * card is not in the dataset or the kind does not fit it; the unit tests ask every kind of every card of the real data.
 */
export function questionOfKind(card: CardId, kind: QuestionKind, seed: number, data: Dataset = DATASET): Question {
  const subject = subjectOf(card, data)
  if (!subject) throw new Error(`${card}: not in the dataset`)
  if (!kindsOf(card).includes(kind)) throw new Error(`${card}: cannot be asked as ${kind}`)
  const random = seeded(seed)
  const side: Side = random() < 0.5 ? 'left' : 'right'
  const { muscle: m, triggerPoint: tp } = subject
  switch (kind) {
    case 'name-muscle':
      return nameMuscle(card, m, side, random, data)
    case 'nerve':
      return nerve(card, m, side, random, data)
    case 'attachment':
      return attachment(card, m, side, random, data)
    case 'referral-muscle':
      return referralMuscle(card, m, tp!, side, random, data)
    case 'locate-trigger-point':
      return locateTriggerPoint(card, m, tp!, side, data)
  }
}

/** A question about a card, its kind drawn with the seed too. */
export function questionFor(card: CardId, seed: number, data: Dataset = DATASET): Question {
  return questionOfKind(card, pick(kindsOf(card), seeded(seed ^ 0x9e3779b9)), seed, data)
}
