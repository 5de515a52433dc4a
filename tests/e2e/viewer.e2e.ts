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
    const p = await screenPointOf(page, 'muscle:infraspinatus:left')
    await page.mouse.move(p.x - 3, p.y)
    await page.mouse.move(p.x, p.y)
    await expect.poll(() => page.locator('.hover-label').textContent()).toContain('Infraspinatus')
    await page.mouse.click(p.x, p.y)
    const panel = page.getByTestId('muscle-panel')
    await expect.poll(() => panel.locator('h2').textContent()).toBe('Infraspinatus')
    expect(await panel.textContent()).toContain('Suprascapular')
    expect(page.url()).toContain('muscle=infraspinatus')
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
