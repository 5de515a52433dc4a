/**
 * What presentation mode says and steps through, from the choices on screen: plain words for a client, and the
 * trigger points of the muscle (or the muscles that may explain a pain drawing) to show one after another.
 */
import type { Side } from '../../data/schema'
import { areaNames, DATASET, muscleById, triggerPointById, triggerPointsOf, type Dataset } from './dataset'
import { groupByMuscle, rankTriggerPoints } from './ranking'

export interface PresentationInput {
  readonly mode: string
  readonly selected: { readonly id: string; readonly side: Side } | null
  readonly triggerPoint: { readonly id: string; readonly side: Side } | null
  readonly painMarks: readonly { readonly area: string; readonly side?: Side; readonly intensity: number }[]
}

export interface PresentationStep {
  readonly triggerPoint: string
  readonly muscle: string
  readonly side: Side
}

export interface PresentationSteps {
  readonly items: readonly PresentationStep[]
  /** The step on screen now, or -1. */
  readonly index: number
  /** What a step shows, for the buttons: 'trigger point' or 'muscle'. */
  readonly noun: string
}

/** The muscles that may explain the marks, each with its best trigger point, best first (as the pain finder lists them). */
export function painSteps(marks: PresentationInput['painMarks'], data: Dataset = DATASET): PresentationStep[] {
  const groups = groupByMuscle(rankTriggerPoints(marks, data))
  const markSide = marks.find((m) => m.side)?.side ?? 'left'
  return groups.map((g) => {
    const best = g.candidates[0]!
    return { triggerPoint: best.triggerPoint, muscle: best.muscle, side: best.side ?? markSide }
  })
}

/**
 * With a pain drawing: the muscles that may explain it. Otherwise the trigger points of the selected muscle.
 */
export function presentationSteps(s: PresentationInput, data: Dataset = DATASET): PresentationSteps {
  if (s.mode === 'pain' && s.painMarks.length) {
    const items = painSteps(s.painMarks, data)
    return { items, index: items.findIndex((i) => i.muscle === s.selected?.id && i.triggerPoint === s.triggerPoint?.id), noun: 'muscle' }
  }
  if (!s.selected) return { items: [], index: -1, noun: 'trigger point' }
  const side = s.selected.side
  const items = triggerPointsOf(s.selected.id, data).map((tp) => ({ triggerPoint: tp.id, muscle: tp.muscle, side }))
  return { items, index: items.findIndex((i) => i.triggerPoint === s.triggerPoint?.id), noun: 'trigger point' }
}

export interface Caption {
  readonly title?: string
  readonly text: string
}

const list = (xs: readonly string[]) => (xs.length > 1 ? `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}` : (xs[0] ?? ''))

/** A short caption in plain words for what is on screen. */
export function presentationCaption(s: PresentationInput, data: Dataset = DATASET): Caption {
  const tp = s.triggerPoint && triggerPointById(s.triggerPoint.id, data)
  const muscle = s.selected && muscleById(s.selected.id, data)
  const marked = areaNames(s.painMarks.map((m) => m.area), data)
  if (tp) {
    const essential = areaNames(tp.referral.essential.flatMap((z) => z.areas), data)
    const spill = areaNames(tp.referral.spillover.flatMap((z) => z.areas), data).filter((a) => !essential.includes(a))
    const side = s.triggerPoint!.side === 'left' ? 'left' : 'right'
    return {
      title: `${muscleById(tp.muscle, data)?.name ?? tp.muscle}, ${side} side`,
      text: `Pain from this point is felt here: ${essential.join(', ')}.${spill.length ? ` Sometimes also: ${spill.join(', ')}.` : ''}`,
    }
  }
  if (muscle) {
    const n = triggerPointsOf(muscle.id, data).length
    return {
      title: muscle.name,
      text: n ? `This muscle has ${n === 1 ? 'one trigger point' : `${n} trigger points`}. Show one to see where its pain is felt.` : 'This atlas shows no trigger point in this muscle.',
    }
  }
  if (s.mode === 'pain' && marked.length) {
    return { title: 'Where it hurts', text: `You marked: ${list(marked)}. Show a muscle to see which ones may send pain there.` }
  }
  return { text: 'Choose a muscle, or mark where it hurts, and it is explained here.' }
}
