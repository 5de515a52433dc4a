/**
 * public/models/chart.json, the 2D body chart shown where WebGL is missing: the male body's skin (read from
 * the generated public/models/body.glb) projected from the front and the back, its outline, the body area under
 * each cell (so a tap names a place), and every trigger point's referral zones traced as SVG paths. Zones are the
 * same blobs on the same skin as the 3D view paints (src/geometry/zones.ts), for a point on the left; a point on the
 * right is drawn mirrored. Written and checked by `npm run export` (scripts/export-data.ts), as the zones are data.
 */
import { NodeIO } from '@gltf-transform/core'
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions'
import { MeshoptDecoder } from 'meshoptimizer'
import { DATASET } from '../../data/dataset'
import type { Vec3 } from '../../data/schema'
import { areasAtPoint } from '../../src/domain/body-areas'
import { UNNAMED, type BodyChart, type ChartPattern, type ChartViewData } from '../../src/domain/body-chart'
import { placeKey } from '../../src/domain/diary/entry'
import { rasterise, sampleGrid, traceMask, type ChartGrid, type ChartView } from '../../src/geometry/chart-raster'
import { computeNormals } from '../../src/geometry/mesh'
import { blobWeights, landmarkMap, zoneSides } from '../../src/geometry/zones'

const MODEL = 'public/models/body.glb'
const OUT = 'public/models/chart.json'
/** Cell size, mm: fine enough for a fingertip-sized zone, coarse enough to keep the file small. */
const CELL_MM = 6
const VIEWS: readonly ChartView[] = ['front', 'back']
const LANDMARKS = landmarkMap(DATASET.landmarks)

async function readSkin(): Promise<{ positions: Float32Array; indices: Uint32Array }> {
  await MeshoptDecoder.ready
  const io = new NodeIO().registerExtensions([EXTMeshoptCompression, KHRMeshQuantization]).registerDependencies({ 'meshopt.decoder': MeshoptDecoder })
  const doc = await io.read(MODEL)
  const node = doc.getRoot().listNodes().find((n) => n.getName() === 'skin')
  const prim = node?.getMesh()?.listPrimitives()[0]
  const pos = prim?.getAttribute('POSITION')
  const idx = prim?.getIndices()
  if (!node || !pos || !idx) throw new Error(`${MODEL} has no mesh named 'skin'`)
  // Quantised positions: the accessor gives them in the mesh's own units, the node's matrix places them.
  const m = node.getWorldMatrix()
  const positions = new Float32Array(pos.getCount() * 3)
  const p: number[] = [0, 0, 0]
  for (let i = 0; i < pos.getCount(); i++) {
    pos.getElement(i, p)
    const [x, y, z] = p as [number, number, number]
    positions.set([m[0] * x + m[4] * y + m[8] * z + m[12], m[1] * x + m[5] * y + m[9] * z + m[13], m[2] * x + m[6] * y + m[10] * z + m[14]], i * 3)
  }
  return { positions, indices: Uint32Array.from(idx.getArray()!) }
}

/** The place (body area and side, or UNNAMED skin) under each cell, run-length encoded per row. */
function placesOf(grid: ChartGrid, positions: Float32Array, normals: Float32Array, indices: Uint32Array, places: Map<string, number>): number[][] {
  const point = (k: number, values: Float32Array) => [0, 1, 2].map((c) => sampleGrid1(grid, indices, values, k, c)) as unknown as Vec3
  const rows: number[][] = []
  for (let j = 0; j < grid.rows; j++) {
    const runs: number[] = []
    let open = -1, from = 0
    const close = (i: number) => {
      if (open >= 0) runs.push(from, i - from, open)
    }
    for (let i = 0; i < grid.cols; i++) {
      const k = j * grid.cols + i
      let place = -1
      if (grid.triangle[k]! >= 0) {
        const hit = areasAtPoint(point(k, positions), point(k, normals))[0]
        const key = hit ? placeKey(hit) : UNNAMED
        if (!places.has(key)) places.set(key, places.size)
        place = places.get(key)!
      }
      if (place !== open) {
        close(i)
        open = place
        from = i
      }
    }
    close(grid.cols)
    rows.push(runs)
  }
  return rows
}

function sampleGrid1(grid: ChartGrid, indices: Uint32Array, values: Float32Array, k: number, c: number): number {
  const t = grid.triangle[k]!
  let v = 0
  for (let n = 0; n < 3; n++) v += grid.bary[k * 3 + n]! * values[indices[t * 3 + n]! * 3 + c]!
  return v
}

/** Essential and spillover weight per skin vertex for a trigger point on the left, as the 3D overlay computes them. */
function zoneWeights(tpId: string, positions: Float32Array, normals: Float32Array): { essential: Float32Array; spillover: Float32Array } {
  const tp = DATASET.triggerPoints.find((t) => t.id === tpId)!
  const n = positions.length / 3
  const out = { essential: new Float32Array(n), spillover: new Float32Array(n) }
  for (const kind of ['essential', 'spillover'] as const) {
    for (const z of tp.referral[kind]) {
      for (const side of zoneSides('left', z.laterality)) blobWeights(positions, normals, z.blobs, LANDMARKS, side, out[kind], positions)
    }
  }
  return out
}

export async function buildChart(): Promise<BodyChart> {
  const { positions, indices } = await readSkin()
  const normals = computeNormals(positions, indices)
  const grids = VIEWS.map((v) => rasterise(positions, indices, v, CELL_MM))
  const places = new Map<string, number>()
  const views = {} as Record<ChartView, ChartViewData>
  for (const g of grids) {
    views[g.view] = {
      u0: g.u0,
      w0: g.w0,
      cols: g.cols,
      rows: g.rows,
      outline: traceMask(g, (k) => g.triangle[k]! >= 0, 0.6),
      places: placesOf(g, positions, normals, indices, places),
    }
  }
  const patterns: Record<string, ChartPattern> = {}
  for (const tp of DATASET.triggerPoints) {
    const w = zoneWeights(tp.id, positions, normals)
    const pattern: Record<'essential' | 'spillover', Partial<Record<ChartView, string>>> = { essential: {}, spillover: {} }
    for (const g of grids) {
      for (const kind of ['essential', 'spillover'] as const) {
        const cells = sampleGrid(g, indices, w[kind])
        const d = traceMask(g, (k) => cells[k]! >= 0.5, 0.5)
        if (d) pattern[kind][g.view] = d
      }
    }
    patterns[tp.id] = pattern
  }
  return {
    about: `Generated by npm run export (scripts/export/chart.ts) from ${MODEL} and data/; do not edit. Chart space: mm, u to the right, w down; zones for a trigger point on the left.`,
    cell: CELL_MM,
    places: [...places.keys()],
    views,
    patterns,
  }
}

/** The chart file's text: one line of JSON. */
export async function renderChart(): Promise<{ path: string; text: string }> {
  return { path: OUT, text: `${JSON.stringify(await buildChart())}\n` }
}
