/**
 * Presentation mode: the screen turned to the client. The body fills the screen; a caption says in plain words what
 * is shown; big buttons step through the muscle's trigger points or the candidates of a pain drawing.
 */
import { useEffect } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { presentationCaption, presentationSteps } from '../domain/presentation'
import { useStore } from '../store'
import './presentation.css'

/** Keys are ignored while the person types. */
const typing = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName))

/** `P` turns presentation on and off, Esc leaves it, the arrow keys step. */
export function usePresentationKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return
      const s = useStore.getState()
      // Study mode's selection is a question's answer: presenting it would give the answer away.
      if (s.handout || s.mode === 'study') return
      if (e.key === 'p' || e.key === 'P') s.setPresenting(!s.presenting)
      else if (!s.presenting) return
      else if (e.key === 'Escape') s.setPresenting(false)
      else if (e.key === 'ArrowRight') step(1)
      else if (e.key === 'ArrowLeft') step(-1)
      else return
      e.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}

/** Shows the next (or previous) step: a trigger point of the muscle, or a muscle that may explain the marks. */
function step(by: 1 | -1): void {
  const s = useStore.getState()
  const steps = presentationSteps(s)
  if (!steps.items.length) return
  const next = steps.items[(steps.index + by + steps.items.length) % steps.items.length]!
  s.selectTriggerPoint({ id: next.triggerPoint, side: next.side }, next.muscle)
  // See-through skin over a pain drawing: the trigger point shows beneath the painted zone and the marks.
  if (s.mode === 'pain' && s.skin === 'opaque') s.setSkin('translucent')
}

/** The button that turns the screen to the client. */
export function PresentButton() {
  const setPresenting = useStore((s) => s.setPresenting)
  const study = useStore((s) => s.mode === 'study')
  if (study) return null
  return (
    <button type="button" className="present-button" onClick={() => setPresenting(true)} aria-keyshortcuts="P" title="Present to a client (P)">
      Present
    </button>
  )
}

export function Presentation() {
  const presenting = useStore((s) => s.presenting)
  const turning = useStore((s) => s.turning)
  const state = useStore(useShallow((s) => ({ mode: s.mode, selected: s.selected, triggerPoint: s.triggerPoint, painMarks: s.painMarks })))
  useEffect(() => {
    if (presenting) document.documentElement.dataset.presenting = 'true'
    else delete document.documentElement.dataset.presenting
  }, [presenting])
  if (!presenting) return null
  const caption = presentationCaption(state)
  const steps = presentationSteps(state)
  const s = useStore.getState
  return (
    <section className="presentation" aria-label="Presentation">
      <div className="present-caption" aria-live="polite">
        {caption.title && <h2>{caption.title}</h2>}
        <p>{caption.text}</p>
      </div>
      <div className="present-controls">
        {steps.items.length > 1 && (
          <button type="button" onClick={() => step(-1)} aria-label={`Previous ${steps.noun}`}>
            ◀
          </button>
        )}
        {steps.items.length > 0 && (
          <button type="button" className="present-next" onClick={() => step(1)}>
            {steps.index < 0 ? `Show ${steps.noun}` : `Next ${steps.noun}`}
            {steps.index >= 0 && steps.items.length > 1 && <span className="present-count"> {steps.index + 1} of {steps.items.length}</span>}
          </button>
        )}
        <button type="button" aria-pressed={turning} onClick={() => s().setTurning(!turning)}>
          {turning ? 'Stop turning' : 'Turn slowly'}
        </button>
      </div>
      <button type="button" className="present-leave" onClick={() => s().setPresenting(false)} aria-keyshortcuts="Escape">
        Leave (Esc)
      </button>
    </section>
  )
}
