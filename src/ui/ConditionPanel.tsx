/** A condition in plain words: its muscles and trigger points, and when to see a clinician instead. */
import { conditionById, muscleById, triggerPointsFor } from '../domain/dataset'
import { formatSource } from '../domain/sources'
import { useStore } from '../store'
import { CATEGORY_LABELS } from './ConditionIndex'

export function ConditionPanel({ id }: { id: string }) {
  const c = conditionById(id)
  if (!c) return null
  const tps = triggerPointsFor(id)
  return (
    <article data-testid="condition-panel">
      <p className="meta">{CATEGORY_LABELS[c.category]}</p>
      <h2>{c.name}</h2>
      <p>{c.description}</p>
      <div className="red-flags" role="note">
        <strong>See a clinician promptly if you have:</strong>
        <ul>
          {c.redFlags.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
      </div>
      <h3>Muscles involved</h3>
      <p className="chips">
        {c.muscles.map((m) => (
          <button key={m} type="button" onClick={() => useStore.getState().selectMuscle({ id: m, side: 'left' })}>
            {muscleById(m)?.name ?? m}
          </button>
        ))}
      </p>
      <h3>Trigger points</h3>
      <ul className="plain">
        {tps.map((tp) => (
          <li key={tp.id}>
            <button
              type="button"
              onClick={() => {
                const s = useStore.getState()
                s.selectTriggerPoint({ id: tp.id, side: 'left' }, tp.muscle)
                s.requestCamera('focus')
              }}
            >
              {muscleById(tp.muscle)?.name} {tp.label}
            </button>
          </li>
        ))}
      </ul>
      <p className="source">Source: {formatSource(c.source)}</p>
      <button type="button" onClick={() => useStore.getState().selectCondition(null)}>
        Close
      </button>
    </article>
  )
}
