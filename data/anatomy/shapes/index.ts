import type { MuscleShapeEntry } from '../../schema'
import { AUTHORED_SHAPES } from './authored'
import { MEASURED_SHAPES } from './measured'

/** Every muscle's shape: measured on the reference, or authored over it where the reference lacks the muscle. */
export const MUSCLE_SHAPES: readonly MuscleShapeEntry[] = [...MEASURED_SHAPES, ...AUTHORED_SHAPES]
