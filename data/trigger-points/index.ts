import type { TriggerPoint } from '../schema'
import { ARM_TRIGGER_POINTS } from './arm'
import { FOREARM_HAND_TRIGGER_POINTS } from './forearm-hand'
import { DEEP_LEG_TRIGGER_POINTS } from './deep-leg'
import { FOOT_TRIGGER_POINTS } from './foot'
import { HEAD_NECK_TRIGGER_POINTS } from './head-neck'
import { HIP_TRIGGER_POINTS } from './hip'
import { JAW_FACE_TRIGGER_POINTS } from './jaw-face'
import { LEG_TRIGGER_POINTS } from './leg'
import { NECK_EXTENSOR_TRIGGER_POINTS } from './neck-extensors'
import { PELVIS_TRIGGER_POINTS } from './pelvis'
import { SHOULDER_TRIGGER_POINTS } from './shoulder'
import { THIGH_TRIGGER_POINTS } from './thigh'
import { THORAX_TRIGGER_POINTS } from './thorax'
import { TRUNK_TRIGGER_POINTS } from './trunk'

/** Every trigger point, head to toe. */
export const TRIGGER_POINTS: readonly TriggerPoint[] = [
  ...HEAD_NECK_TRIGGER_POINTS,
  ...JAW_FACE_TRIGGER_POINTS,
  ...NECK_EXTENSOR_TRIGGER_POINTS,
  ...SHOULDER_TRIGGER_POINTS,
  ...ARM_TRIGGER_POINTS,
  ...FOREARM_HAND_TRIGGER_POINTS,
  ...THORAX_TRIGGER_POINTS,
  ...TRUNK_TRIGGER_POINTS,
  ...HIP_TRIGGER_POINTS,
  ...PELVIS_TRIGGER_POINTS,
  ...THIGH_TRIGGER_POINTS,
  ...LEG_TRIGGER_POINTS,
  ...DEEP_LEG_TRIGGER_POINTS,
  ...FOOT_TRIGGER_POINTS,
]
