/** Type where it hurts ("temple", "left heel", "tennis elbow"), with suggestions as you type. */
import { useId, useMemo, useState } from 'react'
import type { Side } from '../../data/schema'
import { resolveArea, suggestAreas } from '../domain/body-areas'
import { areaById } from '../domain/dataset'
import { useStore, type PainMark } from '../store'

export function addAreaMark(area: string, side: Side | undefined, extra: Partial<Pick<PainMark, 'intensity' | 'point'>> = {}): void {
  const s = useStore.getState()
  const sided = areaById(area)?.sided ?? false
  const sides: (Side | undefined)[] = sided ? (side ? [side] : ['left', 'right']) : [undefined]
  for (const sd of sides) {
    if (!s.painMarks.some((m) => m.area === area && m.side === sd)) s.addPainMark({ area, side: sd, ...definedOnly(extra) })
  }
}

/** A link's intensity and tapped point, leaving out the ones it does not give. */
function definedOnly(extra: Partial<Pick<PainMark, 'intensity' | 'point'>>): Partial<Pick<PainMark, 'intensity' | 'point'>> {
  return Object.fromEntries(Object.entries(extra).filter(([, v]) => v !== undefined))
}

export function PainAreaInput() {
  const [text, setText] = useState('')
  const [side, setSide] = useState<Side | 'both'>('both')
  const listId = useId()
  const suggestions = useMemo(() => (text.trim() ? suggestAreas(text, undefined, 6) : []), [text])
  const add = (area: string, fromText?: Side) => {
    addAreaMark(area, fromText ?? (side === 'both' ? undefined : side))
    setText('')
  }
  const submit = () => {
    const r = resolveArea(text)
    if (r) add(r.area, r.side)
    else if (suggestions[0]) add(suggestions[0].area, suggestions[0].side)
    else useStore.getState().showMessage(`No body area matches “${text}”. Try words like “temple”, “heel” or “outer elbow”.`, 'error')
  }
  return (
    <div className="pain-input">
      <label htmlFor={`${listId}-in`}>Where does it hurt?</label>
      <div className="row">
        <input
          id={`${listId}-in`}
          type="search"
          placeholder="e.g. temple, heel, outer elbow"
          value={text}
          aria-controls={suggestions.length > 0 ? listId : undefined}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault()
              submit()
            }
          }}
        />
        <select aria-label="Side" value={side} onChange={(e) => setSide(e.target.value as Side | 'both')}>
          <option value="both">Both sides / not sure</option>
          <option value="left">Left</option>
          <option value="right">Right</option>
        </select>
      </div>
      {suggestions.length > 0 && (
        <ul className="suggestions" id={listId} aria-label="Suggested areas">
          {suggestions.map((s) => (
            <li key={`${s.area}-${s.side ?? ''}`}>
              <button type="button" onClick={() => add(s.area, s.side)}>
                {s.side ? `${s.side} ` : ''}
                {s.name.toLowerCase()}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
