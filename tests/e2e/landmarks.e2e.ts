import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LANDMARKS } from '../../data/anatomy/landmarks'
import { meanDifference, openApp, pixelsAround, startApp, type AppHarness } from './app'

let app: AppHarness
beforeAll(async () => {
  app = await startApp()
})
afterAll(async () => {
  await app?.close()
})

const trochanter = LANDMARKS.find((l) => l.id === 'greater-trochanter')!.at

describe('a bony guide under the palpation hint', () => {
  it('marks the greater trochanter on the body with its name, and hides it again (gluteus medius TrP2)', async () => {
    const page = await openApp(app, '?tp=gluteus-medius-2&side=left')
    const guides = page.getByTestId('bony-guides')
    expect(await guides.textContent()).toContain('Bony guide:')
    // Let the referral pattern finish spreading, so only the marker changes the picture below.
    await page.waitForTimeout(1500)
    const before = await pixelsAround(page, trochanter)

    const button = guides.getByRole('button', { name: 'greater trochanter' })
    await button.click()
    expect(await button.getAttribute('aria-pressed')).toBe('true')
    const label = page.getByTestId('landmark-label')
    await label.waitFor({ state: 'visible' })
    expect(await label.textContent()).toBe('Greater trochanter')
    // The ring and dot cover a good part of the square round the landmark: a clear change, not noise.
    await expect.poll(async () => meanDifference(before, await pixelsAround(page, trochanter))).toBeGreaterThan(6)

    await button.click()
    await label.waitFor({ state: 'detached' })
    await expect.poll(async () => meanDifference(before, await pixelsAround(page, trochanter))).toBeLessThan(1)
    await page.close()
  })
})
