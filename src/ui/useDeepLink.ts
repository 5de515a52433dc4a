/** Applies the link's state on start and keeps the address bar in step with what is shown. */
import { useEffect } from 'react'
import { formatLink, parseLink } from '../domain/deep-link'
import { useStore, type State } from '../store'

function linkOf(s: State): string {
  return formatLink({
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
    const { state, problems } = parseLink(window.location.search)
    const s = useStore.getState()
    if (problems.length) s.showMessage(problems.join(' '), 'error')
    if (state.condition) s.selectCondition(state.condition)
    if (state.muscle) s.selectMuscle(state.muscle)
    if (state.triggerPoint && state.muscle) s.selectTriggerPoint(state.triggerPoint, state.muscle.id)
    if (state.muscle) s.requestCamera('focus')
    if (state.pain) {
      pendingPainLink.words = state.pain
      s.setMode('pain')
    }
    return useStore.subscribe((st, prev) => {
      const keys = ['selected', 'triggerPoint', 'condition', 'painMarks', 'mode'] as const
      if (!keys.some((k) => st[k] !== prev[k])) return
      window.history.replaceState(null, '', `${window.location.pathname}${linkOf(st)}`)
    })
  }, [])
}
