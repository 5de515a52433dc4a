import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LANDMARKS } from '../../data/anatomy/landmarks'
import { openApp, pixelsAround, startApp, type AppHarness } from './app'
import type { Page } from 'playwright-core'

let app: AppHarness
beforeAll(async () => {
  app = await startApp()
})
afterAll(async () => {
  await app?.close()
})

const at = (id: string) => LANDMARKS.find((l) => l.id === id)!.at

/** Share of strongly red pixels in a square of `r` CSS pixels around a body point as it appears on screen. */
async function redShareAround(page: Page, point: readonly [number, number, number], r = 18): Promise<number> {
  const d = await pixelsAround(page, point, r)
  let red = 0
  // Referral red, lit or in shade; the orange of a selected muscle (r ≈ 2.8 g) does not count.
  for (let i = 0; i < d.length; i += 4) if (d[i]! > 90 && d[i]! > 3.2 * d[i + 1]! && d[i]! > 3.2 * d[i + 2]!) red++
  return red / (d.length / 4)
}

describe('a selected trigger point', () => {
  it('paints its referral zone on the body and nowhere else (upper trapezius TrP1: temple, not low back)', async () => {
    const page = await openApp(app, '?tp=trapezius-upper-1&side=left')
    await page.getByRole('group', { name: 'Camera' }).getByRole('button', { name: 'Left', exact: true }).click()
    // The pattern spreads out from the trigger point; once it has reached the temple it covers most of its square,
    // while the low back shows no red at all (muscles there are dimmed).
    await expect.poll(() => redShareAround(page, at('temple'))).toBeGreaterThan(0.25)
    const lowBack = await redShareAround(page, [at('iliac-crest')[0], at('l3-spinous')[1], at('l3-spinous')[2]])
    expect(lowBack).toBeLessThan(0.01)
    expect(await page.getByTestId('tp-details').textContent()).toContain('temple')
    await page.close()
  })

  it('shows nothing red at the temple before a trigger point is chosen', async () => {
    const page = await openApp(app, '?muscle=trapezius-upper&side=left')
    await page.getByRole('group', { name: 'Camera' }).getByRole('button', { name: 'Left', exact: true }).click()
    expect(await redShareAround(page, at('temple'))).toBeLessThan(0.02)
    await page.locator('[data-tp="trapezius-upper-1"]').click()
    await expect.poll(() => redShareAround(page, at('temple'))).toBeGreaterThan(0.25)
    expect(page.url()).toContain('tp=trapezius-upper-1')
    await page.close()
  })
})
