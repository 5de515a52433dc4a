/** All selectable muscles and muscle parts, in the order of docs/ids.md. */
import { ARM_MUSCLES } from './arm'
import { FOOT_MUSCLES } from './foot'
import { HAND_MUSCLES } from './hand'
import { HEAD_NECK_MUSCLES } from './head-neck'
import { HIP_THIGH_MUSCLES } from './hip-thigh'
import { JAW_FACE_MUSCLES } from './jaw-face'
import { LEG_MUSCLES } from './leg'
import { NECK_EXTENSOR_MUSCLES } from './neck-extensors'
import { PELVIS_MUSCLES } from './pelvis'
import { SHOULDER_MUSCLES } from './shoulder'
import { THORAX_MUSCLES } from './thorax'
import { TRUNK_MUSCLES } from './trunk'
import { TRUNK_DEEP_MUSCLES } from './trunk-deep'

export const MUSCLES = [
  ...HEAD_NECK_MUSCLES,
  ...JAW_FACE_MUSCLES,
  ...NECK_EXTENSOR_MUSCLES,
  ...SHOULDER_MUSCLES,
  ...ARM_MUSCLES,
  ...HAND_MUSCLES,
  ...THORAX_MUSCLES,
  ...TRUNK_MUSCLES,
  ...TRUNK_DEEP_MUSCLES,
  ...PELVIS_MUSCLES,
  ...HIP_THIGH_MUSCLES,
  ...LEG_MUSCLES,
  ...FOOT_MUSCLES,
] as const

export type MuscleId = (typeof MUSCLES)[number]['id']
