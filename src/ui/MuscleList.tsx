/** All muscles by region; mirrors the 3D selection both ways and works from the keyboard. */
import { useEffect, useMemo, useRef } from 'react'
import { musclesByRegion } from '../domain/regions'
import { useStore } from '../store'

export function MuscleList() {
  const groups = useMemo(() => musclesByRegion(), [])
  const selected = useStore((s) => s.selected)
  const listRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!selected) return
    listRef.current?.querySelector(`[data-muscle="${selected.id}"]`)?.scrollIntoView({ block: 'nearest' })
  }, [selected])
  const choose = (id: string) => {
    const s = useStore.getState()
    s.selectMuscle({ id, side: s.selected?.side ?? 'left' })
    s.requestCamera('focus')
  }
  return (
    <div className="muscle-list" ref={listRef}>
      {groups.map((g) => (
        <section key={g.region} aria-label={g.label}>
          <h3>{g.label}</h3>
          <ul>
            {g.muscles.map((m) => (
              <li key={m.id}>
                <button
                  type="button"
                  data-muscle={m.id}
                  aria-current={selected?.id === m.id ? 'true' : undefined}
                  onClick={() => choose(m.id)}
                >
                  {m.name}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
