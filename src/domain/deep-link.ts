/** Reads and writes the app's state in the URL (`?muscle=<id>&side=<left|right>`), reporting what it cannot use. */
import type { Side } from '../../data/schema'
import { DATASET, muscleById, type Dataset } from './dataset'

export interface LinkState {
  readonly muscle?: { readonly id: string; readonly side: Side }
}

export interface ParsedLink {
  readonly state: LinkState
  /** Plain-language problems, one per ignored parameter. */
  readonly problems: readonly string[]
}

export function parseLink(search: string, data: Dataset = DATASET): ParsedLink {
  const params = new URLSearchParams(search)
  const problems: string[] = []
  let muscle: LinkState['muscle']
  const id = params.get('muscle')
  if (id !== null) {
    const sideParam = params.get('side') ?? 'left'
    const side: Side | null = sideParam === 'left' || sideParam === 'right' ? sideParam : null
    if (!muscleById(id, data)) {
      problems.push(`The link names a muscle "${id}" that this atlas does not have. Search for it by name instead.`)
    } else if (!side) {
      problems.push(`The link's side "${sideParam}" is not left or right; showing the left side.`)
      muscle = { id, side: 'left' }
    } else muscle = { id, side }
  }
  return { state: { muscle }, problems }
}

export function formatLink(state: LinkState): string {
  const params = new URLSearchParams()
  if (state.muscle) {
    params.set('muscle', state.muscle.id)
    params.set('side', state.muscle.side)
  }
  const s = params.toString()
  return s ? `?${s}` : ''
}
