/**
 * The 2D body chart (public/models/chart.json, written by scripts/chart.ts from the model): its format, the place
 * under a tapped point, and where a place sits on each view. Pure: no React, no DOM.
 *
 * Chart space: millimetres, u to the viewer's right, w downwards, the body's midline at u = 0. From the front the
 * body's left is on the viewer's right; from the back, on the viewer's left.
 */
import type { Side } from '../../data/schema'

export type ChartView = 'front' | 'back'

export interface ChartViewData {
  /** Top-left corner of the grid, mm; the grid is symmetric about u = 0. */
  readonly u0: number
  readonly w0: number
  readonly cols: number
  readonly rows: number
  /** SVG path of the body's outline (even-odd fill). */
  readonly outline: string
  /** Per row, runs of cells over one place: [first column, length, index into `places`, …]. */
  readonly places: readonly (readonly number[])[]
}

/** A trigger point's zones as SVG paths per view, drawn for a point on the left; absent where a view shows none. */
export interface ChartPattern {
  readonly essential: Partial<Record<ChartView, string>>
  readonly spillover: Partial<Record<ChartView, string>>
}

export interface BodyChart {
  readonly about: string
  /** Cell size, mm. */
  readonly cell: number
  /** Place keys, "left temple" or "sternum"; "" for skin where no area is named. */
  readonly places: readonly string[]
  readonly views: Readonly<Record<ChartView, ChartViewData>>
  readonly patterns: Readonly<Record<string, ChartPattern>>
}

/** The place key of skin where no body area is named. */
export const UNNAMED = ''

export interface ChartPlace {
  readonly area: string
  readonly side?: Side
}

/** A place key ("left temple", "sternum") as area and side. */
export function parsePlace(key: string): ChartPlace {
  const m = /^(left|right) (.+)$/.exec(key)
  return m ? { area: m[2]!, side: m[1] as Side } : { area: key }
}

/** What a tap at chart point (u, w) lands on: a named place, the body where no place is named, or beside the body. */
export function placeAt(chart: BodyChart, view: ChartView, u: number, w: number): ChartPlace | 'body' | null {
  const v = chart.views[view]
  const i = Math.floor((u - v.u0) / chart.cell)
  const j = Math.floor((w - v.w0) / chart.cell)
  if (i < 0 || j < 0 || i >= v.cols || j >= v.rows) return null
  const runs = v.places[j]!
  for (let r = 0; r < runs.length; r += 3) {
    if (i < runs[r]! || i >= runs[r]! + runs[r + 1]!) continue
    const key = chart.places[runs[r + 2]!]!
    return key === UNNAMED ? 'body' : parsePlace(key)
  }
  return null
}

/** The middle of each place on a view (mean of its cells, chart mm), for drawing marks; keyed by place key. */
export function placeCentres(chart: BodyChart, view: ChartView): Map<string, { u: number; w: number; cells: number }> {
  const v = chart.views[view]
  const sums = new Map<number, [number, number, number]>()
  v.places.forEach((runs, j) => {
    for (let r = 0; r < runs.length; r += 3) {
      const [i0, n, p] = [runs[r]!, runs[r + 1]!, runs[r + 2]!]
      if (chart.places[p] === UNNAMED) continue
      const s = sums.get(p) ?? [0, 0, 0]
      s[0] += n * (v.u0 + (i0 + n / 2) * chart.cell)
      s[1] += n * (v.w0 + (j + 0.5) * chart.cell)
      s[2] += n
      sums.set(p, s)
    }
  })
  return new Map([...sums].map(([p, [u, w, n]]) => [chart.places[p]!, { u: u / n, w: w / n, cells: n }]))
}
