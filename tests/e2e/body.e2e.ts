import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { canvasPixels, meanDifference, openApp, startApp, type AppHarness } from './app'

let app: AppHarness
beforeAll(async () => {
  app = await startApp()
})
afterAll(async () => {
  await app?.close()
})

const modelRequests = (urls: readonly string[]) => urls.filter((u) => /\/models\/body(-female)?\.glb$/.test(u)).map((u) => u.split('/').pop())

describe('the body switch', () => {
  it('opens the female body from a link with the muscle chosen, and keeps the choice on reload', async () => {
    const page = await openApp(app, '?body=female&muscle=infraspinatus&side=left')
    expect(await page.getByTestId('muscle-panel').locator('h2').textContent()).toBe('Infraspinatus')
    expect(await page.getByRole('button', { name: 'Female' }).getAttribute('aria-pressed')).toBe('true')
    expect(page.url()).toContain('body=female')
    const names = await page.evaluate(() => window.__tpe!.meshNames())
    expect(names).toContain('muscle:infraspinatus:left')
    // A reload without the link's body keeps the person's choice.
    await page.goto(page.url().replace(/[?&]body=female/, '').replace(/\?$/, '').replace('?&', '?'))
    await page.waitForSelector('html[data-ready="true"]', { timeout: 60_000 })
    expect(await page.getByRole('button', { name: 'Female' }).getAttribute('aria-pressed')).toBe('true')
    await page.close()
  })

  it('loads the other body only when it is chosen, and the picture changes', async () => {
    const page = await openApp(app, '?body=male')
    const requested: string[] = []
    page.on('request', (r) => requested.push(r.url()))
    expect(modelRequests(requested)).toEqual([])
    const before = await canvasPixels(page)
    await page.getByRole('button', { name: 'Female' }).click()
    await expect.poll(() => modelRequests(requested)).toEqual(['body-female.glb'])
    await page.waitForFunction(() => window.__tpe?.getState().body === 'female')
    await page.waitForTimeout(1500)
    const after = await canvasPixels(page)
    // A shorter body with a different outline: a clear change, not noise.
    expect(meanDifference(before, after)).toBeGreaterThan(1)
    await page.close()
  })

  it('explains a link that asks for a body it does not have', async () => {
    const page = await openApp(app, '?body=robot')
    expect(await page.getByRole('alert').textContent()).toContain('robot')
    expect(await page.locator('canvas').count()).toBe(1)
    await page.close()
  })
})
