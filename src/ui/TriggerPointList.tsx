/** The selected muscle's trigger points; choosing one paints its referral on the body. */
import { triggerPointsOf } from '../domain/dataset'
import { useStore } from '../store'
import { TriggerPointDetails } from './TriggerPointDetails'

export function TriggerPointList({ muscle }: { muscle: string }) {
  const side = useStore((s) => s.selected?.side ?? 'left')
  const active = useStore((s) => s.triggerPoint)
  const tps = triggerPointsOf(muscle)
  if (tps.length === 0) return null
  return (
    <section className="tp-list" aria-label="Trigger points">
      <h3>Trigger points</h3>
      <ul>
        {tps.map((tp) => {
          const on = active?.id === tp.id
          return (
            <li key={tp.id}>
              <button
                type="button"
                aria-expanded={on}
                data-tp={tp.id}
                onClick={() => useStore.getState().selectTriggerPoint(on ? null : { id: tp.id, side }, tp.muscle)}
                onMouseEnter={() => useStore.getState().hoverTriggerPoint({ id: tp.id, side })}
                onMouseLeave={() => useStore.getState().hoverTriggerPoint(null)}
              >
                <span className="tp-mark" aria-hidden>
                  ✕
                </span>{' '}
                {tp.label} <span className="muted">· {tp.symptoms[0]}</span>
              </button>
              {on && <TriggerPointDetails tp={tp} />}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
