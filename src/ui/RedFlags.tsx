/** When to see a doctor before treating a trigger point: the red flags of its conditions, by condition. */
import type { TriggerPoint } from '../../data/schema'
import { redFlagsOf } from '../domain/dataset'

export interface RedFlagsProps {
  readonly tp: TriggerPoint
  /** Start folded, for lists where several are shown. */
  readonly folded?: boolean
}

export function RedFlags({ tp, folded = false }: RedFlagsProps) {
  const groups = redFlagsOf(tp)
  if (groups.length === 0) return null
  const count = groups.reduce((n, g) => n + g.flags.length, 0)
  return (
    <details className="red-flags" open={!folded} data-testid="red-flags">
      <summary>
        <strong>See a doctor first</strong> if any of these apply ({count})
      </summary>
      {groups.map((g) => (
        <section key={g.condition} aria-label={`Red flags: ${g.name}`}>
          <p className="red-flags-for">{g.name}</p>
          <ul>
            {g.flags.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        </section>
      ))}
    </details>
  )
}
