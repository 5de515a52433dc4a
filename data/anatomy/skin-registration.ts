/**
 * How the MakeHuman skin is laid onto the canonical body: which of its joint centres and surface points pair with
 * which measured landmarks. Joint centres pair with joint centres; a surface point pairs with its bony landmark
 * moved out by the soft tissue over it (offsets in metres, left side; the right side mirrors).
 *
 * Soft-tissue depths over the skull follow forensic facial tissue-depth tables (e.g. vertex ≈ 6 mm, glabella
 * ≈ 5–6 mm, menton ≈ 7–10 mm); the auricle stands about 2 cm lateral to the external acoustic meatus. The
 * armpit ('armpit') is found on the re-posed skin itself, below the shoulder joint.
 */
import type { Vec3 } from '../schema'

/** A point on the canonical skeleton: a landmark, or the midpoint of two, plus an offset. */
export interface LandmarkPoint {
  readonly at: string | readonly [string, string]
  readonly offset?: Vec3
}

/** A point on the MakeHuman body: a joint of its skeleton (left-side name) or a found surface feature. */
export type SkinPoint = { readonly joint: string } | { readonly feature: string }

export interface SkinPair {
  readonly skin: SkinPoint
  readonly landmark: LandmarkPoint
  /** Midline pairs are used once; the others for both sides. */
  readonly midline?: boolean
}

const joint = (name: string, at: LandmarkPoint['at'], offset?: Vec3): SkinPair => ({ skin: { joint: name }, landmark: { at, offset } })
const feature = (name: string, at: LandmarkPoint['at'], offset: Vec3, midline = true): SkinPair => ({
  skin: { feature: name },
  landmark: { at, offset },
  midline,
})

export const SKIN_PAIRS: readonly SkinPair[] = [
  // Head: the skull's landmarks under the face's features.
  feature('vertex', 'vertex', [0, 0.006, 0]),
  feature('glabella', 'glabella', [0, 0, 0.006]),
  feature('chin', 'menton', [0, -0.007, 0.004]),
  feature('backOfHead', 'inion', [0, 0.012, -0.007]),
  feature('ear', 'ear', [0.019, 0.004, -0.006], false),
  joint('eye.L____head', 'orbit', [0, 0, -0.008]),
  // The armpit's roof closes under the axillary folds (teres major and latissimus behind, pectoralis major in front).
  feature('armpit', 'glenohumeral', [-0.012, -0.155, -0.03], false),
  // Upper limb.
  joint('clavicle.L____head', 'sternoclavicular'),
  joint('upperarm01.L____head', 'glenohumeral'),
  joint('lowerarm01.L____head', ['humerus-lateral-epicondyle', 'humerus-medial-epicondyle']),
  joint('wrist.L____head', 'wrist'),
  joint('finger1-2.L____head', 'mcp-1'),
  joint('finger2-1.L____head', 'mcp-2'),
  joint('finger3-1.L____head', 'mcp-3'),
  joint('finger4-1.L____head', 'mcp-4'),
  joint('finger5-1.L____head', 'mcp-5'),
  joint('finger1-3.L____tail', 'fingertip-1'),
  joint('finger2-3.L____tail', 'fingertip-2'),
  joint('finger3-3.L____tail', 'fingertip-3'),
  joint('finger4-3.L____tail', 'fingertip-4'),
  joint('finger5-3.L____tail', 'fingertip-5'),
  // Lower limb.
  joint('upperleg01.L____head', 'hip-joint'),
  joint('lowerleg01.L____head', ['femur-lateral-epicondyle', 'femur-medial-epicondyle']),
  joint('foot.L____head', ['lateral-malleolus', 'medial-malleolus']),
  joint('toe1-1.L____head', 'mtp-1'),
  joint('toe5-1.L____head', 'mtp-5'),
  joint('toe1-2.L____tail', 'toe-tip-1'),
  joint('toe3-3.L____tail', 'toe-tip-3'),
  joint('toe5-3.L____tail', 'toe-tip-5'),
]
