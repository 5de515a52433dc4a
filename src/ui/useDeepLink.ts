/** Applies the link's state on start and keeps the address bar in step with what is shown. */
import { useEffect } from 'react'
import { formatLink, parseLink } from '../domain/deep-link'
import { useStore, type State } from '../store'
import { readSavedBody, saveBody } from './saved-body'

function linkOf(s: State): string {
  // In study mode the selection is a question's answer: it stays out of the address bar.
  if (s.mode === 'study') return formatLink({ body: s.body === 'female' ? 'female' : undefined })
  return formatLink({
    body: s.body === 'female' ? 'female' : undefined,
    muscle: s.selected ?? undefined,
    triggerPoint: s.triggerPoint ?? undefined,
    condition: s.condition ?? undefined,
    pain: s.mode === 'pain' ? s.painMarks.map((m) => (m.side ? `${m.side} ${m.area}` : m.area)) : undefined,
  })
}

/** Area words from a `pain=` link, handed to the pain finder once it has loaded. */
export const pendingPainLink: { words: readonly string[] | null } = { words: null }

export function useDeepLink(): void {
  useEffect(() => {
    const parsed = parseLink(window.location.search)
    const state = parsed.state
    const s = useStore.getState()
    const saved = readSavedBody()
    const problems = saved.problem ? [...parsed.problems, saved.problem] : parsed.problems
    if (problems.length) s.showMessage(problems.join(' '), 'error')
    // A link's body becomes the person's choice, as if they had switched to it.
    const body = state.body ?? saved.body
    if (body) s.setBody(body)
    if (state.body) saveBody(state.body)
    if (state.condition) s.selectCondition(state.condition)
    if (state.muscle) s.selectMuscle(state.muscle)
    if (state.triggerPoint && state.muscle) s.selectTriggerPoint(state.triggerPoint, state.muscle.id)
    if (state.muscle) s.requestCamera('focus')
    if (state.pain) {
      pendingPainLink.words = state.pain
      s.setMode('pain')
    }
    return useStore.subscribe((st, prev) => {
      if (st.body !== prev.body) saveBody(st.body)
      const keys = ['body', 'selected', 'triggerPoint', 'condition', 'painMarks', 'mode'] as const
      if (!keys.some((k) => st[k] !== prev[k])) return
      window.history.replaceState(null, '', `${window.location.pathname}${linkOf(st)}`)
    })
  }, [])
}
