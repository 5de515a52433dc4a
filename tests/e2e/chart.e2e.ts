/**
 * Without WebGL the 3D view gives way to the 2D body chart (front and back, projected from the model by
 * scripts/chart.ts). A trigger point chosen in the panels draws its zones on the chart; a tap in "Where does it
 * hurt?" marks the place under it and the candidates appear.
 */
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { placeCentres, type BodyChart, type ChartView } from '../../src/domain/body-chart'
import { openApp, startApp, type AppHarness } from './app'

const CHART = JSON.parse(readFileSync('public/models/chart.json', 'utf8')) as BodyChart

let app: AppHarness
beforeAll(async () => {
  app = await startApp()
})
afterAll(async () => {
  await app?.close()
})

/** Where a place's middle shows on the page, on one view of the chart. */
async function screenPointOfPlace(page: Page, view: ChartView, place: string): Promise<{ x: number; y: number }> {
  const c = placeCentres(CHART, view).get(place)
  if (!c) throw new Error(`${place} is not on the ${view} view`)
  return page.locator(`svg[data-view="${view}"]`).evaluate((svg: SVGSVGElement, c) => {
    const p = new DOMPoint(c.u, c.w).matrixTransform(svg.getScreenCTM()!)
    return { x: p.x, y: p.y }
  }, c)
}

/** Whether the shown essential zone on a view covers a place's middle (in the zone path's own coordinates). */
function zoneCovers(page: Page, view: ChartView, place: string): Promise<boolean> {
  const c = placeCentres(CHART, view).get(place)!
  return page.locator(`[data-testid="chart-zones-${view}"] path.zone-essential`).evaluate((path: SVGPathElement, c) => {
    const g = path.parentElement as unknown as SVGGElement
    // A zone on the right is drawn mirrored: look at the point as the path sees it.
    const m = g.transform.baseVal.consolidate()?.matrix ?? new DOMMatrix()
    const p = new DOMPoint(c.u, c.w).matrixTransform(DOMMatrix.fromMatrix(m).inverse())
    return path.isPointInFill(p)
  }, c)
}

describe('without WebGL', () => {
  it('shows the 2D chart, draws a chosen trigger point’s zones, and marks a tapped place', async () => {
    const page = await openApp(app, '', { webgl: false })
    const chart = page.getByTestId('body-chart')
    await chart.waitFor()
    expect(await page.locator('canvas').count()).toBe(0)
    expect(await chart.getByRole('img', { name: 'Front of the body' }).count()).toBe(1)
    expect(await chart.getByRole('img', { name: 'Back of the body' }).count()).toBe(1)
    expect(await page.locator('svg[data-view="front"] > path').first().getAttribute('d')).toMatch(/^M[-\d.]+ [-\d.]+L/)

    // A trigger point chosen in the panels: upper trapezius TrP1, whose zone runs up the neck to the temple.
    await page.getByRole('combobox', { name: 'Search muscles' }).fill('upper trapezius')
    await page.getByRole('option').first().click()
    await page.locator('button[data-tp="trapezius-upper-1"]').click()
    await page.getByTestId('tp-details').waitFor()
    await page.getByTestId('chart-zones-front').waitFor()
    expect(await zoneCovers(page, 'front', 'left temple')).toBe(true)
    expect(await zoneCovers(page, 'front', 'right temple')).toBe(false)
    expect(await chart.getAttribute('aria-label')).toMatch(/^2D body chart, .*TrP1 with its referral pattern/)
    // The same point on the right: the zones are mirrored onto the right temple.
    await page.getByRole('group', { name: 'Side' }).getByRole('button', { name: 'Right' }).click()
    // Another side clears the chosen point (src/store); choose it again on this side.
    await page.locator('button[data-tp="trapezius-upper-1"]').click()
    await expect.poll(() => page.locator('[data-testid="chart-zones-front"]').getAttribute('transform')).toBe('scale(-1 1)')
    expect(await zoneCovers(page, 'front', 'right temple')).toBe(true)
    expect(await zoneCovers(page, 'front', 'left temple')).toBe(false)

    // Where does it hurt: a tap on the left temple marks it, and the muscles that may refer there are listed.
    await page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Where does it hurt?' }).click()
    const temple = await screenPointOfPlace(page, 'front', 'left temple')
    await page.mouse.click(temple.x, temple.y)
    const marks = page.getByRole('list', { name: 'Your marks' })
    await expect.poll(() => marks.textContent()).toContain('Left temple')
    await page.locator('svg[data-view="front"] .chart-mark[data-place="left temple"]').waitFor()
    const names = await page.getByTestId('candidates').locator('li strong').allTextContents()
    expect(names.join(' ')).toMatch(/Trapezius/)
    // A place on the back: the lower back, tapped on the back view.
    const back = await screenPointOfPlace(page, 'back', 'left low-back')
    await page.mouse.click(back.x, back.y)
    await expect.poll(() => marks.textContent()).toContain('Left lower back')
    await page.close()
  })
})
