/** Signals tools and tests that the model has drawn its first frame: `<html data-ready="true">`. */
export function markReady(): void {
  performance.mark('tpe:first-frame')
  document.documentElement.dataset.ready = 'true'
  window.dispatchEvent(new Event('tpe:ready'))
}
