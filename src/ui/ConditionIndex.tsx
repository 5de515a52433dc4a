/** Conditions by category; choosing one highlights its muscles and lists its trigger points. */
import { useMemo } from 'react'
import { DATASET } from '../domain/dataset'
import { useStore } from '../store'

export const CATEGORY_LABELS = {
  myofascial: 'Trigger point pain',
  ischemia: 'Ischemia',
  'neural-entrapment': 'Nerve entrapment (soft tissue)',
  'nerve-compression': 'Nerve compression (bone, disc)',
  postural: 'Posture',
  gait: 'Gait',
} as const

export function ConditionIndex() {
  const current = useStore((s) => s.condition)
  const groups = useMemo(
    () =>
      Object.entries(CATEGORY_LABELS)
        .map(([cat, label]) => ({ cat, label, items: DATASET.conditions.filter((c) => c.category === cat) }))
        .filter((g) => g.items.length > 0),
    [],
  )
  return (
    <div className="muscle-list">
      {groups.map((g) => (
        <section key={g.cat} aria-label={g.label}>
          <h3>
            {g.label} <span className="muted">({g.items.length})</span>
          </h3>
          <ul>
            {g.items.map((c) => (
              <li key={c.id}>
                <button
                  type="button"
                  data-condition={c.id}
                  aria-current={current === c.id ? 'true' : undefined}
                  onClick={() => {
                    const s = useStore.getState()
                    s.selectCondition(current === c.id ? null : c.id)
                    s.selectMuscle(null)
                  }}
                >
                  {c.name}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
