/** Scoring a tap on the body against where a trigger point lies. */
import type { Outcome } from './schedule'

/** Within this distance (metres, on the canonical 1.75 m body) a tap is right: about a thumb's width. */
export const TAP_RIGHT_M = 0.03
/** Within this, close: the right part of the muscle, not the spot. */
export const TAP_CLOSE_M = 0.06

export function tapOutcome(distanceM: number): Outcome {
  return distanceM <= TAP_RIGHT_M ? 'right' : distanceM <= TAP_CLOSE_M ? 'close' : 'wrong'
}

/** "2.4 cm" */
export const centimetres = (m: number) => `${(m * 100).toFixed(1)} cm`
