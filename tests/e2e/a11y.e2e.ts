/**
 * Accessibility of each main view, checked with axe-core in the page (under the app's Content-Security-Policy):
 * no serious or critical violation, and the 3D view names what it shows.
 */
import axe from 'axe-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { BODY, openApp, startApp, type AppHarness } from './app'

let app: AppHarness
beforeAll(async () => {
  app = await startApp()
})
afterAll(async () => {
  await app?.close()
})

/** Serious and critical axe violations on the page as it is now, one line each with up to five of its elements. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the browser's debugging protocol, so it is not an inline script the policy would block.
  await page.evaluate(axe.source)
  const violations = await page.evaluate(async () => {
    const run = (window as unknown as { axe: typeof axe }).axe.run
    const result = await run(document, { resultTypes: ['violations'] })
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }))
  })
  if (process.env.A11Y_DEBUG) console.log(violations.map((v) => `${v.id} (${v.impact}): ${v.targets.slice(0, 3).join(', ')}`).join('\n'))
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.slice(0, 5).join(', ')}`)
}

/** The text alternative of the 3D view. */
const bodyDescription = (page: Page) => page.getByRole('img', { name: /^3D body/ }).getAttribute('aria-label')

describe('accessibility of the main views', () => {
  it('explore: the body on its own', async () => {
    const page = await openApp(app)
    expect(await bodyDescription(page)).toContain(`3D body, ${BODY}, showing: the muscles, none selected`)
    expect(await seriousViolations(page)).toEqual([])
    // The search's list of matches, and its empty answer.
    const search = page.getByRole('combobox', { name: 'Search muscles' })
    await search.fill('lats')
    await page.getByRole('option').first().waitFor()
    expect(await seriousViolations(page)).toEqual([])
    await search.fill('zzzq')
    await page.getByText('No muscle matches').waitFor()
    expect(await seriousViolations(page)).toEqual([])
    await page.close()
  })

  it('a selected muscle', async () => {
    const page = await openApp(app, '?muscle=infraspinatus&side=left')
    expect(await bodyDescription(page)).toContain('showing: Infraspinatus (left) selected')
    expect(await seriousViolations(page)).toEqual([])
    // The description follows the store: another side, then the skeleton layer.
    await page.getByRole('group', { name: 'Side' }).getByRole('button', { name: 'Right' }).click()
    await expect.poll(() => bodyDescription(page)).toContain('Infraspinatus (right) selected')
    await page.getByRole('button', { name: 'Skeleton', exact: true }).click()
    await expect.poll(() => bodyDescription(page)).toContain('muscles and skeleton')
    await page.close()
  })

  it('a trigger point with its referral pattern', async () => {
    const page = await openApp(app, '?tp=trapezius-upper-1&side=left')
    await page.getByTestId('tp-details').waitFor()
    expect(await bodyDescription(page)).toMatch(/Trapezius.*\(left\) selected; trigger point TrP1 with its referral pattern to the .*temple/)
    expect(await seriousViolations(page)).toEqual([])
    await page.close()
  })

  it('where does it hurt, with a mark', async () => {
    const page = await openApp(app, '?pain=left%20temple')
    await expect.poll(() => page.getByRole('list', { name: 'Your marks' }).textContent()).toContain('temple')
    await expect.poll(() => bodyDescription(page)).toContain('pain marked at the left temple')
    expect(await seriousViolations(page)).toEqual([])
    // Suggestions while typing a place.
    await page.getByRole('searchbox', { name: 'Where does it hurt?' }).fill('elbw')
    await page.getByRole('list', { name: 'Suggested areas' }).waitFor()
    expect(await seriousViolations(page)).toEqual([])
    await page.close()
  })

  it('the pain diary, with an entry and its chart', async () => {
    const page = await openApp(app, '?pain=left%20temple')
    await expect.poll(() => page.getByRole('list', { name: 'Your marks' }).textContent()).toContain('temple')
    await page.getByLabel('Note for today (optional)').fill('After a long drive.')
    await page.getByRole('button', { name: "Save today's drawing" }).click()
    await page.getByText(/Saved in your diary for .+\./).waitFor()
    await page.getByTestId('pain-panel').getByRole('button', { name: 'Your diary' }).click()
    const entries = page.getByRole('list', { name: 'Diary entries' })
    await expect.poll(() => entries.getByRole('listitem').count()).toBe(1)
    expect(await page.getByTestId('diary-chart').count()).toBe(1)
    expect(await seriousViolations(page)).toEqual([])
    // An entry shown on the body again, and the question asked before deleting everything.
    await entries.getByRole('button', { name: /^Show on the body/ }).click()
    await expect.poll(() => bodyDescription(page)).toContain('pain marked at the left temple')
    await page.getByTestId('diary-panel').getByRole('button', { name: 'Delete everything…' }).click()
    await page.getByRole('dialog', { name: 'Delete everything?' }).waitFor()
    expect(await seriousViolations(page)).toEqual([])
    await page.close()
  })

  it('a condition with its muscles', async () => {
    const page = await openApp(app, '?condition=carpal-tunnel-syndrome')
    expect(await bodyDescription(page)).toContain('Carpal tunnel syndrome, its muscles highlighted')
    expect(await seriousViolations(page)).toEqual([])
    // The index of conditions in the side column.
    await page.getByRole('tab', { name: 'Conditions' }).click()
    expect(await seriousViolations(page)).toEqual([])
    await page.close()
  })
})
