/**
 * A referral zone that covers whole body areas, drawn with the areas' own blobs: for spillover that the manual draws
 * over a whole everyday area (the cheek, the eye), so the zone and its label cannot disagree.
 */
import { BODY_AREAS } from '../body-areas'
import type { BodyArea, Blob, ReferralZone } from '../schema'

export type BodyAreaId = (typeof BODY_AREAS)[number]['id']

const AREAS: readonly BodyArea[] = BODY_AREAS

export function areaZone(...ids: readonly BodyAreaId[]): ReferralZone {
  return {
    blobs: ids.flatMap((id): readonly Blob[] => AREAS.find((a) => a.id === id)!.blobs),
    areas: [...ids],
  }
}
