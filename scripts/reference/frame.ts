/**
 * The BodyParts3D reference frame and how its figures enter ours.
 *
 * Source: millimetres, +X body's left, +Y posterior, +Z up. Canonical: metres, +Y up, +Z anterior, +X left,
 * origin on the floor between the heels. The reference is a 1.66 m man; our canonical body is 1.75 m, so every
 * figure is scaled by BODY_SCALE about the floor origin, and raised by the plantar soft tissue that the bones lack.
 */
import type { Vec3 } from '../../data/schema'

export const REFERENCE_STATURE_M = 1.66
export const BODY_HEIGHT_M = 1.75
export const BODY_SCALE = BODY_HEIGHT_M / REFERENCE_STATURE_M
/** Sole soft tissue under the lowest bone, metres (canonical). */
export const PLANTAR_TISSUE_M = 0.012

export const REFERENCE_CREDIT =
  'BodyParts3D, Copyright (c) 2008 Life Science Integrated Database Center, licensed by CC Display-Inheritance 2.1 Japan'
export const REFERENCE_LICENCE = 'CC BY-SA 2.1 JP (https://creativecommons.org/licenses/by-sa/2.1/jp/deed.en)'

/** Source millimetres → canonical metres. */
export function toCanonical(x: number, y: number, z: number): Vec3 {
  const X = ((x + 1.019) / 1000) * BODY_SCALE
  const Y = ((z + 4.14) / 1000) * BODY_SCALE + PLANTAR_TISSUE_M
  const Z = (-(y + 9.229) / 1000) * BODY_SCALE
  return [X, Y, Z]
}
