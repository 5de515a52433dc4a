import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LANDMARKS } from '../../data/anatomy/landmarks'
import { openApp, startApp, type AppHarness } from './app'

let app: AppHarness
beforeAll(async () => {
  app = await startApp()
})
afterAll(async () => {
  await app?.close()
})

const temple = LANDMARKS.find((l) => l.id === 'temple')!.at

describe('where does it hurt', () => {
  it('turns a tap on the temple into a left temple mark and ranks the muscles that refer there', async () => {
    const page = await openApp(app)
    await page.getByRole('button', { name: 'Where does it hurt?' }).click()
    await page.getByRole('group', { name: 'Camera' }).getByRole('button', { name: 'Left', exact: true }).click()
    await page.waitForFunction(() => window.__tpe?.cameraIdle())
    const p = await page.evaluate((t) => window.__tpe!.projectPoint(t), temple as unknown as [number, number, number])
    await page.mouse.click(p.x, p.y)
    const marks = page.getByRole('list', { name: 'Your marks' })
    await expect.poll(() => marks.textContent()).toContain('Left temple')
    const names = await page.getByTestId('candidates').locator('li strong').allTextContents()
    expect(names.slice(0, 5)).toEqual(expect.arrayContaining(['Temporalis', 'Trapezius, upper fibres']))
    // Choosing a candidate shows where to press.
    await page.getByTestId('candidates').locator('li button').first().click()
    expect(await page.getByTestId('candidates').textContent()).toContain('Where to check')
    expect(page.url()).toContain('pain=')
    await page.close()
  })

  it('opens from a link with the named places marked, and explains an unknown place', async () => {
    const page = await openApp(app, '?pain=heel,elbw-pit')
    const marks = page.getByRole('list', { name: 'Your marks' })
    await expect.poll(() => marks.textContent()).toContain('heel')
    expect(await page.getByRole('alert').textContent()).toContain('elbw-pit')
    const names = await page.getByTestId('candidates').locator('li strong').allTextContents()
    expect(names[0]).toBe('Soleus')
    expect(await page.getByTestId('pain-panel').textContent()).toContain('24–36 hours')
    await page.close()
  })

  it('adds a typed place with suggestions as you type', async () => {
    const page = await openApp(app)
    await page.getByRole('button', { name: 'Where does it hurt?' }).click()
    await page.getByRole('searchbox', { name: 'Where does it hurt?' }).fill('tennis elb')
    await page.getByRole('list', { name: 'Suggested areas' }).getByRole('button').first().click()
    await expect.poll(() => page.getByRole('list', { name: 'Your marks' }).textContent()).toContain('outer elbow')
    const names = await page.getByTestId('candidates').locator('li strong').allTextContents()
    expect(names.length).toBeGreaterThan(2)
    await page.close()
  })
})
