/**
 * Reads and writes the app's state in the URL: `?muscle=<id>&side=<left|right>`, `?tp=<id>&side=…`,
 * `?condition=<id>`, `?pain=<area>,<area>`, `?body=female|male`. Every parameter it cannot use becomes a
 * plain-language problem.
 */
import type { Side } from '../../data/schema'
import { conditionById, DATASET, muscleById, triggerPointById, type Dataset } from './dataset'

export type LinkBody = 'male' | 'female'

export interface LinkState {
  /** Which body to draw; absent means the person's own saved choice. */
  readonly body?: LinkBody
  readonly muscle?: { readonly id: string; readonly side: Side }
  readonly triggerPoint?: { readonly id: string; readonly side: Side }
  readonly condition?: string
  /** Raw area words from `pain=`; the pain finder resolves them. */
  readonly pain?: readonly string[]
}

export interface ParsedLink {
  readonly state: LinkState
  readonly problems: readonly string[]
}

export function parseLink(search: string, data: Dataset = DATASET): ParsedLink {
  const params = new URLSearchParams(search)
  const problems: string[] = []
  const state: { -readonly [K in keyof LinkState]: LinkState[K] } = {}
  const sideParam = params.get('side')
  let side: Side = 'left'
  if (sideParam === 'right' || sideParam === 'left') side = sideParam
  else if (sideParam !== null) problems.push(`The link's side "${sideParam}" is not left or right; showing the left side.`)

  const tp = params.get('tp')
  if (tp !== null) {
    const found = triggerPointById(tp, data)
    if (found) {
      state.triggerPoint = { id: tp, side }
      state.muscle = { id: found.muscle, side }
    } else problems.push(`The link names a trigger point "${tp}" that this atlas does not have.`)
  }
  const id = params.get('muscle')
  if (id !== null && !state.muscle) {
    if (muscleById(id, data)) state.muscle = { id, side }
    else problems.push(`The link names a muscle "${id}" that this atlas does not have. Search for it by name instead.`)
  }
  const condition = params.get('condition')
  if (condition !== null) {
    if (conditionById(condition, data)) state.condition = condition
    else problems.push(`The link names a condition "${condition}" that this atlas does not cover.`)
  }
  const body = params.get('body')
  if (body === 'male' || body === 'female') state.body = body
  else if (body !== null) problems.push(`The link asks for a body "${body}"; this atlas has a male and a female body.`)
  const pain = params.get('pain')
  if (pain !== null) state.pain = pain.split(',').map((s) => s.trim()).filter(Boolean)
  return { state, problems }
}

export function formatLink(state: LinkState): string {
  const params = new URLSearchParams()
  if (state.body) params.set('body', state.body)
  if (state.triggerPoint) {
    params.set('tp', state.triggerPoint.id)
    params.set('side', state.triggerPoint.side)
  } else if (state.muscle) {
    params.set('muscle', state.muscle.id)
    params.set('side', state.muscle.side)
  }
  if (state.condition) params.set('condition', state.condition)
  if (state.pain?.length) params.set('pain', state.pain.join(','))
  const s = params.toString().replace(/%2C/g, ',')
  return s ? `?${s}` : ''
}
