/**
 * The 2D body chart's geometry: the skin seen from the front or the back, rasterised into a grid of cells with a
 * depth test, and the outlines of masks on that grid traced into SVG paths. Pure; used by scripts/chart.ts.
 *
 * Chart space: millimetres, u to the viewer's right, w downwards (SVG's y); the body's midline is u = 0 and its
 * soles are near the bottom. From the front the body's left (+X) is on the viewer's right (u = x); from the back
 * it is on the left (u = −x). w = −y.
 */

export type ChartView = 'front' | 'back'

export interface ChartGrid {
  readonly view: ChartView
  /** Cell size, mm. */
  readonly cell: number
  /** Chart coordinates (mm) of the grid's top-left corner. */
  readonly u0: number
  readonly w0: number
  readonly cols: number
  readonly rows: number
  /** Per cell: the front-most triangle (−1 where the body is not), and the cell centre's barycentric weights. */
  readonly triangle: Int32Array
  readonly bary: Float32Array
}

/** A canonical point (metres) in chart space (mm) for a view. */
export function toChart(view: ChartView, p: readonly [number, number, number]): { u: number; w: number; depth: number } {
  return view === 'front' ? { u: p[0] * 1000, w: -p[1] * 1000, depth: p[2] } : { u: -p[0] * 1000, w: -p[1] * 1000, depth: -p[2] }
}

/**
 * Rasterises a triangle mesh (canonical metres) as seen from `view` into cells of `cellMm`, keeping the nearest
 * surface in each cell. The grid is symmetric about the midline, so a picture mirrored left–right fits it.
 */
export function rasterise(positions: ArrayLike<number>, indices: ArrayLike<number>, view: ChartView, cellMm: number): ChartGrid {
  const n = positions.length / 3
  const u = new Float64Array(n), w = new Float64Array(n), d = new Float64Array(n)
  let halfWidth = 0, top = Infinity, bottom = -Infinity
  for (let i = 0; i < n; i++) {
    const c = toChart(view, [positions[i * 3]!, positions[i * 3 + 1]!, positions[i * 3 + 2]!])
    u[i] = c.u
    w[i] = c.w
    d[i] = c.depth
    halfWidth = Math.max(halfWidth, Math.abs(c.u))
    top = Math.min(top, c.w)
    bottom = Math.max(bottom, c.w)
  }
  const margin = 2 * cellMm
  const half = Math.ceil((halfWidth + margin) / cellMm)
  const cols = 2 * half
  const u0 = -half * cellMm
  const w0 = Math.floor((top - margin) / cellMm) * cellMm
  const rows = Math.ceil((bottom + margin - w0) / cellMm)
  const triangle = new Int32Array(cols * rows).fill(-1)
  const bary = new Float32Array(cols * rows * 3)
  const depth = new Float64Array(cols * rows).fill(-Infinity)
  for (let t = 0; t < indices.length / 3; t++) {
    const a = indices[t * 3]!, b = indices[t * 3 + 1]!, c = indices[t * 3 + 2]!
    const ax = u[a]!, ay = w[a]!, bx = u[b]!, by = w[b]!, cx = u[c]!, cy = w[c]!
    const area = (bx - ax) * (cy - ay) - (cx - ax) * (by - ay)
    if (Math.abs(area) < 1e-9) continue
    const i0 = Math.max(0, Math.floor((Math.min(ax, bx, cx) - u0) / cellMm - 0.5))
    const i1 = Math.min(cols - 1, Math.ceil((Math.max(ax, bx, cx) - u0) / cellMm - 0.5))
    const j0 = Math.max(0, Math.floor((Math.min(ay, by, cy) - w0) / cellMm - 0.5))
    const j1 = Math.min(rows - 1, Math.ceil((Math.max(ay, by, cy) - w0) / cellMm - 0.5))
    for (let j = j0; j <= j1; j++) {
      const py = w0 + (j + 0.5) * cellMm
      for (let i = i0; i <= i1; i++) {
        const px = u0 + (i + 0.5) * cellMm
        const l1 = ((cx - bx) * (py - by) - (cy - by) * (px - bx)) / area
        const l2 = ((ax - cx) * (py - cy) - (ay - cy) * (px - cx)) / area
        const l3 = 1 - l1 - l2
        if (l1 < -1e-9 || l2 < -1e-9 || l3 < -1e-9) continue
        const z = l1 * d[a]! + l2 * d[b]! + l3 * d[c]!
        const k = j * cols + i
        if (z <= depth[k]!) continue
        depth[k] = z
        triangle[k] = t
        bary.set([l1, l2, l3], k * 3)
      }
    }
  }
  return { view, cell: cellMm, u0, w0, cols, rows, triangle, bary }
}

/** Per cell, a per-vertex value interpolated over the visible triangle (0 where the body is not). */
export function sampleGrid(grid: ChartGrid, indices: ArrayLike<number>, values: ArrayLike<number>, stride = 1, offset = 0): Float32Array {
  const out = new Float32Array(grid.triangle.length)
  for (let k = 0; k < out.length; k++) {
    const t = grid.triangle[k]!
    if (t < 0) continue
    let v = 0
    for (let c = 0; c < 3; c++) v += grid.bary[k * 3 + c]! * values[indices[t * 3 + c]! * stride + offset]!
    out[k] = v
  }
  return out
}

type Pt = readonly [number, number]

/**
 * The outline of a mask of cells as an SVG path in chart mm (even-odd fill: holes, such as between the legs, are
 * loops of their own). Traced along cell edges, cut to the edges' midpoints (45° corners, as marching squares
 * would), then simplified to within `toleranceCells` cells. Empty mask: ''.
 */
export function traceMask(grid: ChartGrid, inside: (k: number) => boolean, toleranceCells = 0.5): string {
  const { cols, rows } = grid
  const at = (i: number, j: number) => i >= 0 && j >= 0 && i < cols && j < rows && inside(j * cols + i)
  // Directed edges between cell corners with the inside on the right (SVG's y down), keyed by their start corner.
  const next = new Map<number, number[]>()
  const key = (i: number, j: number) => j * (cols + 1) + i
  const edge = (i0: number, j0: number, i1: number, j1: number) => {
    const k = key(i0, j0)
    const list = next.get(k)
    if (list) list.push(key(i1, j1))
    else next.set(k, [key(i1, j1)])
  }
  for (let j = 0; j < rows; j++) {
    for (let i = 0; i < cols; i++) {
      if (!at(i, j)) continue
      if (!at(i, j - 1)) edge(i, j, i + 1, j)
      if (!at(i + 1, j)) edge(i + 1, j, i + 1, j + 1)
      if (!at(i, j + 1)) edge(i + 1, j + 1, i, j + 1)
      if (!at(i - 1, j)) edge(i, j + 1, i, j)
    }
  }
  const loops: Pt[][] = []
  for (const start of [...next.keys()].sort((a, b) => a - b)) {
    while (next.get(start)?.length) {
      const corners: number[] = [start]
      let here = start
      for (;;) {
        const outs = next.get(here)!
        const to = outs.shift()!
        if (outs.length === 0) next.delete(here)
        if (to === start) break
        corners.push(to)
        here = to
        if (!next.get(here)?.length) break
      }
      const pts = corners.map((c): Pt => [c % (cols + 1), Math.floor(c / (cols + 1))])
      const mid = pts.map((p, i): Pt => {
        const q = pts[(i + 1) % pts.length]!
        return [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2]
      })
      if (mid.length >= 3) loops.push(simplifyLoop(mid, toleranceCells))
    }
  }
  const mm = (p: Pt) => `${round(grid.u0 + p[0] * grid.cell)} ${round(grid.w0 + p[1] * grid.cell)}`
  return loops
    .filter((l) => l.length >= 3)
    .map((l) => `M${l.map(mm).join('L')}Z`)
    .join('')
}

const round = (x: number) => String(Math.round(x * 2) / 2)

/** Douglas–Peucker on a closed loop, split at its first point and the point farthest from it. */
function simplifyLoop(loop: readonly Pt[], tol: number): Pt[] {
  let far = 0, best = -1
  loop.forEach((p, i) => {
    const d = (p[0] - loop[0]![0]) ** 2 + (p[1] - loop[0]![1]) ** 2
    if (d > best) {
      best = d
      far = i
    }
  })
  const a = simplifyLine(loop.slice(0, far + 1), tol)
  const b = simplifyLine([...loop.slice(far), loop[0]!], tol)
  return [...a.slice(0, -1), ...b.slice(0, -1)]
}

function simplifyLine(pts: readonly Pt[], tol: number): Pt[] {
  if (pts.length <= 2) return [...pts]
  const [a, b] = [pts[0]!, pts[pts.length - 1]!]
  const dx = b[0] - a[0], dy = b[1] - a[1]
  const len = Math.hypot(dx, dy)
  let worst = 0, at = 0
  for (let i = 1; i < pts.length - 1; i++) {
    const p = pts[i]!
    const d = len === 0 ? Math.hypot(p[0] - a[0], p[1] - a[1]) : Math.abs(dx * (p[1] - a[1]) - dy * (p[0] - a[0])) / len
    if (d > worst) {
      worst = d
      at = i
    }
  }
  if (worst <= tol) return [a, b]
  return [...simplifyLine(pts.slice(0, at + 1), tol).slice(0, -1), ...simplifyLine(pts.slice(at), tol)]
}
