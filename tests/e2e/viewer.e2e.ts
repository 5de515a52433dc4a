import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { canvasPixels, meanDifference, openApp, screenPointOf, startApp, type AppHarness } from './app'

let app: AppHarness
beforeAll(async () => {
  app = await startApp()
})
afterAll(async () => {
  await app?.close()
})

describe('the viewer', () => {
  it('loads the body and lists every muscle side in the model', async () => {
    const page = await openApp(app)
    const names = await page.evaluate(() => window.__tpe!.meshNames())
    expect(names).toContain('muscle:infraspinatus:left')
    expect(names).toContain('muscle:tibialis-anterior:right')
    await page.close()
  })

  it('names the muscle under the pointer, selects it on click and shows its facts', async () => {
    const page = await openApp(app)
    await page.getByRole('button', { name: 'Back', exact: true }).click()
    // Gluteus maximus: broad and uncovered from behind on both bodies (on the female body most of infraspinatus
    // lies under latissimus and trapezius from this side).
    const p = await screenPointOf(page, 'muscle:gluteus-maximus:left')
    await page.mouse.move(p.x - 3, p.y)
    await page.mouse.move(p.x, p.y)
    await expect.poll(() => page.evaluate(() => document.querySelector('.hover-label')?.textContent ?? '')).toContain('Gluteus maximus')
    await page.mouse.click(p.x, p.y)
    const panel = page.getByTestId('muscle-panel')
    await expect.poll(() => panel.locator('h2').textContent()).toBe('Gluteus maximus')
    expect(await panel.textContent()).toContain('Inferior gluteal')
    expect(page.url()).toContain('muscle=gluteus-maximus')
    await page.close()
  })

  it('finds a muscle by a synonym and selects it', async () => {
    const page = await openApp(app)
    await page.getByRole('combobox', { name: 'Search muscles' }).fill('lats')
    await page.getByRole('option').first().click()
    await expect.poll(() => page.getByTestId('muscle-panel').locator('h2').textContent()).toBe('Latissimus dorsi')
    await page.close()
  })

  it('opens a deep link with the muscle selected, and explains an unknown one', async () => {
    const page = await openApp(app, '?muscle=soleus&side=right')
    expect(await page.getByTestId('muscle-panel').locator('h2').textContent()).toBe('Soleus')
    expect(await page.getByTestId('muscle-panel').textContent()).toContain('Right side')
    await page.close()
    const bad = await openApp(app, '?muscle=not-a-muscle')
    expect(await bad.getByRole('alert').textContent()).toContain('not-a-muscle')
    expect(await bad.locator('canvas').count()).toBe(1)
    await bad.close()
  })

  it('changes the picture when surface muscles are peeled away', async () => {
    const page = await openApp(app)
    const before = await canvasPixels(page)
    await page.getByRole('button', { name: 'Peel surface muscles' }).click()
    await page.waitForTimeout(500)
    const after = await canvasPixels(page)
    // Peeling removes large superficial muscles (latissimus, gluteus maximus…): a clear change, not noise.
    expect(meanDifference(before, after)).toBeGreaterThan(1)
    await page.close()
  })
})
