/**
 * Measures bone figures on the BodyParts3D reference and writes them, with the reference's credit line and share-alike
 * licence, to data/anatomy/bones/<file>.ts. Each bone is re-posed like the muscles (scripts/reference/pose.ts), split
 * into parts (scripts/reference/bone-specs.ts) and measured as tubes, radial lobes or sheets. Needs the reference pack;
 * the app, the generator and the tests only read the written figures.
 *
 *   npm run measure:bones
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { BoneFigure, BonePart } from '../data/anatomy/bones/types'
import { LANDMARKS } from '../data/anatomy/landmarks'
import type { Vec3 } from '../data/schema'
import { assignToGuides, axisGuide, geodesicCentreline, plateNormalOf, type PartGuide } from '../src/geometry/bone-guides'
import { measureBoneTube, measureRadial, measureRadialByRays, roundMm10 } from '../src/geometry/bone-measure'
import { centroid } from '../src/geometry/measure'
import { measurePlate } from '../src/geometry/bone-plate'
import { samplePoints } from '../src/geometry/measure'
import { dot, mirrorX, type V3 } from '../src/geometry/vec'
import { BONE_SPECS, type BoneContext, type BoneFile, type BoneSpec, type PartSpec, type PieceSpec } from './reference/bone-specs'
import { REFERENCE_CREDIT, REFERENCE_LICENCE } from './reference/frame'
import { readReferenceMesh, referenceDir } from './reference/stl'

const fmaByName = new Map(
  readFileSync(join(referenceDir(), 'manifest.csv'), 'utf8')
    .split('\n')
    .filter((line) => line.includes(',bone,yes,'))
    .map((line) => line.split(','))
    .map((cols) => [cols[1]!, cols[0]!] as const),
)
const landmarks = new Map<string, Vec3>(LANDMARKS.map((l) => [l.id, l.at]))

function meshOf(name: string): Float64Array {
  const fma = fmaByName.get(name)
  if (!fma) throw new Error(`no bone mesh named '${name}' in the reference manifest`)
  return readReferenceMesh('bones', fma)
}

function join9(soups: readonly Float64Array[]): Float64Array {
  const all = new Float64Array(soups.reduce((s, b) => s + b.length, 0))
  soups.reduce((o, b) => (all.set(b, o), o + b.length), 0)
  return all
}

/** Fewest surface points a part of a bone must claim to be measured. */
const MIN_PART_POINTS = 60

/** Sampling step for a piece: about 1/60 of its size, between 0.6 and 2 mm. */
function spacingFor(tris: Float64Array): number {
  const lo = [Infinity, Infinity, Infinity], hi = [-Infinity, -Infinity, -Infinity]
  for (let i = 0; i < tris.length; i += 3) {
    for (let k = 0; k < 3; k++) {
      lo[k] = Math.min(lo[k]!, tris[i + k]!)
      hi[k] = Math.max(hi[k]!, tris[i + k]!)
    }
  }
  const diag = Math.hypot(hi[0]! - lo[0]!, hi[1]! - lo[1]!, hi[2]! - lo[2]!)
  return Math.min(0.002, Math.max(0.0006, diag / 60))
}

function context(points: readonly V3[]): BoneContext {
  const at = (id: string): V3 => {
    const p = landmarks.get(id)
    if (!p) throw new Error(`bone guide needs landmark '${id}'`)
    return [p[0], p[1], p[2]]
  }
  return {
    L: at,
    R: (id) => mirrorX(at(id)),
    points,
    centroid: centroid(points),
    extreme: (dir) => points.reduce((best, p) => (dot(p, dir) > dot(best, dir) ? p : best)),
  }
}

function guideOf(part: PartSpec, c: BoneContext): PartGuide {
  if (part.assign) return part.assign(c)
  if (part.kind === 'tube' && typeof part.guide === 'function') return { kind: 'curve', points: part.guide(c) }
  throw new Error(`part '${part.name}' shares its bone with others and needs a guide to claim its points`)
}

function measurePart(part: PartSpec, points: V3[], c: BoneContext, spacing: number, tris: Float64Array | null): BonePart {
  if (part.kind === 'radial') {
    const centre = part.centre ? part.centre(c) : centroid(points)
    if (part.rays && !tris) throw new Error(`part '${part.name}' measures by rays, so it must be the only part of its piece`)
    return { ...(part.rays && tris ? measureRadialByRays(tris, centre, part.level) : measureRadial(points, centre, part.level)), name: part.name }
  }
  if (part.kind === 'sheet') {
    const facing = plateNormalOf(points, part.facing)
    return { ...measurePlate(points, { facing, toward: part.toward, rows: part.rows, columns: part.columns }), name: part.name }
  }
  const guide =
    part.guide === 'axis'
      ? axisGuide(points, [0, 1, 0])
      : part.guide === 'geodesic'
        ? geodesicCentreline(points, part.stations * 2, spacing * 3)
        : part.guide(c)
  return { ...measureBoneTube(points, guide, { stations: part.stations, angles: part.angles, facing: part.facing }), name: part.name }
}

function measurePiece(piece: PieceSpec): { parts: BonePart[]; tris: Float64Array } {
  const tris = join9(piece.meshes.map(meshOf))
  const spacing = spacingFor(tris)
  const points = samplePoints(tris, spacing)
  const c = context(points)
  if (piece.parts.length === 1) return { parts: [measurePart(piece.parts[0]!, points, c, spacing, tris)], tris }
  const owner = assignToGuides(points, piece.parts.map((p) => guideOf(p, c)))
  const parts: BonePart[] = []
  piece.parts.forEach((part, i) => {
    const own = points.filter((_, k) => owner[k] === i)
    // A part the bone hardly has (the superior articular processes of the axis sit on its body) is left out.
    if (own.length < MIN_PART_POINTS) process.stdout.write(`  ${part.name}: ${own.length} points, left out\n`)
    else parts.push(measurePart(part, own, c, spacing, null))
  })
  return { parts, tris }
}

/** Area-weighted surface centroid and bounding box of a triangle soup. */
function reference(tris: Float64Array): Pick<BoneFigure, 'referenceCentroid' | 'referenceBounds'> {
  let x = 0, y = 0, z = 0, total = 0
  const lo = [Infinity, Infinity, Infinity], hi = [-Infinity, -Infinity, -Infinity]
  for (let t = 0; t < tris.length; t += 9) {
    const e1 = [tris[t + 3]! - tris[t]!, tris[t + 4]! - tris[t + 1]!, tris[t + 5]! - tris[t + 2]!]
    const e2 = [tris[t + 6]! - tris[t]!, tris[t + 7]! - tris[t + 1]!, tris[t + 8]! - tris[t + 2]!]
    const area = 0.5 * Math.hypot(e1[1]! * e2[2]! - e1[2]! * e2[1]!, e1[2]! * e2[0]! - e1[0]! * e2[2]!, e1[0]! * e2[1]! - e1[1]! * e2[0]!)
    x += (area * (tris[t]! + tris[t + 3]! + tris[t + 6]!)) / 3
    y += (area * (tris[t + 1]! + tris[t + 4]! + tris[t + 7]!)) / 3
    z += (area * (tris[t + 2]! + tris[t + 5]! + tris[t + 8]!)) / 3
    total += area
    for (let v = 0; v < 9; v += 3) {
      for (let k = 0; k < 3; k++) {
        lo[k] = Math.min(lo[k]!, tris[t + v + k]!)
        hi[k] = Math.max(hi[k]!, tris[t + v + k]!)
      }
    }
  }
  const r = (v: readonly number[]): Vec3 => [roundMm10(v[0]!), roundMm10(v[1]!), roundMm10(v[2]!)]
  return { referenceCentroid: r([x / total, y / total, z / total]), referenceBounds: [r(lo), r(hi)] }
}

function measureBone(spec: BoneSpec): BoneFigure {
  const pieces = spec.pieces.map(measurePiece)
  return {
    id: spec.id,
    name: spec.name,
    paired: spec.paired,
    parts: pieces.flatMap((p) => p.parts),
    origin: 'measured',
    ...reference(join9(pieces.map((p) => p.tris))),
    source: { ref: 'bodyparts3d', locator: spec.pieces.flatMap((p) => p.meshes.map((m) => fmaByName.get(m)!)).join(' ') },
  }
}

const CONST: Record<BoneFile, string> = {
  skull: 'SKULL_BONES',
  spine: 'SPINE_BONES',
  thorax: 'THORAX_BONES',
  'upper-limb': 'UPPER_LIMB_BONES',
  'lower-limb': 'LOWER_LIMB_BONES',
}

/** One line per part, so a re-measured bone shows as a small diff. */
function format(figures: readonly BoneFigure[]): string {
  return figures
    .map((f) => {
      const { parts, ...head } = f
      const fields = JSON.stringify(head).slice(1, -1)
      return `  {${fields},"parts":[\n${parts.map((p) => `    ${JSON.stringify(p)},`).join('\n')}\n  ]},`
    })
    .join('\n')
}

/** `npm run measure:bones -- spine thorax` re-measures only those files. */
const only = process.argv.slice(2)
const byFile = new Map<BoneFile, BoneFigure[]>()
for (const spec of BONE_SPECS.filter((s) => only.length === 0 || only.includes(s.file))) {
  const t0 = performance.now()
  const figure = measureBone(spec)
  byFile.set(spec.file, [...(byFile.get(spec.file) ?? []), figure])
  process.stdout.write(`${spec.id}: ${figure.parts.length} parts, ${((performance.now() - t0) / 1000).toFixed(1)} s\n`)
}
for (const [file, figures] of byFile) {
  const header = `/**
 * Bone figures measured on the BodyParts3D reference by scripts/measure-bones.ts. Generated: do not edit.
 * Canonical frame (metres, +Y up, facing +Z, +X left), re-posed like the muscles, scaled to the 1.75 m canonical body;
 * paired bones for the left side.
 *
 * ${REFERENCE_CREDIT}
 * These figures are derived from BodyParts3D and are shared under ${REFERENCE_LICENCE}.
 */
import type { BoneFigure } from './types'

export const ${CONST[file]}: readonly BoneFigure[] = [
${format(figures)}
]
`
  writeFileSync(resolve(import.meta.dirname, `../data/anatomy/bones/${file}.ts`), header)
  process.stdout.write(`wrote data/anatomy/bones/${file}.ts: ${figures.length} bones\n`)
}
