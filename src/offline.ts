/**
 * Registers the service worker that keeps the atlas working offline (built by vite-plugin-pwa, see vite.config.ts).
 * It is registered once the body has drawn its first frame (or the page has loaded without a 3D view), so
 * precaching the models never competes with the first visit. When a new version takes over from an older one, the
 * page open now keeps running and a quiet note says the update opens next time.
 */
export const UPDATE_NOTICE = 'A new version of the atlas was downloaded. It opens the next time you visit.'

export function registerServiceWorker(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return
  const updating = navigator.serviceWorker.controller !== null
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // The first visit's worker also takes control (clientsClaim); only a replacement is news.
    if (updating) void import('./store').then(({ useStore }) => useStore.getState().showMessage(UPDATE_NOTICE))
  })
  afterFirstFrame(() => {
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL }).catch((e: unknown) => {
      console.warn('The offline copy could not be set up:', e)
    })
  })
}

/** Runs `then` once `<html data-ready="true">` is set (src/scene/ready.ts, or App without WebGL). */
function afterFirstFrame(then: () => void): void {
  const root = document.documentElement
  if (root.dataset.ready === 'true') return then()
  const seen = new MutationObserver(() => {
    if (root.dataset.ready !== 'true') return
    seen.disconnect()
    then()
  })
  seen.observe(root, { attributes: true, attributeFilter: ['data-ready'] })
}
