/** The body a person chose, kept on this device (localStorage) so a reload shows the same one. */
import type { BodyKind } from '../store'

const KEY = 'tpe.body'

/** The saved choice, if any; a damaged value is dropped with a plain message and the default body is used. */
export function readSavedBody(): { body?: BodyKind; problem?: string } {
  let raw: string | null = null
  try {
    raw = window.localStorage.getItem(KEY)
  } catch {
    return {}
  }
  if (raw === null) return {}
  if (raw === 'male' || raw === 'female') return { body: raw }
  try {
    window.localStorage.removeItem(KEY)
  } catch {
    // Storage may be read-only (private mode); nothing else to do.
  }
  return { problem: 'The saved choice of body could not be read, so the default body is shown.' }
}

export function saveBody(body: BodyKind): void {
  try {
    window.localStorage.setItem(KEY, body)
  } catch {
    // Without storage the choice simply lasts until the page is closed.
  }
}
