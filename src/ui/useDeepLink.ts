/** Applies the link's state on start and keeps the address bar in step with the whole view as it changes. */
import { useEffect } from 'react'
import { formatLink, parseLink, type LinkPainMark, type LinkState } from '../domain/deep-link'
import { roundCamera } from '../domain/link-view'
import { useStore, type State } from '../store'
import { readSavedBody, saveBody } from './saved-body'

/** The whole view as a link: what a fresh browser needs to draw the same picture. */
export function linkStateOf(s: State): LinkState {
  // In study mode the selection is a question's answer: it stays out of the address bar.
  if (s.mode === 'study') return { body: s.body }
  return {
    body: s.body,
    muscle: s.selected ?? undefined,
    triggerPoint: s.triggerPoint ?? undefined,
    condition: s.condition ?? undefined,
    pain:
      s.mode === 'pain' && s.painMarks.length
        ? s.painMarks.map((m) => ({ place: m.side ? `${m.side} ${m.area}` : m.area, intensity: m.intensity, point: m.point }))
        : undefined,
    mode: s.mode === 'explore' ? undefined : s.mode,
    skin: s.skin,
    peel: s.peelSuperficial || undefined,
    skeleton: s.skeleton || undefined,
    camera: s.cameraPose ? roundCamera(s.cameraPose) : undefined,
  }
}

/** Places from a `pain=` link, handed to the pain finder once it has loaded. */
export const pendingPainLink: { marks: readonly LinkPainMark[] | null } = { marks: null }

/** The address bar is rewritten at most this often while the camera moves (replaceState, no history entry). */
const WRITE_MS = 250

/** Parts of the state the link holds; a change to any of them rewrites the address. */
const LINKED = ['body', 'selected', 'triggerPoint', 'condition', 'painMarks', 'mode', 'skin', 'peelSuperficial', 'skeleton', 'cameraPose'] as const

function applyLink(state: LinkState): void {
  const s = useStore.getState()
  const mode = state.mode ?? (state.pain ? 'pain' : undefined)
  if (mode) s.setMode(mode)
  if (state.skin) s.setSkin(state.skin)
  if (state.peel !== undefined) s.setPeelSuperficial(state.peel)
  if (state.skeleton !== undefined) s.setSkeleton(state.skeleton)
  if (state.condition) s.selectCondition(state.condition)
  if (state.muscle) s.selectMuscle(state.muscle)
  if (state.triggerPoint && state.muscle) s.selectTriggerPoint(state.triggerPoint, state.muscle.id)
  // The link's own camera wins over framing the selection.
  if (state.camera) s.requestCameraPose(state.camera)
  else if (state.muscle) s.requestCamera('focus')
  if (state.pain) pendingPainLink.marks = state.pain
}

export function useDeepLink(): void {
  useEffect(() => {
    const parsed = parseLink(window.location.search)
    const s = useStore.getState()
    const saved = readSavedBody()
    const problems = saved.problem ? [...parsed.problems, saved.problem] : parsed.problems
    if (problems.length) s.showMessage(problems.join(' '), 'error')
    // A link's body becomes the person's choice, as if they had switched to it.
    const body = parsed.state.body ?? saved.body
    if (body) s.setBody(body)
    if (parsed.state.body) saveBody(parsed.state.body)
    applyLink(parsed.state)

    let last = 0
    let timer: ReturnType<typeof setTimeout> | null = null
    const write = () => {
      timer = null
      last = performance.now()
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${formatLink(linkStateOf(useStore.getState()))}`)
    }
    const unsubscribe = useStore.subscribe((st, prev) => {
      if (st.body !== prev.body) saveBody(st.body)
      const changed = LINKED.filter((k) => st[k] !== prev[k])
      if (!changed.length) return
      // A choice shows in the address at once; an orbit rewrites it a few times a second, not once per frame.
      if (changed.some((k) => k !== 'cameraPose') || (timer === null && performance.now() - last >= WRITE_MS)) {
        if (timer !== null) clearTimeout(timer)
        write()
      } else timer ??= setTimeout(write, WRITE_MS)
    })
    return () => {
      unsubscribe()
      if (timer !== null) clearTimeout(timer)
    }
  }, [])
}
