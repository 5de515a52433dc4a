import { useStore } from '../store'

/** Opens the client handout (a print view) for what is on screen. */
export function HandoutButton() {
  return (
    <button type="button" onClick={() => useStore.getState().setHandout(true)}>
      Print / save as PDF
    </button>
  )
}
