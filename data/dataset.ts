/** The whole dataset as one value: what the app, the generator, the exporter and the validator read. */
import { LANDMARKS } from './anatomy/landmarks'
import { MUSCLES } from './anatomy/muscles'
import { DERIVED_LANDMARKS } from './anatomy/palpation-landmarks'
import { MUSCLE_SHAPES } from './anatomy/shapes'
import { BODY_AREAS } from './body-areas'
import { CONDITIONS } from './conditions'
import type { BodyArea, Condition, DerivedLandmark, Landmark, MuscleFacts, MuscleShapeEntry, Source, TriggerPoint } from './schema'
import { SOURCES } from './sources'
import { TRIGGER_POINTS } from './trigger-points'

export interface Dataset {
  readonly muscles: readonly MuscleFacts[]
  readonly triggerPoints: readonly TriggerPoint[]
  readonly conditions: readonly Condition[]
  readonly bodyAreas: readonly BodyArea[]
  readonly landmarks: readonly Landmark[]
  /** Bony places placed from the measured landmarks, for palpation hints. */
  readonly derivedLandmarks: readonly DerivedLandmark[]
  readonly sources: readonly Source[]
  readonly shapes: readonly MuscleShapeEntry[]
}

export const DATASET: Dataset = {
  muscles: MUSCLES,
  triggerPoints: TRIGGER_POINTS,
  conditions: CONDITIONS,
  bodyAreas: BODY_AREAS,
  landmarks: LANDMARKS,
  derivedLandmarks: DERIVED_LANDMARKS,
  sources: SOURCES,
  shapes: MUSCLE_SHAPES,
}
