/** The whole dataset as one value: what the app, the generator, the exporter and the validator read. */
import { LANDMARKS } from './anatomy/landmarks'
import { MUSCLES } from './anatomy/muscles'
import { MUSCLE_SHAPES } from './anatomy/shapes'
import { BODY_AREAS } from './body-areas'
import { CONDITIONS } from './conditions'
import type { BodyArea, Condition, Landmark, MuscleFacts, MuscleShapeEntry, Source, TriggerPoint } from './schema'
import { SOURCES } from './sources'
import { TRIGGER_POINTS } from './trigger-points'

export interface Dataset {
  readonly muscles: readonly MuscleFacts[]
  readonly triggerPoints: readonly TriggerPoint[]
  readonly conditions: readonly Condition[]
  readonly bodyAreas: readonly BodyArea[]
  readonly landmarks: readonly Landmark[]
  readonly sources: readonly Source[]
  readonly shapes: readonly MuscleShapeEntry[]
}

export const DATASET: Dataset = {
  muscles: MUSCLES,
  triggerPoints: TRIGGER_POINTS,
  conditions: CONDITIONS,
  bodyAreas: BODY_AREAS,
  landmarks: LANDMARKS,
  sources: SOURCES,
  shapes: MUSCLE_SHAPES,
}
