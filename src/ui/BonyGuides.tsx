/** The bony places a palpation hint names, as buttons that mark each one on the body. */
import { useMemo } from 'react'
import type { TriggerPoint } from '../../data/schema'
import { palpationLandmarks } from '../domain/palpation'
import { useStore } from '../store'

export interface BonyGuidesProps {
  readonly tp: TriggerPoint
}

/** "Greater trochanter" reads as "greater trochanter" in a sentence; "Spinous process of C2" keeps its C2. */
const inSentence = (name: string) => name.charAt(0).toLowerCase() + name.slice(1)

export function BonyGuides({ tp }: BonyGuidesProps) {
  const guides = useMemo(() => palpationLandmarks(tp.id), [tp.id])
  const side = useStore((s) => (s.triggerPoint?.id === tp.id ? s.triggerPoint.side : (s.selected?.side ?? 'left')))
  const shown = useStore((s) => s.shownLandmark)
  if (guides.length === 0) return null
  return (
    <p className="bony-guides" data-testid="bony-guides">
      Bony guide:{' '}
      {guides.map((g) => {
        const on = shown?.id === g.id && shown.side === side
        return (
          <button
            key={g.id}
            type="button"
            aria-pressed={on}
            data-landmark={g.id}
            title={on ? 'Hide it on the body' : 'Show it on the body'}
            onClick={() => useStore.getState().showLandmark(on ? null : { id: g.id, side })}
          >
            {inSentence(g.name)}
          </button>
        )
      })}
    </p>
  )
}
