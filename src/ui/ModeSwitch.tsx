import { useStore } from '../store'

/** Explore muscles, find what may cause a pain, or test yourself. */
export function ModeSwitch() {
  const mode = useStore((s) => s.mode)
  const setMode = useStore((s) => s.setMode)
  return (
    <div className="button-group mode" role="group" aria-label="Mode">
      <button type="button" aria-pressed={mode === 'explore'} onClick={() => setMode('explore')}>
        Explore muscles
      </button>
      <button type="button" aria-pressed={mode === 'pain'} onClick={() => setMode('pain')}>
        Where does it hurt?
      </button>
      <button type="button" aria-pressed={mode === 'study'} onClick={() => setMode('study')}>
        Study
      </button>
    </div>
  )
}
