/** Look-ups over the dataset; the dataset is injectable so domain functions can be tested on small fixtures. */
import { DATASET, type Dataset } from '../../data/dataset'
import type { BodyArea, Condition, MuscleFacts, TriggerPoint } from '../../data/schema'

export { DATASET, type Dataset }

export function muscleById(id: string, data: Dataset = DATASET): MuscleFacts | undefined {
  return data.muscles.find((m) => m.id === id)
}

export function triggerPointById(id: string, data: Dataset = DATASET): TriggerPoint | undefined {
  return data.triggerPoints.find((t) => t.id === id)
}

export function triggerPointsOf(muscle: string, data: Dataset = DATASET): TriggerPoint[] {
  return data.triggerPoints.filter((t) => t.muscle === muscle)
}

export function conditionById(id: string, data: Dataset = DATASET): Condition | undefined {
  return data.conditions.find((c) => c.id === id)
}

/** Trigger points that name the condition (causing, contributing to or mimicking it). */
export function triggerPointsFor(condition: string, data: Dataset = DATASET): TriggerPoint[] {
  return data.triggerPoints.filter((t) => t.conditions.includes(condition))
}

export function areaById(id: string, data: Dataset = DATASET): BodyArea | undefined {
  return data.bodyAreas.find((a) => a.id === id)
}

/** Everyday names of body areas, in order, without repeats. */
export function areaNames(ids: readonly string[], data: Dataset = DATASET): string[] {
  return [...new Set(ids)].map((id) => areaById(id, data)?.name.toLowerCase() ?? id)
}

/** The red flags of one of a trigger point's conditions. */
export interface RedFlagGroup {
  readonly condition: string
  readonly name: string
  readonly flags: readonly string[]
}

/**
 * When to see a doctor before treating this trigger point: the red flags of its conditions, grouped by condition in
 * the trigger point's order. A flag two conditions share is shown once, under the first; a group left empty is dropped.
 */
export function redFlagsOf(tp: TriggerPoint, data: Dataset = DATASET): RedFlagGroup[] {
  const seen = new Set<string>()
  const out: RedFlagGroup[] = []
  for (const id of tp.conditions) {
    const c = conditionById(id, data)
    if (!c) continue
    const flags = c.redFlags.filter((f) => !seen.has(f) && seen.add(f))
    if (flags.length > 0) out.push({ condition: c.id, name: c.name, flags })
  }
  return out
}
