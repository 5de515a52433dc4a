/** Gathers the data the model is built from and builds it; shared by the generator and the benchmark. */
import { MUSCLES } from '../../data/anatomy/muscles'
import { MUSCLE_SHAPES } from '../../data/anatomy/shapes'
import { buildMuscleMeshes, type NamedMesh } from '../../src/geometry/body-model'

export function buildBodyModel(): NamedMesh[] {
  return [...buildMuscleMeshes(MUSCLES, MUSCLE_SHAPES)]
}
