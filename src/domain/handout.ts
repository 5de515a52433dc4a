/** What a client's handout covers, from the choices on screen: the trigger points discussed and the marks. */
import type { Side, TriggerPoint } from '../../data/schema'
import { areaById, areaNames, DATASET, muscleById, redFlagsOf, triggerPointById, triggerPointsOf, type Dataset } from './dataset'
import { painSteps, type PresentationInput } from './presentation'

/** At most this many muscles on a handout: it must stay one or two pages. */
export const HANDOUT_MUSCLES = 3

export interface HandoutEntry {
  readonly muscle: string
  readonly muscleName: string
  readonly side: Side
  readonly triggerPoint: TriggerPoint
  /** Where its pain is felt, in everyday words. */
  readonly refersTo: readonly string[]
  readonly sometimes: readonly string[]
  /** When to see a doctor before treating it: the red flags of its conditions, without repeats. */
  readonly redFlags: readonly string[]
}

function entry(tp: TriggerPoint, side: Side, data: Dataset): HandoutEntry {
  const refersTo = areaNames(tp.referral.essential.flatMap((z) => z.areas), data)
  return {
    muscle: tp.muscle,
    muscleName: muscleById(tp.muscle, data)?.name ?? tp.muscle,
    side,
    triggerPoint: tp,
    refersTo,
    sometimes: areaNames(tp.referral.spillover.flatMap((z) => z.areas), data).filter((a) => !refersTo.includes(a)),
    redFlags: [...new Set(redFlagsOf(tp, data).flatMap((g) => g.flags))],
  }
}

/**
 * The trigger points a handout explains: the one on screen first; then, with a pain drawing, the best of the other
 * muscles that may explain it, or else the selected muscle's other trigger points. One per muscle with a drawing.
 */
export function handoutEntries(s: PresentationInput, data: Dataset = DATASET): HandoutEntry[] {
  const out: HandoutEntry[] = []
  const add = (id: string, side: Side) => {
    const tp = triggerPointById(id, data)
    if (tp && !out.some((e) => e.triggerPoint.id === id)) out.push(entry(tp, side, data))
  }
  if (s.triggerPoint) add(s.triggerPoint.id, s.triggerPoint.side)
  if (s.mode === 'pain' && s.painMarks.length) {
    for (const step of painSteps(s.painMarks, data)) {
      if (out.length >= HANDOUT_MUSCLES) break
      if (!out.some((e) => e.muscle === step.muscle)) add(step.triggerPoint, step.side)
    }
  } else if (s.selected) {
    for (const tp of triggerPointsOf(s.selected.id, data)) if (out.length < HANDOUT_MUSCLES) add(tp.id, s.selected.side)
  }
  return out
}

/** A mark as the client reads it: "Left temple, 7 out of 10". */
export function markLabel(m: PresentationInput['painMarks'][number], data: Dataset = DATASET): string {
  const name = areaById(m.area, data)?.name.toLowerCase() ?? m.area
  const place = m.side ? `${m.side === 'left' ? 'Left' : 'Right'} ${name}` : name.charAt(0).toUpperCase() + name.slice(1)
  return `${place}, ${m.intensity} out of 10`
}
