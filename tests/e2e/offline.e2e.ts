/**
 * Offline and installable: after one visit the service worker has the app, models and data, so the atlas opens and
 * works with the network off; a new version is picked up in the background with a quiet note. The app is served
 * from a copy of the build, so the update can be made by changing the copy's service worker.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openApp, screenPointOf, startApp, withBody, type AppHarness } from './app'

let app: AppHarness
let copy: string
beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), 'tpe-offline-'))
  cpSync(process.env.DIST_DIR ?? 'dist', copy, { recursive: true })
  app = await startApp(copy)
})
afterAll(async () => {
  await app?.close()
  if (copy) rmSync(copy, { recursive: true, force: true })
})

/** Waits until a service worker controls the page and has finished precaching (it is active only after that). */
async function controlled(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 })
}

describe('after one visit', () => {
  it('opens and works with the network off: the body draws, a muscle is selected by a click', async () => {
    const page = await openApp(app)
    await controlled(page)
    await page.context().setOffline(true)
    expect(await page.evaluate(() => navigator.onLine)).toBe(false)
    // Really offline: what the worker does not hold cannot be fetched.
    expect(await page.evaluate(() => fetch(`/not-kept-${Date.now()}.txt`).then(() => 'fetched', () => 'failed'))).toBe('failed')
    const failed: string[] = []
    page.on('requestfailed', (r) => failed.push(r.url()))

    await page.goto(app.url + withBody('?muscle=infraspinatus&side=left'))
    await page.waitForSelector('html[data-ready="true"]', { timeout: 60_000 })
    expect(await page.getByTestId('muscle-panel').locator('h2').textContent()).toBe('Infraspinatus')
    // A click on the body, from behind: picking needs the model, which came from the offline copy.
    await page.getByRole('button', { name: 'Back', exact: true }).click()
    const p = await screenPointOf(page, 'muscle:gluteus-maximus:left')
    await page.mouse.click(p.x, p.y)
    await expect.poll(() => page.getByTestId('muscle-panel').locator('h2').textContent()).toBe('Gluteus maximus')
    // The skeleton is another model file, fetched only when the layer is switched on.
    await page.getByRole('button', { name: 'Skeleton', exact: true }).click()
    await expect.poll(() => page.getByRole('img', { name: /^3D body/ }).getAttribute('aria-label')).toContain('muscles and skeleton')
    expect(failed).toEqual([])
    await page.close()
  })

  it('is installable: a manifest with a name, a start page and icons that load', async () => {
    const page = await openApp(app)
    const href = await page.locator('link[rel="manifest"]').getAttribute('href')
    expect(href).toBeTruthy()
    const manifest = await page.evaluate(async (url) => (await fetch(url)).json(), href!)
    expect(manifest).toMatchObject({ name: 'Trigger Point Explorer', start_url: '/', display: 'standalone' })
    const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes)
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']))
    expect(manifest.icons.some((i: { purpose?: string }) => i.purpose === 'maskable')).toBe(true)
    for (const icon of manifest.icons as { src: string; sizes: string }[]) {
      const size = await page.evaluate(async (src) => {
        const img = new Image()
        img.src = src
        await img.decode()
        return `${img.naturalWidth}x${img.naturalHeight}`
      }, icon.src)
      expect(size).toBe(icon.sizes)
    }
    await page.close()
  })

  it('picks up a new version in the background and says so quietly; the next visit runs it', async () => {
    const page = await openApp(app)
    await controlled(page)
    // A new release: its service worker differs by a byte.
    const sw = join(copy, 'sw.js')
    const before = readFileSync(sw, 'utf8')
    appendFileSync(sw, '\n// next release\n')
    try {
      await page.reload()
      await page.waitForSelector('html[data-ready="true"]', { timeout: 60_000 })
      const notice = page.getByRole('status').filter({ hasText: 'A new version of the atlas was downloaded' })
      await notice.waitFor({ timeout: 60_000 })
      expect(await notice.textContent()).toContain('It opens the next time you visit.')
      expect(await page.evaluate(() => document.querySelector('[role="alert"]')?.textContent ?? null)).toBeNull()
      // The new worker took over at once (none left waiting), and a later visit brings no further notice.
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.waiting)).toBeNull()
      await page.reload()
      await page.waitForSelector('html[data-ready="true"]', { timeout: 60_000 })
      expect(await page.getByText('A new version of the atlas was downloaded').count()).toBe(0)
    } finally {
      await page.close()
      writeFileSync(sw, before)
    }
  })
})
