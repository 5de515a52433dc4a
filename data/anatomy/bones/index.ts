/** Every measured bone figure, by region (generated files beside this one; authored bones: authored.ts). */
import { LOWER_LIMB_BONES } from './lower-limb'
import { SKULL_BONES } from './skull'
import { SPINE_BONES } from './spine'
import { THORAX_BONES } from './thorax'
import type { BoneFigure } from './types'
import { UPPER_LIMB_BONES } from './upper-limb'

export const BONE_FIGURES: readonly BoneFigure[] = [...SKULL_BONES, ...SPINE_BONES, ...THORAX_BONES, ...UPPER_LIMB_BONES, ...LOWER_LIMB_BONES]
