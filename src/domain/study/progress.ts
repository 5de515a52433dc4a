/** Progress as a student reads it: by region of the body, and the muscles recalled least well. */
import type { MuscleFacts, Region } from '../../../data/schema'
import { DATASET, type Dataset } from '../dataset'
import { REGION_ORDER } from '../regions'
import { allCards, muscleCard, regionOfCard, triggerPointCard, type CardId } from './cards'
import { isDue, isLearnt, recall, type Progress } from './schedule'

export interface RegionProgress {
  readonly region: Region
  readonly label: string
  /** Cards of the region's muscles and their trigger points. */
  readonly cards: number
  readonly seen: number
  readonly learnt: number
  readonly due: number
}

export function progressByRegion(progress: Progress, now: Date, data: Dataset = DATASET): RegionProgress[] {
  const cards = allCards(data)
  return REGION_ORDER.map(({ region, label }) => {
    const mine = cards.filter((c) => regionOfCard(c, data) === region)
    const seen = mine.map((c) => progress.get(c)).filter((p) => !!p)
    return {
      region,
      label,
      cards: mine.length,
      seen: seen.length,
      learnt: seen.filter((p) => isLearnt(p, now)).length,
      due: seen.filter((p) => isDue(p, now)).length,
    }
  }).filter((r) => r.cards > 0)
}

export interface WeakMuscle {
  readonly muscle: MuscleFacts
  /** Mean chance of recall over the muscle's cards answered so far (0–1). */
  readonly recall: number
  /** Answers given (close taps count here, not as right or wrong). */
  readonly answered: number
  readonly right: number
  readonly wrong: number
}

/** Cards about a muscle: its own and its trigger points'. */
export function cardsOfMuscle(id: string, data: Dataset = DATASET): CardId[] {
  return [muscleCard(id), ...data.triggerPoints.filter((t) => t.muscle === id).map((t) => triggerPointCard(t.id))]
}

/** Muscles answered at least once, least well recalled first (then most often wrong); at most `n`. */
export function weakestMuscles(progress: Progress, now: Date, n = 5, data: Dataset = DATASET): WeakMuscle[] {
  const out: WeakMuscle[] = []
  for (const muscle of data.muscles) {
    const seen = cardsOfMuscle(muscle.id, data).map((c) => progress.get(c)).filter((p) => !!p)
    if (!seen.length) continue
    out.push({
      muscle,
      recall: seen.reduce((s, p) => s + recall(p, now), 0) / seen.length,
      answered: seen.reduce((s, p) => s + p.fsrs.reps, 0),
      right: seen.reduce((s, p) => s + p.right, 0),
      wrong: seen.reduce((s, p) => s + p.wrong, 0),
    })
  }
  return out.sort((a, b) => a.recall - b.recall || b.wrong - a.wrong).slice(0, n)
}

