/**
 * Rebuilds bones from their figures (data/anatomy/bones): tubes with rounded ends, star-shaped radial lobes and
 * sheets, each part a closed surface; a bone is the union of its parts in one mesh. Pure: no three, no DOM.
 */
import { BONE_FIGURES } from '../../data/anatomy/bones'
import type { BoneFigure, BonePart } from '../../data/anatomy/bones/types'
import { authoredBoneFigures } from './bone-authored'
import { buildBoneTube, buildPlate, buildRadial } from './bone-parts'
import type { NamedMesh } from './body-model'
import { computeNormals, mirrorMesh, type MeshData } from './mesh'

function buildPart(part: BonePart): { positions: ArrayLike<number>; indices: ArrayLike<number> } {
  if (part.kind === 'tube') return buildBoneTube(part)
  if (part.kind === 'radial') return buildRadial(part)
  return buildPlate(part)
}

/** One bone's mesh: every part closed on its own, all in one vertex and index list (left side for paired bones). */
export function buildBone(figure: BoneFigure): MeshData {
  const built = figure.parts.map(buildPart)
  const nv = built.reduce((s, b) => s + b.positions.length, 0)
  const ni = built.reduce((s, b) => s + b.indices.length, 0)
  const positions = new Float32Array(nv)
  const indices = new Uint32Array(ni)
  let vo = 0, io = 0
  for (const b of built) {
    positions.set(b.positions, vo)
    for (let i = 0; i < b.indices.length; i++) indices[io + i] = b.indices[i]! + vo / 3
    vo += b.positions.length
    io += b.indices.length
  }
  return { positions, normals: computeNormals(positions, indices), indices }
}

export const boneMeshName = (id: string, side?: 'left' | 'right') => (side ? `bone:${id}:${side}` : `bone:${id}`)

/** Every bone's figure: measured on the reference, plus those authored from landmarks where it has none. */
export function allBoneFigures(): BoneFigure[] {
  return [...BONE_FIGURES, ...authoredBoneFigures()]
}

/** The skeleton as named meshes: `bone:<id>` on the midline, `bone:<id>:left|right` for paired bones. */
export function buildBoneMeshes(figures: readonly BoneFigure[] = allBoneFigures()): NamedMesh[] {
  const out: NamedMesh[] = []
  for (const f of figures) {
    const mesh = buildBone(f)
    if (!f.paired) {
      out.push({ name: boneMeshName(f.id), mesh, extras: { kind: 'bone', bone: f.id, side: 'mid' } })
      continue
    }
    out.push({ name: boneMeshName(f.id, 'left'), mesh, extras: { kind: 'bone', bone: f.id, side: 'left' } })
    out.push({ name: boneMeshName(f.id, 'right'), mesh: mirrorMesh(mesh), extras: { kind: 'bone', bone: f.id, side: 'right' } })
  }
  return out
}
