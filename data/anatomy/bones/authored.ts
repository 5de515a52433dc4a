/**
 * Bones the BodyParts3D reference lacks (the sternum and the coccyx), authored as flat tubes on the measured landmarks
 * (data/anatomy/landmarks.ts): a centre line between two landmark-anchored points and the width and thickness of the
 * bone at fractions of it; and the costal cartilages, from each measured rib's front end to the sternum or to the
 * cartilage above. src/geometry/bone-authored.ts turns them into bone figures.
 *
 * Their positions derive from landmarks measured on BodyParts3D, Copyright (c) 2008 Life Science Integrated Database
 * Center, licensed by CC Display-Inheritance 2.1 Japan; shared under CC BY-SA 2.1 JP
 * (https://creativecommons.org/licenses/by-sa/2.1/jp/deed.en). Dimensions from Gray's Anatomy (42nd ed.).
 */
import type { SourceRef, Vec3 } from '../../schema'

/** A landmark (left side for paired ones), moved `distance` metres towards another landmark, then by `offset`. */
export interface LandmarkPoint {
  readonly landmark: string
  readonly toward?: string
  readonly distance?: number
  readonly offset?: Vec3
}

export interface AuthoredSection {
  /** 0 at `from`, 1 at `to`; beyond 1 continues along the same line. */
  readonly t: number
  /** Across the body (x), metres. */
  readonly width: number
  /** Front to back, metres. */
  readonly thickness: number
}

export interface AuthoredBone {
  readonly id: string
  readonly name: string
  readonly from: LandmarkPoint
  readonly to: LandmarkPoint
  readonly sections: readonly AuthoredSection[]
  readonly source: SourceRef
}

export const AUTHORED_BONES: readonly AuthoredBone[] = [
  {
    // Manubrium (about the upper 30 % down to the sternal angle), body widest at the fifth costal notches, and the
    // xiphoid process below the xiphisternal junction (landmark 'xiphoid').
    id: 'sternum',
    name: 'Sternum',
    from: { landmark: 'jugular-notch' },
    to: { landmark: 'xiphoid' },
    sections: [
      { t: 0, width: 0.046, thickness: 0.011 },
      { t: 0.07, width: 0.054, thickness: 0.013 },
      { t: 0.17, width: 0.044, thickness: 0.012 },
      { t: 0.29, width: 0.028, thickness: 0.01 },
      { t: 0.45, width: 0.03, thickness: 0.01 },
      { t: 0.62, width: 0.033, thickness: 0.01 },
      { t: 0.78, width: 0.034, thickness: 0.01 },
      { t: 0.92, width: 0.028, thickness: 0.009 },
      { t: 1, width: 0.02, thickness: 0.007 },
      { t: 1.1, width: 0.016, thickness: 0.004 },
      { t: 1.18, width: 0.008, thickness: 0.003 },
    ],
    source: { ref: 'gray-anatomy', locator: 'sternum: manubrium, body and xiphoid process' },
  },
  {
    // Four fused segments from the sacral apex, 3 cm above the tip (as the landmark was placed), to the tip.
    id: 'coccyx',
    name: 'Coccyx',
    from: { landmark: 'coccyx', toward: 's2', distance: 0.03 },
    to: { landmark: 'coccyx' },
    sections: [
      { t: 0, width: 0.024, thickness: 0.01 },
      { t: 0.3, width: 0.019, thickness: 0.008 },
      { t: 0.6, width: 0.013, thickness: 0.007 },
      { t: 0.85, width: 0.009, thickness: 0.005 },
      { t: 1, width: 0.005, thickness: 0.004 },
    ],
    source: { ref: 'gray-anatomy', locator: 'coccyx' },
  },
]

/** Where a costal cartilage ends: on the sternum's edge at a fraction of its line, or on the cartilage of another rib. */
export type CartilageEnd = { readonly sternum: number } | { readonly cartilage: number; readonly at: number }

export interface CostalCartilage {
  readonly rib: number
  readonly to: CartilageEnd
  /** Up and down, and front to back, metres. */
  readonly width: number
  readonly thickness: number
}

/**
 * Ribs 1–7 reach the sternum (the 2nd at the sternal angle, the 7th at the xiphisternal junction); the 8th–10th join
 * the cartilage above; the 11th and 12th end free.
 */
export const COSTAL_CARTILAGES: readonly CostalCartilage[] = [
  { rib: 1, to: { sternum: 0.07 }, width: 0.016, thickness: 0.008 },
  { rib: 2, to: { sternum: 0.28 }, width: 0.012, thickness: 0.006 },
  { rib: 3, to: { sternum: 0.43 }, width: 0.011, thickness: 0.006 },
  { rib: 4, to: { sternum: 0.57 }, width: 0.011, thickness: 0.006 },
  { rib: 5, to: { sternum: 0.71 }, width: 0.011, thickness: 0.006 },
  { rib: 6, to: { sternum: 0.85 }, width: 0.011, thickness: 0.006 },
  { rib: 7, to: { sternum: 0.97 }, width: 0.011, thickness: 0.006 },
  { rib: 8, to: { cartilage: 7, at: 0.45 }, width: 0.009, thickness: 0.005 },
  { rib: 9, to: { cartilage: 8, at: 0.5 }, width: 0.008, thickness: 0.005 },
  { rib: 10, to: { cartilage: 9, at: 0.55 }, width: 0.007, thickness: 0.004 },
]

export const COSTAL_CARTILAGES_SOURCE: SourceRef = { ref: 'gray-anatomy', locator: 'costal cartilages' }
