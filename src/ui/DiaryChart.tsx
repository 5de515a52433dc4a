/** Intensity per place over time, drawn as plain SVG from the diary's series, with the same figures as a table. */
import { useId, useMemo } from 'react'
import { dayInWords, type DiaryEntry } from '../domain/diary/entry'
import { intensitySeries } from '../domain/diary/series'

export interface DiaryChartProps {
  entries: readonly DiaryEntry[]
}

/** At most this many places are drawn (the most painful); more lines would be too many to tell apart. */
const MAX_PLACES = 8
/** Okabe–Ito colours, told apart with most kinds of colour blindness; yellow darkened to show on white. */
const COLOURS = ['#D55E00', '#0072B2', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#8C7A00']

// The drawing's own units (viewBox); the SVG scales to the panel's width.
const W = 300
const H = 160
const PAD = { left: 26, right: 10, top: 8, bottom: 22 }
const PLOT_W = W - PAD.left - PAD.right
const PLOT_H = H - PAD.top - PAD.bottom

const shortDay = (day: string) => dayInWords(day).split(' ').slice(1, 3).join(' ')

export function DiaryChart({ entries }: DiaryChartProps) {
  const series = useMemo(() => intensitySeries(entries), [entries])
  const id = useId()
  const places = series.places.slice(0, MAX_PLACES)
  if (places.length === 0) return null
  const x = (t: number) => PAD.left + (series.span === 0 ? PLOT_W / 2 : (PLOT_W * t) / series.span)
  const y = (v: number) => PAD.top + PLOT_H * (1 - v / 10)
  const first = series.days[0]!
  const last = series.days[series.days.length - 1]!
  return (
    <figure className="diary-chart">
      <figcaption id={`${id}-caption`}>
        How much each place hurt, day by day (0–10). A place not marked on a day counts as 0; on a day with several
        drawings, the last one counts.
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-caption`} data-testid="diary-chart">
        {[0, 5, 10].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="#e4dcd6" strokeWidth={1} />
            <text x={PAD.left - 6} y={y(v) + 3.5} textAnchor="end" fontSize={10} fill="#6f625d">
              {v}
            </text>
          </g>
        ))}
        <text x={x(0)} y={H - 6} textAnchor={series.span === 0 ? 'middle' : 'start'} fontSize={10} fill="#6f625d">
          {shortDay(first)}
        </text>
        {series.span > 0 && (
          <text x={x(series.span)} y={H - 6} textAnchor="end" fontSize={10} fill="#6f625d">
            {shortDay(last)}
          </text>
        )}
        {places.map((p, i) => {
          const colour = COLOURS[i % COLOURS.length]
          return (
            <g key={p.key} data-place={p.key}>
              {p.points.length > 1 && (
                <polyline points={p.points.map((q) => `${x(q.t)},${y(q.intensity)}`).join(' ')} fill="none" stroke={colour} strokeWidth={2} strokeLinejoin="round" />
              )}
              {p.points.map((q) => (
                <circle key={q.day} cx={x(q.t)} cy={y(q.intensity)} r={3} fill={colour}>
                  <title>{`${p.label}, ${dayInWords(q.day)}: ${q.intensity}/10`}</title>
                </circle>
              ))}
            </g>
          )
        })}
      </svg>
      <ul className="chart-legend" aria-label="Places in the chart">
        {places.map((p, i) => (
          <li key={p.key}>
            <svg width={12} height={12} aria-hidden="true">
              <rect width={12} height={12} rx={2} fill={COLOURS[i % COLOURS.length]} />
            </svg>
            {p.label}
          </li>
        ))}
      </ul>
      {series.places.length > MAX_PLACES && (
        <p className="muted">
          The {series.places.length - MAX_PLACES} less painful places are left out of the chart; they are in the entries below.
        </p>
      )}
      <table className="sr-only">
        <caption>Intensity by day (0–10)</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            {places.map((p) => (
              <th key={p.key} scope="col">
                {p.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {series.days.map((day, d) => (
            <tr key={day}>
              <th scope="row">{dayInWords(day)}</th>
              {places.map((p) => (
                <td key={p.key}>{p.points[d]!.intensity}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
