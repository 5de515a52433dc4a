/** Links that hold the whole view, presentation mode and the client handout, in a real browser. */
import { writeFileSync, mkdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LANDMARKS } from '../../data/anatomy/landmarks'
import { BODY, meanDifference, openApp, settledPixels, startApp, type AppHarness } from './app'

let app: AppHarness
beforeAll(async () => {
  app = await startApp()
})
afterAll(async () => {
  await app?.close()
})

const temple = LANDMARKS.find((l) => l.id === 'temple')!.at as unknown as [number, number, number]
const query = (page: Page) => new URL(page.url()).search
const TABLET = { viewport: { width: 1024, height: 768 }, hasTouch: true } as const

/** Marks the left temple by a tap (a tapped point) and the heel by name, with intensities 8 and 3. */
async function drawPain(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Where does it hurt?' }).click()
  await page.getByRole('group', { name: 'Camera' }).getByRole('button', { name: 'Left', exact: true }).click()
  await page.waitForFunction(() => window.__tpe?.cameraIdle())
  const p = await page.evaluate((t) => window.__tpe!.projectPoint(t), temple)
  await page.mouse.click(p.x, p.y)
  const marks = page.getByRole('list', { name: 'Your marks' })
  await expect.poll(() => marks.textContent()).toContain('Left temple')
  await page.getByRole('searchbox', { name: 'Where does it hurt?' }).fill('heel')
  await page.getByRole('list', { name: 'Suggested areas' }).getByRole('button').first().click()
  await expect.poll(() => marks.locator('li').count()).toBeGreaterThan(1)
  await marks.getByRole('slider', { name: 'Intensity' }).first().fill('8')
  await marks.getByRole('slider', { name: 'Intensity' }).nth(1).fill('3')
}

describe('a link that holds the whole view', () => {
  it('reopens a busy view in a fresh browser with the same picture', async () => {
    const page = await openApp(app, '', { reducedMotion: 'reduce' })
    await drawPain(page)
    await page.getByTestId('candidates').locator('li button').first().click()
    await page.getByRole('button', { name: 'Skeleton', exact: true }).click()
    await page.waitForFunction(() => window.__tpe?.cameraIdle())
    const framed = await settledPixels(page)
    // Turn the body a little by hand: the link must hold a camera no preset gives.
    const box = (await page.locator('canvas').boundingBox())!
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await page.mouse.down()
    await page.mouse.move(box.x + box.width / 2 + 90, box.y + box.height / 2 + 20, { steps: 6 })
    await page.mouse.up()
    const before = await settledPixels(page)
    const link = query(page)
    expect(link).toMatch(/[?&]cam=-?\d+(,-?\d+){5}/)
    expect(link).toMatch(/pain=left\+temple:8@-?\d+_-?\d+_-?\d+,/)
    expect(link).toContain(':3')
    expect(link).toContain('mode=pain')
    expect(link).toContain('skin=translucent')
    expect(link).toContain('skeleton=1')
    expect(link).toMatch(/tp=[a-z-]+\d?/)
    expect(link).toContain(`body=${BODY}`)
    expect(link.length).toBeLessThan(2000)

    const again = await openApp(app, link, { reducedMotion: 'reduce' })
    await expect.poll(() => again.getByRole('list', { name: 'Your marks' }).locator('li').count()).toBe(await page.getByRole('list', { name: 'Your marks' }).locator('li').count())
    expect(await again.getByRole('list', { name: 'Your marks' }).textContent()).toContain('8/10')
    expect(await again.getByRole('alert').count()).toBe(0)
    const after = await settledPixels(again)
    writeShots({ before: await page.locator('canvas').screenshot(), after: await again.locator('canvas').screenshot() })
    // The same renderer draws the same scene: only a few edge pixels may differ, far below a changed view.
    const same = meanDifference(before, after)
    expect(same).toBeLessThan(1.5)

    // The turn by hand changed the picture far more than that: the comparison above is not blind to the camera.
    expect(meanDifference(before, framed)).toBeGreaterThan(same + 3)
    await Promise.all([page.close(), again.close()])
    // Two page loads and a skeleton in software rendering on a shared machine.
  }, 480_000)

  it('writes the address as the view changes, without a history entry per change', async () => {
    const page = await openApp(app, '?muscle=infraspinatus&side=left')
    const length = await page.evaluate(() => history.length)
    await page.getByRole('button', { name: 'See-through skin' }).click()
    await expect.poll(() => query(page)).toContain('skin=translucent')
    await page.getByRole('group', { name: 'Camera' }).getByRole('button', { name: 'Back', exact: true }).click()
    await page.waitForFunction(() => window.__tpe?.cameraIdle())
    await expect.poll(() => query(page)).toMatch(/cam=\d+,\d+,-\d+/)
    expect(await page.evaluate(() => history.length)).toBe(length)
    await page.close()
  })

  it('drops a malformed part with a plain message and shows the rest', async () => {
    const page = await openApp(app, '?muscle=infraspinatus&side=left&cam=1,2&skin=glass')
    const alert = await page.getByRole('alert').textContent()
    expect(alert).toContain('camera "1,2" could not be read')
    expect(alert).toContain('skin layer "glass"')
    expect(await page.getByTestId('muscle-panel').locator('h2').textContent()).toBe('Infraspinatus')
    await page.close()
  })
})

describe('presentation mode', () => {
  it('turns the screen to the client with P, steps through the trigger points by touch, and leaves with Esc', async () => {
    const page = await openApp(app, '?muscle=trapezius-upper&side=left', TABLET)
    await page.keyboard.press('p')
    const shown = page.getByRole('region', { name: 'Presentation' })
    await expect.poll(() => shown.isVisible()).toBe(true)
    expect(await page.locator('.panel').isVisible()).toBe(false)
    expect(await page.locator('.topbar').isVisible()).toBe(false)
    // The body fills the screen (the canvas follows its box on the next frame).
    await expect.poll(async () => (await page.locator('canvas').boundingBox())?.width).toBeGreaterThan(1000)
    expect((await page.locator('canvas').boundingBox())!.height).toBeGreaterThan(740)
    expect(await shown.textContent()).toContain('Trapezius, upper fibres')

    await shown.getByRole('button', { name: 'Show trigger point' }).tap()
    await expect.poll(() => page.evaluate(() => window.__tpe!.getState().triggerPoint?.id)).toBe('trapezius-upper-1')
    expect(await shown.textContent()).toContain('Pain from this point is felt here: ')
    expect(await shown.textContent()).toContain('temple')
    const next = shown.getByRole('button', { name: /Next trigger point/ })
    // Big enough for a finger.
    expect((await next.boundingBox())!.height).toBeGreaterThanOrEqual(48)
    await next.tap()
    await expect.poll(() => page.evaluate(() => window.__tpe!.getState().triggerPoint?.id)).toBe('trapezius-upper-2')
    expect(await next.textContent()).toContain('2 of 2')
    await shown.getByRole('button', { name: 'Previous trigger point' }).tap()
    await expect.poll(() => page.evaluate(() => window.__tpe!.getState().triggerPoint?.id)).toBe('trapezius-upper-1')

    await page.keyboard.press('Escape')
    await expect.poll(() => shown.count()).toBe(0)
    expect(await page.locator('.panel').isVisible()).toBe(true)
    await page.close()
  })

  it('steps through the muscles that may explain a pain drawing, and turns the body slowly', async () => {
    const page = await openApp(app, '?pain=left+temple,heel', TABLET)
    await expect.poll(() => page.getByRole('list', { name: 'Your marks' }).locator('li').count()).toBeGreaterThan(1)
    await page.getByRole('button', { name: 'Present' }).tap()
    const shown = page.getByRole('region', { name: 'Presentation' })
    expect(await shown.textContent()).toContain('You marked: ')
    await shown.getByRole('button', { name: 'Show muscle' }).tap()
    await expect.poll(() => shown.locator('h2').textContent()).toMatch(/side$/)
    const first = await page.evaluate(() => window.__tpe!.getState().selected?.id)
    await shown.getByRole('button', { name: /Next muscle/ }).tap()
    await expect.poll(() => page.evaluate(() => window.__tpe!.getState().selected?.id)).not.toBe(first)

    const before = await page.evaluate(() => window.__tpe!.getState().cameraPose)
    await shown.getByRole('button', { name: 'Turn slowly' }).tap()
    await expect.poll(() => page.evaluate(() => window.__tpe!.getState().cameraPose), { timeout: 20_000 }).not.toEqual(before)
    await shown.getByRole('button', { name: 'Leave (Esc)' }).tap()
    expect(await page.evaluate(() => window.__tpe!.getState().turning)).toBe(false)
    await page.close()
  })
})

/** Keeps the pictures a test compared, for a person to look at (reports/ is not committed). */
function writeShots(shots: Record<string, Buffer>): void {
  mkdirSync('reports/present', { recursive: true })
  for (const [name, png] of Object.entries(shots)) writeFileSync(`reports/present/${BODY}-${name}.png`, png)
}

/** Shares of body (not white), referral red and pain-mark blue pixels in a picture of the handout (a canvas). */
async function pictureShares(page: Page, selector: string): Promise<{ body: number; red: number; blue: number }> {
  return page.evaluate((sel) => {
    const c = document.querySelector<HTMLCanvasElement>(sel)!
    const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data
    let body = 0, red = 0, blue = 0
    for (let i = 0; i < d.length; i += 4) {
      const [r, g, b] = [d[i]!, d[i + 1]!, d[i + 2]!]
      if (r + g + b < 735) body++
      if (r > 150 && g < 90 && b < 90) red++
      if (b > 150 && r < 80 && g < 130) blue++
    }
    const n = d.length / 4
    return { body: body / n, red: red / n, blue: blue / n }
  }, selector)
}

describe('the client handout', () => {
  it('prints the body front and back with the marks and pattern, the muscle, after-care, red flags, date, link and QR code', async () => {
    const page = await openApp(app, '?pain=left+temple:7,heel:4&mode=pain')
    await expect.poll(() => page.getByRole('list', { name: 'Your marks' }).locator('li').count()).toBeGreaterThan(1)
    // Upper trapezius: its pattern at the temple and down the neck is large enough to read in the small pictures
    // (the first candidate changes as muscles are added).
    const candidate = page.getByTestId('candidates').locator('li').filter({ hasText: /Trapezius/ }).first()
    await candidate.locator('button').first().click()
    const muscle = (await candidate.locator('strong').first().textContent())!
    await page.waitForFunction(() => window.__tpe?.cameraIdle())
    const link = page.url()
    await page.getByRole('button', { name: 'Print / save as PDF' }).click()
    const handout = page.getByTestId('handout')
    await page.waitForSelector('[data-testid="handout"][data-pictures="ready"]', { timeout: 30_000 })
    const text = (await handout.textContent())!
    for (const words of [muscle, 'Where to press', 'Self-care', '24–36 hours', '4–14 days', 'Drink water', 'keep moving', 'pressure', 'See a doctor first', 'Left temple, 7 out of 10']) {
      expect(text).toContain(words)
    }
    expect(text).toContain(String(new Date().getFullYear()))
    // The link reopens this view (the camera may have moved on while the pattern was being framed).
    const printed = new URL((await handout.locator('.handout-link').textContent())!)
    expect(printed.origin).toBe(new URL(link).origin)
    expect(printed.search).toContain('pain=left+temple:7,')
    expect(printed.search).toContain(new URL(link).searchParams.get('tp'))
    // A QR code: a square of dark modules drawn from the link.
    expect(await handout.getByRole('img', { name: 'QR code of the link below' }).locator('path').getAttribute('d')).toMatch(/^(M\d+ \d+h1v1h-1z){100,}$/)

    // Pictures drawn for print: white ground, the whole body, the red pattern and the blue marks somewhere.
    const front = await pictureShares(page, '.handout figure:first-of-type canvas')
    const back = await pictureShares(page, '.handout figure:nth-of-type(2) canvas')
    expect(front.body).toBeGreaterThan(0.08)
    expect(back.body).toBeGreaterThan(0.08)
    expect(front.red + back.red).toBeGreaterThan(0.0001)
    expect(front.blue + back.blue).toBeGreaterThan(0.00005)
    // The close-up frames the chosen pattern: red takes a clear share of it (0.3 % on the female body, where the close-up
    // takes in the whole head and neck; looked at, the pattern reads plainly).
    expect((await pictureShares(page, '.handout-pattern canvas')).red).toBeGreaterThan(0.002)

    // In print, only the handout: no panels, no toolbar.
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.app').isVisible()).toBe(false)
    expect(await page.locator('.handout-toolbar').isVisible()).toBe(false)
    writeShots({ handout: await page.screenshot({ fullPage: true }) })
    const pdf = await page.pdf({ format: 'A4', printBackground: true })
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0
    writeFileSync(`reports/present/${BODY}-handout.pdf`, pdf)
    expect(pages).toBeGreaterThanOrEqual(1)
    expect(pages).toBeLessThanOrEqual(2)

    await page.emulateMedia({ media: 'screen' })
    await page.keyboard.press('Escape')
    await expect.poll(() => handout.count()).toBe(0)
    await page.close()
  })
})
