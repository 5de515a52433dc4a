import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { canvasPixels, meanDifference, openApp, screenPointOf, startApp, type AppHarness } from './app'

let app: AppHarness
beforeAll(async () => {
  app = await startApp()
})
afterAll(async () => {
  await app?.close()
})

/** A resource entry appears once the file has arrived. */
const skeletonRequested = (page: Page) =>
  page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.includes('skeleton')))

describe('the skeleton layer', () => {
  it('is not loaded until it is switched on, then shows the bones', async () => {
    const page = await openApp(app)
    expect(await skeletonRequested(page)).toBe(false)
    const before = await canvasPixels(page)
    const toggle = page.getByRole('button', { name: 'Skeleton', exact: true })
    expect(await toggle.getAttribute('aria-pressed')).toBe('false')
    await toggle.click()
    expect(await toggle.getAttribute('aria-pressed')).toBe('true')
    await expect.poll(() => skeletonRequested(page)).toBe(true)
    await page.waitForTimeout(1500)
    // See-through muscles over ivory bones: a clear change of the whole picture, not noise.
    expect(meanDifference(before, await canvasPixels(page))).toBeGreaterThan(2)
    await page.close()
  })

  it('lets a click through the bones select the muscle', async () => {
    const page = await openApp(app)
    await page.getByRole('button', { name: 'Skeleton', exact: true }).click()
    await expect.poll(() => skeletonRequested(page)).toBe(true)
    // Give the loaded bones a moment to reach the scene before clicking through them.
    await page.waitForTimeout(1000)
    await page.getByRole('button', { name: 'Back', exact: true }).click()
    const p = await screenPointOf(page, 'muscle:gluteus-maximus:left')
    await page.mouse.click(p.x, p.y)
    await expect.poll(() => page.getByTestId('muscle-panel').locator('h2').textContent()).toBe('Gluteus maximus')
    await page.close()
  })
})
