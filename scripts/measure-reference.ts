/**
 * Measures muscle shape figures on the BodyParts3D reference and writes them, with the reference's credit line
 * and share-alike licence, to data/anatomy/shapes/measured.ts. Needs the reference pack (see scripts/reference/stl.ts);
 * the app, the generator and the tests only read the written figures.
 *
 *   npm run measure            rewrite the figures
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { DRAPE_SPECS } from '../data/anatomy/drape-specs'
import { LANDMARKS } from '../data/anatomy/landmarks'
import type { Landmark, MuscleShapeEntry, Vec3 } from '../data/schema'
import { buildMuscle } from '../src/geometry/muscle-mesh'
import { buildCore } from '../src/geometry/skin'
import { drape, targetFromMesh, targetFromSoup, type Target } from './reference/drape'
import { centroid, extent, measureSheet, measureTube, principalAxis, samplePoints, type SampledPoints } from '../src/geometry/measure'
import { dot, sub, type V3 } from '../src/geometry/vec'
import { REFERENCE_CREDIT, REFERENCE_LICENCE } from './reference/frame'
import { MEASURE_SPECS, type MeasureSpec } from './reference/muscle-specs'
import { readReferenceMesh, referenceDir } from './reference/stl'

const SPACING_M = 0.0025
const round = (x: number) => Math.round(x * 1e4) / 1e4

/** Split a cloud across its axis into two parts (e.g. the sternal and clavicular heads). */
function splitCloud(points: V3[], spec: MeasureSpec): [V3[], V3[]] {
  const axis = principalAxis(points, spec.toward)
  const m = centroid(points)
  const ts = points.map((p) => dot(sub(p, m), axis))
  const [tmin, tmax] = extent(ts)
  const bins = 24
  const bin = (t: number) => Math.min(bins - 1, Math.floor(((t - tmin) / (tmax - tmin)) * bins))
  const groups: V3[][] = Array.from({ length: bins }, () => [])
  points.forEach((p, i) => groups[bin(ts[i]!)]!.push(p))
  const cs = groups.map((g) => centroid(g))
  const a: V3[] = [], b: V3[] = []
  points.forEach((p, i) => (dot(sub(p, cs[bin(ts[i]!)]!), spec.split!.across) < 0 ? a : b).push(p))
  return [a, b]
}

function measure(spec: MeasureSpec, id: string, points: V3[]): MuscleShapeEntry {
  const shape =
    spec.kind === 'tube'
      ? measureTube(points, { facing: spec.facing, toward: spec.toward, stations: spec.stations, slips: spec.slips })
      : measureSheet(points, { facing: spec.facing, toward: spec.toward, wrapAxis: spec.wrapAxis, rows: spec.rows, columns: spec.columns })
  const c = centroid(points)
  return {
    muscle: id,
    shape,
    origin: 'measured',
    referenceCentroid: [round(c[0]), round(c[1]), round(c[2])] as Vec3,
    source: { ref: 'bodyparts3d', locator: `${spec.fma} (left)` },
  }
}

/** Triangle soups joined into one. */
function soup(parts: readonly Float64Array[]): Float64Array {
  const all = new Float64Array(parts.reduce((s, p) => s + p.length, 0))
  parts.reduce((o, p) => (all.set(p, o), o + p.length), 0)
  return all
}

/** The points the spec's `clip` keeps (all of them without one), with their sampling weights. */
function clip(points: SampledPoints, spec: MeasureSpec): SampledPoints {
  if (!spec.clip) return points
  const { axis, max } = spec.clip
  const keep = points.map((p) => dot(p, axis) <= max)
  const out: SampledPoints = points.filter((_, i) => keep[i])
  if (points.weights) out.weights = points.weights.filter((_, i) => keep[i])
  return out
}

const entries: MuscleShapeEntry[] = []
for (const spec of MEASURE_SPECS) {
  const points = clip(samplePoints(soup([spec.fma, ...(spec.also ?? [])].map((fma) => readReferenceMesh('muscles', fma))), SPACING_M), spec)
  if (spec.split) {
    const [a, b] = splitCloud(points, spec)
    entries.push(measure(spec, spec.split.parts[0], a), measure(spec, spec.split.parts[1], b))
  } else entries.push(measure(spec, spec.muscle, points))
  process.stdout.write(`${spec.muscle}: ${points.length} samples\n`)
}

// Authored muscles: laid over the reference bones and the rebuilt measured muscles, deepest first.
const landmarks = new Map<string, Landmark>(LANDMARKS.map((l) => [l.id, l]))
const bones = readFileSync(join(referenceDir(), 'manifest.csv'), 'utf8')
  .split('\n')
  .filter((line) => line.includes(',bone,yes,'))
  .map((line) => line.split(',')[0]!)
const all = soup(bones.map((fma) => readReferenceMesh('bones', fma)))
// The external intercostal sheet fills the gaps between the ribs.
const targets = new Map<string, Target>([
  ['bones', targetFromSoup(all)],
  ['intercostals', targetFromSoup(readReferenceMesh('muscles', 'FMA9756'))],
  // The reference has no sternum or costal cartilages; the model's core stands in for them.
  ['core', targetFromMesh(buildCore(landmarks))],
])
for (const e of entries) targets.set(e.muscle, targetFromMesh(buildMuscle(e.shape, { along: 20, across: 14 })))
const authored: MuscleShapeEntry[] = []
for (const spec of DRAPE_SPECS) {
  const excluded = new Set(spec.exclude ?? [])
  const under = [...targets].filter(([id]) => !excluded.has(id)).map(([, t]) => t)
  const shape = drape(spec, landmarks, under)
  authored.push({ muscle: spec.muscle, shape, origin: 'authored', source: spec.source })
  targets.set(spec.muscle, targetFromMesh(buildMuscle(shape, { along: 18, across: 11 })))
  process.stdout.write(`${spec.muscle}: draped\n`)
}

const header = `/**
 * Muscle shape figures measured on the BodyParts3D reference by scripts/measure-reference.ts. Generated: do not edit.
 * Canonical frame (metres, +Y up, facing +Z, +X left), left side, scaled to the 1.75 m canonical body.
 *
 * ${REFERENCE_CREDIT}
 * These figures are derived from BodyParts3D and are shared under ${REFERENCE_LICENCE}.
 */
import type { MuscleShapeEntry } from '../../schema'

`
const body = `export const MEASURED_SHAPES: readonly MuscleShapeEntry[] = ${JSON.stringify(entries)}\n`
writeFileSync(resolve(import.meta.dirname, '../data/anatomy/shapes/measured.ts'), header + body)
const authoredHeader = `/**
 * Shapes of muscles the reference lacks, authored in data/anatomy/drape-specs.ts and laid over the BodyParts3D bones
 * and the rebuilt measured muscles by scripts/measure-reference.ts. Generated: do not edit.
 *
 * ${REFERENCE_CREDIT}
 * Their positions derive from BodyParts3D surfaces and are shared under ${REFERENCE_LICENCE}.
 */
import type { MuscleShapeEntry } from '../../schema'

`
writeFileSync(
  resolve(import.meta.dirname, '../data/anatomy/shapes/authored.ts'),
  authoredHeader + `export const AUTHORED_SHAPES: readonly MuscleShapeEntry[] = ${JSON.stringify(authored)}\n`,
)
process.stdout.write(`wrote ${entries.length} measured and ${authored.length} authored shapes\n`)
