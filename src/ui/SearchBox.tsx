/** Fuzzy muscle search: arrow keys move, Enter selects and focuses. */
import { useId, useMemo, useState } from 'react'
import { searchMuscles } from '../domain/search'
import { useStore } from '../store'

export function SearchBox() {
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const hits = useMemo(() => searchMuscles(query), [query])
  const listId = useId()
  const choose = (id: string) => {
    const s = useStore.getState()
    s.selectMuscle({ id, side: s.selected?.side ?? 'left' })
    s.requestCamera('focus')
    setQuery('')
  }
  const open = query.trim().length > 0
  // The list holds only options; "no match" is said beside it, where a screen reader announces it.
  const listed = open && hits.length > 0
  return (
    <div className="search" role="search">
      <input
        type="search"
        placeholder="Search muscles: “traps”, “SCM”, “calf”…"
        aria-label="Search muscles"
        role="combobox"
        aria-expanded={listed}
        aria-controls={listId}
        aria-activedescendant={listed && hits[active] ? `${listId}-${active}` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value)
          setActive(0)
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, hits.length - 1))
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0))
          else if (e.key === 'Enter' && hits[active]) choose(hits[active].muscle.id)
          else if (e.key === 'Escape') setQuery('')
          else return
          e.preventDefault()
        }}
      />
      {open && hits.length === 0 && (
        <p className="search-results empty" role="status">
          No muscle matches “{query}”.
        </p>
      )}
      {listed && (
        <ul className="search-results" id={listId} role="listbox" aria-label="Matching muscles">
          {hits.map((h, i) => (
            <li
              key={h.muscle.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault()
                choose(h.muscle.id)
              }}
            >
              {h.muscle.name}
              {h.muscle.synonyms[0] && <span className="syn"> · {h.muscle.synonyms.slice(0, 2).join(', ')}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
