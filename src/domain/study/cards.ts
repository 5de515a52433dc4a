/** What is learnt: one card per muscle and one per trigger point. A card's id names its kind and its subject. */
import type { MuscleFacts, Region, TriggerPoint } from '../../../data/schema'
import { DATASET, muscleById, triggerPointById, type Dataset } from '../dataset'

export type CardId = `muscle:${string}` | `tp:${string}`

export const muscleCard = (id: string): CardId => `muscle:${id}`
export const triggerPointCard = (id: string): CardId => `tp:${id}`

export function isCardId(s: string): s is CardId {
  return /^(muscle|tp):[a-z0-9-]+$/.test(s)
}

/** Every card the dataset gives, muscles first, in the dataset's order. */
export function allCards(data: Dataset = DATASET): CardId[] {
  return [...data.muscles.map((m) => muscleCard(m.id)), ...data.triggerPoints.map((t) => triggerPointCard(t.id))]
}

export interface CardSubject {
  readonly muscle: MuscleFacts
  /** Set for a trigger point's card. */
  readonly triggerPoint?: TriggerPoint
}

/** The muscle (and trigger point) a card is about, or undefined when the dataset no longer has it. */
export function subjectOf(card: CardId, data: Dataset = DATASET): CardSubject | undefined {
  const [kind, id] = card.split(':') as ['muscle' | 'tp', string]
  if (kind === 'muscle') {
    const muscle = muscleById(id, data)
    return muscle && { muscle }
  }
  const triggerPoint = triggerPointById(id, data)
  const muscle = triggerPoint && muscleById(triggerPoint.muscle, data)
  return muscle && triggerPoint && { muscle, triggerPoint }
}

export const regionOfCard = (card: CardId, data: Dataset = DATASET): Region | undefined => subjectOf(card, data)?.muscle.region
