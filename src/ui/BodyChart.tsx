/**
 * The 2D body chart, front and back, shown instead of the 3D view where WebGL is missing. Everything on it comes
 * from public/models/chart.json, projected from the model by scripts/chart.ts: the outline, the shown trigger
 * point's referral zones (essential solid, spillover stippled) and the places under a tap. In "Where does it
 * hurt?" a tap marks the place under it.
 */
import { useEffect, useMemo, useState, type MouseEvent } from 'react'
import { placeAt, placeCentres, type BodyChart as Chart, type ChartView } from '../domain/body-chart'
import { placeKey } from '../domain/diary/entry'
import { describeView } from '../domain/view-description'
import { useStore } from '../store'

const VIEWS: readonly { view: ChartView; title: string }[] = [
  { view: 'front', title: 'Front' },
  { view: 'back', title: 'Back' },
]
/** A place is drawn on a view where it covers at least this many cells (a sliver seen edge-on is not). */
const MIN_CELLS = 4

let chartRequest: Promise<Chart> | null = null
function loadChart(): Promise<Chart> {
  chartRequest ??= fetch(`${import.meta.env.BASE_URL}models/chart.json`).then((r) => {
    if (!r.ok) throw new Error(`chart.json: HTTP ${r.status}`)
    return r.json() as Promise<Chart>
  })
  return chartRequest
}

export function BodyChart() {
  const [chart, setChart] = useState<Chart | null>(null)
  const [failed, setFailed] = useState(false)
  const label = useStore((s) => describeView(s).replace(/^3D body/, '2D body chart'))
  useEffect(() => {
    loadChart().then(setChart, () => setFailed(true))
  }, [])
  useEffect(() => {
    if (chart || failed) document.documentElement.dataset.ready = 'true'
  }, [chart, failed])
  if (failed) return <p className="no-webgl" role="alert">The body chart could not be loaded. The lists, search and the pain finder still work.</p>
  if (!chart) return <div className="loading" role="status">Loading the body chart…</div>
  return (
    <div className="body-chart" role="group" aria-label={label} data-testid="body-chart">
      <p className="muted chart-note">This browser cannot show the 3D body (WebGL is off or not supported), so here is the body as a chart.</p>
      <div className="chart-views">
        {VIEWS.map(({ view, title }) => (
          <ChartViewSvg key={view} chart={chart} view={view} title={title} />
        ))}
      </div>
    </div>
  )
}

function ChartViewSvg({ chart, view, title }: { chart: Chart; view: ChartView; title: string }) {
  const shown = useStore((s) => s.hoveredTriggerPoint ?? s.triggerPoint)
  const mode = useStore((s) => s.mode)
  const marks = useStore((s) => s.painMarks)
  const centres = useMemo(() => placeCentres(chart, view), [chart, view])
  const v = chart.views[view]
  const width = v.cols * chart.cell
  const height = v.rows * chart.cell
  const pattern = shown ? chart.patterns[shown.id] : undefined
  // Zones are drawn for a point on the left; a point on the right is their mirror image about the midline.
  const mirror = shown?.side === 'right' ? 'scale(-1 1)' : undefined

  const onClick = (e: MouseEvent<SVGSVGElement>) => {
    if (mode !== 'pain') return
    const svg = e.currentTarget
    const m = svg.getScreenCTM()
    if (!m) return
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(m.inverse())
    const hit = placeAt(chart, view, p.x, p.y)
    const s = useStore.getState()
    if (hit === 'body') s.showMessage('No named area just there: tap a little nearer, or type the place in the box.', 'info')
    if (!hit || hit === 'body') return
    if (!s.painMarks.some((mk) => mk.area === hit.area && mk.side === hit.side)) s.addPainMark(hit)
  }

  return (
    <figure className="chart-view">
      <svg
        viewBox={`${v.u0} ${v.w0} ${width} ${height}`}
        role="img"
        aria-label={`${title} of the body`}
        data-view={view}
        className={mode === 'pain' ? 'tappable' : undefined}
        onClick={onClick}
      >
        <defs>
          <pattern id={`stipple-${view}`} width="12" height="12" patternUnits="userSpaceOnUse">
            <circle cx="3" cy="3" r="2.2" fill="#c8412c" />
            <circle cx="9" cy="9" r="2.2" fill="#c8412c" />
          </pattern>
        </defs>
        <path d={v.outline} fill="#efe4dc" stroke="#6f625d" strokeWidth="2.5" fillRule="evenodd" />
        {pattern && (
          <g transform={mirror} data-testid={`chart-zones-${view}`}>
            {pattern.spillover[view] && <path className="zone-spillover" d={pattern.spillover[view]} fill={`url(#stipple-${view})`} fillRule="evenodd" />}
            {pattern.essential[view] && <path className="zone-essential" d={pattern.essential[view]} fill="#c8412c" fillOpacity="0.85" fillRule="evenodd" />}
          </g>
        )}
        {marks.map((mk) => {
          const c = centres.get(placeKey(mk))
          if (!c || c.cells < MIN_CELLS) return null
          return (
            <g key={mk.key} className="chart-mark" data-place={placeKey(mk)}>
              <circle cx={c.u} cy={c.w} r="28" fill="#c8412c" fillOpacity={0.25 + 0.05 * mk.intensity} stroke="#2a2220" strokeWidth="3" />
            </g>
          )
        })}
      </svg>
      <figcaption>{title}</figcaption>
    </figure>
  )
}
