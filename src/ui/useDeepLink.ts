/** Applies `?muscle=…&side=…` on start and keeps the address bar in step with the selection. */
import { useEffect } from 'react'
import { formatLink, parseLink } from '../domain/deep-link'
import { useStore } from '../store'

export function useDeepLink(): void {
  useEffect(() => {
    const { state, problems } = parseLink(window.location.search)
    const s = useStore.getState()
    if (problems.length) s.showMessage(problems.join(' '), 'error')
    if (state.muscle) {
      s.selectMuscle(state.muscle)
      s.requestCamera('focus')
    }
    return useStore.subscribe((st, prev) => {
      if (st.selected === prev.selected) return
      const link = formatLink({ muscle: st.selected ?? undefined })
      window.history.replaceState(null, '', `${window.location.pathname}${link}`)
    })
  }, [])
}
