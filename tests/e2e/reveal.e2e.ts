/**
 * Every muscle, on each side, can be seen when chosen: the app is opened once, each muscle is chosen as a link
 * chooses it (selected, then the camera asked to focus), and the chosen muscle's highlight colour is counted on the
 * canvas once the camera has arrived.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BODY, openApp, startApp, type AppHarness } from './app'

let app: AppHarness
beforeAll(async () => {
  app = await startApp()
})
afterAll(async () => {
  await app?.close()
})

/** Smallest share of the canvas a chosen muscle may show (0.3 %). */
const MIN_SHARE = 0.003

/**
 * Runs in the page: the share of the canvas in the chosen muscle's orange-red (its tendons a paler orange), bright,
 * saturated and of that hue, read two frames after the camera stopped (the last frame has then reached the canvas).
 * Dimmed muscles and their tendons are grey, the core dark brown, the skin pale; a ghost over the chosen muscle tints
 * it only a little.
 */
function highlightShare(): Promise<number> {
  return new Promise((done) => {
    const count = () => {
      const c = document.querySelector('canvas')!
      const off = document.createElement('canvas')
      off.width = c.width
      off.height = c.height
      const ctx = off.getContext('2d', { willReadFrequently: true })!
      ctx.drawImage(c, 0, 0)
      const px = ctx.getImageData(0, 0, off.width, off.height).data
      let n = 0
      for (let i = 0; i < px.length; i += 4) {
        const r = px[i]!, g = px[i + 1]!, b = px[i + 2]!
        if (r > 110 && (r - b) / r > 0.5 && g >= b && g - b <= 0.45 * (r - b)) n++
      }
      done(n / (px.length / 4))
    }
    requestAnimationFrame(() => requestAnimationFrame(count))
  })
}

describe('when a muscle is chosen', () => {
  it('shows every muscle, left and right, over at least 0.3 % of the canvas', { timeout: 3_600_000 }, async () => {
    // Reduced motion: the camera cuts to each muscle, so one page goes through all of them quickly.
    const page = await openApp(app, '', { reducedMotion: 'reduce' })
    const names = await page.evaluate(() => window.__tpe!.meshNames())
    expect(names.length).toBeGreaterThan(100)
    const shares: { name: string; share: number }[] = []
    for (const name of names) {
      const [, id, side] = name.split(':') as [string, string, 'left' | 'right']
      await page.evaluate(({ id, side }) => {
        const s = window.__tpe!.getState()
        s.selectMuscle({ id, side })
        s.requestCamera('focus')
      }, { id, side })
      await page.waitForFunction(() => window.__tpe?.cameraIdle())
      const share = await page.evaluate(highlightShare)
      shares.push({ name, share })
    }
    shares.sort((a, b) => a.share - b.share)
    console.log(`${BODY} body, smallest highlighted shares of the canvas:\n${shares.slice(0, 10).map((s) => `  ${s.name} ${(s.share * 100).toFixed(2)} %`).join('\n')}`)
    expect(shares.filter((s) => s.share < MIN_SHARE)).toEqual([])
    await page.close()
  })
})
