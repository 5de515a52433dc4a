import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { canvasPixels, meanDifference, openApp, screenPointOf, startApp, type AppHarness } from './app'

let app: AppHarness
beforeAll(async () => {
  app = await startApp()
})
afterAll(async () => {
  await app?.close()
})

/** Asks one card as one kind of question, once the session's own first question is up; waits for the camera. */
async function ask(page: Page, card: string, kind: string): Promise<void> {
  await page.getByTestId('study-panel').locator('.study-prompt').waitFor()
  await page.evaluate(([c, k]) => window.__tpe!.study().ask(c as `tp:${string}`, k as 'name-muscle'), [card, kind] as const)
  await page.waitForFunction(() => window.__tpe?.cameraIdle())
}

/**
 * A page point on the named muscle as near as possible to a target point: a trigger point may sit at a muscle's
 * edge, where a click meets the gap beside it.
 */
async function pointOnMuscleNear(page: Page, mesh: string, target: { x: number; y: number }): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ({ mesh, target }) => {
      for (let r = 0; r <= 40; r += 4)
        for (let a = 0; a < 8; a++) {
          const x = target.x + r * Math.cos((a * Math.PI) / 4), y = target.y + r * Math.sin((a * Math.PI) / 4)
          if (window.__tpe!.hitsAt(x, y)[0]?.startsWith(`${mesh} `)) return { x, y }
          if (r === 0) break
        }
      throw new Error(`${mesh} is not visible near the trigger point`)
    },
    { mesh, target },
  )
}

const feedback = (page: Page) => page.getByTestId('study-panel').locator('.study-feedback')

describe('study mode', () => {
  it('asks a question from the data when opened, and keeps the answer out of the address bar', async () => {
    const page = await openApp(app)
    await page.getByRole('button', { name: 'Study', exact: true }).click()
    const prompt = page.getByTestId('study-panel').locator('.study-prompt')
    await prompt.waitFor()
    expect((await prompt.textContent())!.length).toBeGreaterThan(10)
    const q = await page.evaluate(() => window.__tpe!.study().question)
    expect(q).not.toBeNull()
    expect(page.url()).not.toContain('muscle=')
    expect(page.url()).not.toContain('tp=')
    await page.close()
  })

  it('marks a right choice right, and a wrong one wrong with the right option shown', async () => {
    const page = await openApp(app)
    await page.getByRole('button', { name: 'Study', exact: true }).click()
    await ask(page, 'muscle:infraspinatus', 'name-muscle')
    const options = page.getByTestId('study-panel').locator('.study-options button')
    expect(await options.count()).toBe(4)
    // The highlighted muscle is the one asked about, on the side the question names.
    const side = await page.evaluate(() => window.__tpe!.study().question!.side)
    expect(await page.evaluate(() => window.__tpe!.getState().selected)).toEqual({ id: 'infraspinatus', side })
    await options.filter({ hasText: /^Infraspinatus/ }).click()
    await expect.poll(() => feedback(page).getAttribute('data-outcome')).toBe('right')
    expect(await options.filter({ hasText: /^Infraspinatus/ }).getAttribute('data-mark')).toBe('right')

    await page.getByRole('button', { name: 'Next question' }).click()
    await ask(page, 'muscle:supraspinatus', 'nerve')
    const wrong = options.filter({ hasNotText: 'Suprascapular' }).first()
    await wrong.click()
    await expect.poll(() => feedback(page).getAttribute('data-outcome')).toBe('wrong')
    expect(await wrong.getAttribute('data-mark')).toBe('wrong')
    expect(await options.filter({ hasText: 'Suprascapular nerve' }).getAttribute('data-mark')).toBe('right')
    expect(await feedback(page).textContent()).toContain('Suprascapular nerve (C5–C6)')
    // The progress column counts the answers, and the muscle answered wrong is among the weakest.
    const weakest = page.getByRole('list', { name: 'Weakest muscles' })
    await expect.poll(() => weakest.textContent()).toContain('Supraspinatus')
    await page.close()
  })

  it('shows the muscle behind a referral pattern once answered', async () => {
    const page = await openApp(app)
    await page.getByRole('button', { name: 'Study', exact: true }).click()
    await ask(page, 'tp:trapezius-upper-1', 'referral-muscle')
    // Before the answer: the pattern on the skin, no muscle highlighted.
    expect(await page.evaluate(() => window.__tpe!.getState().selected)).toBeNull()
    expect(await page.evaluate(() => window.__tpe!.getState().skin)).toBe('opaque')
    await page.getByTestId('study-panel').locator('.study-options button').filter({ hasText: 'Trapezius, upper fibres' }).click()
    await expect.poll(() => feedback(page).getAttribute('data-outcome')).toBe('right')
    const s = await page.evaluate(() => window.__tpe!.getState())
    expect(s.selected?.id).toBe('trapezius-upper')
    expect(s.triggerPoint?.id).toBe('trapezius-upper-1')
    await page.close()
  })

  it('scores a tap on the body by its distance from the trigger point and shows the point', async () => {
    const page = await openApp(app)
    await page.getByRole('button', { name: 'Study', exact: true }).click()
    await ask(page, 'tp:infraspinatus-1', 'locate-trigger-point')
    const side = await page.evaluate(() => window.__tpe!.study().question!.side)
    const mesh = `muscle:infraspinatus:${side}`
    const tp = (await page.evaluate((s) => window.__tpe!.triggerPointAt('infraspinatus-1', s), side))!
    const before = await canvasPixels(page)
    await page.mouse.click(...Object.values(await pointOnMuscleNear(page, mesh, tp)) as [number, number])
    await expect.poll(() => feedback(page).getAttribute('data-outcome')).toBe('right')
    const result = await page.evaluate(() => window.__tpe!.study().result)
    expect(result!.tap!.distanceM).toBeLessThan(0.03)
    expect(await feedback(page).textContent()).toMatch(/Your tap was \d+\.\d cm from the trigger point/)
    // The answer on the body: the trigger point chosen, its mark and pattern drawn, the tap marked.
    expect(await page.evaluate(() => window.__tpe!.getState().triggerPoint)).toEqual({ id: 'infraspinatus-1', side })
    await page.waitForFunction(() => window.__tpe?.cameraIdle())
    expect(meanDifference(before, await canvasPixels(page))).toBeGreaterThan(1)

    // A tap on a neighbouring muscle, away from the point, is not right: close or wrong by its distance.
    await page.getByRole('button', { name: 'Next question' }).click()
    await ask(page, 'tp:infraspinatus-1', 'locate-trigger-point')
    const side2 = await page.evaluate(() => window.__tpe!.study().question!.side)
    const away = await screenPointOf(page, `muscle:trapezius-lower:${side2}`).catch(() => screenPointOf(page, `muscle:teres-major:${side2}`))
    await page.mouse.click(away.x, away.y)
    await expect.poll(() => feedback(page).getAttribute('data-outcome')).not.toBeNull()
    const d = (await page.evaluate(() => window.__tpe!.study().result))!.tap!.distanceM
    expect(d).toBeGreaterThan(0.03)
    expect(await feedback(page).getAttribute('data-outcome')).toBe(d > 0.06 ? 'wrong' : 'close')
    await page.close()
    // Two questions and a few dozen software raycasts to find taps on the muscle: more than the default allowance.
  }, 300_000)
})
