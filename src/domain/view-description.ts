/**
 * The 3D view in words, for people who cannot see it: the text alternative of the body canvas. Pure; the store's
 * state fits `ViewFacts` as it is.
 */
import type { Side } from '../../data/schema'
import { areaById, conditionById, DATASET, muscleById, triggerPointById, type Dataset } from './dataset'

export interface ViewFacts {
  readonly body: 'male' | 'female'
  readonly mode: 'explore' | 'pain' | 'study'
  readonly selected: { readonly id: string; readonly side: Side } | null
  readonly triggerPoint: { readonly id: string; readonly side: Side } | null
  readonly condition: string | null
  readonly painMarks: readonly { readonly area: string; readonly side?: Side }[]
  readonly skin: 'opaque' | 'translucent' | 'hidden'
  readonly skeleton: boolean
  readonly peelSuperficial: boolean
}

/** "a, b and c" */
function list(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}

const areaName = (id: string, data: Dataset) => areaById(id, data)?.name.toLowerCase() ?? id

function triggerPointWords(id: string, data: Dataset): string | null {
  const tp = triggerPointById(id, data)
  if (!tp) return null
  const essential = [...new Set(tp.referral.essential.flatMap((z) => z.areas))].map((a) => areaName(a, data))
  const spill = [...new Set(tp.referral.spillover.flatMap((z) => z.areas))].map((a) => areaName(a, data))
  const to = essential.length ? ` to the ${list(essential)}` : ''
  const sometimes = spill.length ? ` (sometimes the ${list(spill)})` : ''
  return `trigger point ${tp.label} with its referral pattern${to}${sometimes}`
}

function focusWords(v: ViewFacts, data: Dataset): string[] {
  // A self-test must not name its own answer: the question and the answer are told in the panel beside the view.
  if (v.mode === 'study') return ['a study question, told in the panel beside the view']
  const out: string[] = []
  if (v.selected) out.push(`${muscleById(v.selected.id, data)?.name ?? v.selected.id} (${v.selected.side}) selected`)
  const tp = v.triggerPoint ? triggerPointWords(v.triggerPoint.id, data) : null
  if (tp) out.push(tp)
  const condition = v.condition ? conditionById(v.condition, data) : undefined
  if (condition) {
    const names = condition.muscles.map((m) => muscleById(m, data)?.name ?? m)
    out.push(`${condition.name}, its muscles highlighted: ${list(names)}`)
  }
  if (v.painMarks.length) {
    const places = [...new Set(v.painMarks.map((m) => (m.side ? `${m.side} ` : '') + areaName(m.area, data)))]
    out.push(`pain marked at the ${list(places)}`)
  } else if (v.mode === 'pain') out.push('no pain marked yet')
  if (!out.length) out.push('the muscles, none selected')
  return out
}

function layerWords(v: ViewFacts): string {
  const under = list(v.skeleton ? ['muscles', 'skeleton'] : ['muscles'])
  const layers = v.skin === 'opaque' ? `skin over the ${under}` : v.skin === 'translucent' ? `see-through skin over the ${under}` : under
  return `Layers: ${layers}${v.peelSuperficial ? '; surface muscles peeled away' : ''}.`
}

/**
 * One paragraph naming what the 3D view shows: the body, the selection, a trigger point's referral pattern, a
 * condition's muscles, the pain marks and the layers, then how to use it. Unknown ids are named as they are.
 */
export function describeView(v: ViewFacts, data: Dataset = DATASET): string {
  const hint =
    v.mode === 'pain'
      ? 'Tap the body where it hurts; drag to turn, scroll or pinch to zoom.'
      : 'Drag to turn, scroll or pinch to zoom, click a muscle to select it.'
  return `3D body, ${v.body}, showing: ${focusWords(v, data).join('; ')}. ${layerWords(v)} ${hint}`
}
