/**
 * The loaded body's frame. Anatomy data (landmarks, referral zones, body areas) lives in the canonical (male)
 * frame; the female body's file carries the smooth warp into her frame and back, read here from its scene extras.
 */
import type { Vec3 } from '../../data/schema'
import { applyInverse, applyWarp, type Warp } from '../geometry/warp'

export interface BodyFrame {
  /** Canonical point → the drawn body. */
  readonly toBody: (p: Vec3) => [number, number, number]
  /** A point on the drawn body → canonical, to look up what is there. */
  readonly toCanonical: (p: Vec3) => [number, number, number]
}

export const CANONICAL: BodyFrame = { toBody: (p) => [p[0], p[1], p[2]], toCanonical: (p) => [p[0], p[1], p[2]] }

const isWarp = (w: unknown): w is Warp =>
  !!w && typeof w === 'object' && ['centres', 'weights', 'affine'].every((k) => Array.isArray((w as Record<string, unknown>)[k]))

/** The frame a model's scene extras describe; the canonical frame when they carry no warp. */
export function frameOf(extras: Record<string, unknown>): BodyFrame {
  const { toBody, toCanonical } = extras
  if (!isWarp(toBody) || !isWarp(toCanonical)) return CANONICAL
  return { toBody: (p) => applyWarp(toBody, p), toCanonical: (p) => applyInverse(toBody, toCanonical, p) }
}
