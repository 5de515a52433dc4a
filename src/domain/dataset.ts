/** The dataset as one injectable value, so domain functions can be tested on small fixtures. */
import { MUSCLES } from '../../data/anatomy/muscles'
import type { MuscleFacts } from '../../data/schema'

export interface Dataset {
  readonly muscles: readonly MuscleFacts[]
}

export const DATASET: Dataset = { muscles: MUSCLES }

export function muscleById(id: string, data: Dataset = DATASET): MuscleFacts | undefined {
  return data.muscles.find((m) => m.id === id)
}
