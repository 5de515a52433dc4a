/** All selectable muscles and muscle parts, in the order of docs/ids.md. */
import { ARM_MUSCLES } from './arm'
import { FOOT_MUSCLES } from './foot'
import { HAND_MUSCLES } from './hand'
import { HEAD_NECK_MUSCLES } from './head-neck'
import { HIP_THIGH_MUSCLES } from './hip-thigh'
import { LEG_MUSCLES } from './leg'
import { SHOULDER_MUSCLES } from './shoulder'
import { TRUNK_MUSCLES } from './trunk'

export const MUSCLES = [
  ...HEAD_NECK_MUSCLES,
  ...SHOULDER_MUSCLES,
  ...ARM_MUSCLES,
  ...HAND_MUSCLES,
  ...TRUNK_MUSCLES,
  ...HIP_THIGH_MUSCLES,
  ...LEG_MUSCLES,
  ...FOOT_MUSCLES,
] as const

export type MuscleId = (typeof MUSCLES)[number]['id']
