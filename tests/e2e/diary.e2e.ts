import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BODY, openApp, startApp, type AppHarness } from './app'

let app: AppHarness
beforeAll(async () => {
  app = await startApp()
})
afterAll(async () => {
  await app?.close()
})

const panel = (page: Page) => page.getByTestId('diary-panel')
const entries = (page: Page) => page.getByRole('list', { name: 'Diary entries' })

async function openDiary(page: Page): Promise<void> {
  await page.getByTestId('pain-panel').getByRole('button', { name: 'Your diary' }).click()
  await panel(page).waitFor()
  await page.waitForFunction(() => !document.querySelector('[data-testid="diary-panel"]')?.textContent?.includes('Opening your diary'))
}

/** Marks the left temple at intensity 7 with a note, and saves it as today's drawing. */
async function saveTempleDrawing(page: Page, note: string): Promise<void> {
  const marks = page.getByRole('list', { name: 'Your marks' })
  await expect.poll(() => marks.textContent()).toContain('Left temple')
  await marks.getByRole('slider', { name: 'Intensity' }).fill('7')
  await page.getByLabel('Note for today (optional)').fill(note)
  await page.getByRole('button', { name: "Save today's drawing" }).click()
  await page.getByText(/Saved in your diary for .+\. It stays on this device\./).waitFor()
}

async function importFile(page: Page, text: string): Promise<void> {
  await panel(page).getByLabel('Import a diary file').setInputFiles({ name: 'pain-diary.json', mimeType: 'application/json', buffer: Buffer.from(text) })
}

const status = (page: Page) => page.getByRole('region', { name: 'Export and import' }).getByRole('status')

describe('the pain diary', () => {
  it('saves a drawing, lists and charts it, shows it again on the body, exports it and imports it back', async () => {
    const page = await openApp(app, '?pain=left temple')
    const origin = new URL(app.url).origin
    const outside: string[] = []
    page.on('request', (r) => {
      const url = r.url()
      if (!url.startsWith(origin) && !/^(data|blob):/.test(url)) outside.push(url)
    })
    await saveTempleDrawing(page, 'After a long drive.')

    // A different drawing now, so showing the saved one visibly changes the marks.
    await page.getByRole('button', { name: 'Clear marks' }).click()
    await openDiary(page)
    expect(await panel(page).textContent()).toContain('stays on this device')
    const item = entries(page).getByRole('listitem')
    expect(await item.count()).toBe(1)
    expect(await item.textContent()).toContain('Left temple 7/10')
    expect(await item.textContent()).toContain('“After a long drive.”')
    expect(await item.textContent()).toContain(`Drawn on the ${BODY} body`)
    expect(await page.getByTestId('diary-chart').locator('[data-place="left temple"] circle').count()).toBe(1)

    await item.getByRole('button', { name: /^Show on the body: the drawing of .+$/ }).click()
    const shown = await page.evaluate(() => window.__tpe!.getState().painMarks.map((m) => [m.area, m.side, m.intensity]))
    expect(shown).toEqual([['temple', 'left', 7]])
    expect(await page.evaluate(() => window.__tpe!.getState().body)).toBe(BODY)
    expect(page.url()).toContain('pain=')

    // Export: a JSON file with the entry in full.
    const [download] = await Promise.all([page.waitForEvent('download'), panel(page).getByRole('button', { name: 'Export the diary (JSON file)' }).click()])
    expect(download.suggestedFilename()).toMatch(/^pain-diary-\d{4}-\d{2}-\d{2}\.json$/)
    const text = readFileSync((await download.path())!, 'utf8')
    const file = JSON.parse(text)
    expect(file).toMatchObject({ format: 'trigger-point-explorer-diary', version: 1 })
    expect(file.entries).toHaveLength(1)
    expect(file.entries[0]).toMatchObject({ body: BODY, note: 'After a long drive.', marks: [{ area: 'temple', side: 'left', intensity: 7 }] })

    // The same file again: already there, nothing to ask.
    await importFile(page, text)
    await expect.poll(() => status(page).textContent()).toBe('No new entries were added. 1 entry was already there, unchanged.')
    expect(await page.getByRole('dialog').count()).toBe(0)

    // The entry edited elsewhere: asked before anything is overwritten; "Keep mine" keeps it.
    const edited = JSON.stringify({ ...file, entries: [{ ...file.entries[0], note: 'Better after stretching.' }] })
    await importFile(page, edited)
    const dialog = page.getByRole('dialog', { name: 'Already in your diary' })
    await dialog.waitFor()
    await dialog.getByRole('button', { name: 'Keep mine' }).click()
    await expect.poll(() => status(page).textContent()).toContain('Kept your own version of 1 entry.')
    expect(await item.textContent()).toContain('After a long drive.')
    await importFile(page, edited)
    await dialog.getByRole('button', { name: "Replace with the file's version" }).click()
    await expect.poll(() => item.textContent()).toContain('Better after stretching.')

    // A broken file: every problem named, nothing imported.
    const broken = JSON.stringify({ ...file, entries: [{ ...file.entries[0], id: 'another', marks: [{ area: 'temple', side: 'left', intensity: 12 }] }] })
    await importFile(page, broken)
    const alert = panel(page).getByRole('alert')
    await expect.poll(() => alert.textContent()).toContain('Nothing was imported')
    expect(await alert.getByRole('list', { name: 'Problems in the file' }).textContent()).toContain(
      'Entry 1 (“another”), mark 1 (left temple), intensity: 12 is outside the range 0 to 10.',
    )
    // A file from a newer version: explained, not guessed at.
    await importFile(page, JSON.stringify({ ...file, version: 2 }))
    await expect.poll(() => alert.textContent()).toContain('exported by a newer version of the app')
    expect(await item.count()).toBe(1)

    expect(outside).toEqual([])
    await page.close()
  })

  it('deletes everything: the diary and the saved preferences are gone, also after a reload', async () => {
    const page = await openApp(app, '?pain=left temple')
    await page.evaluate((body) => localStorage.setItem('tpe.body', body), BODY)
    await saveTempleDrawing(page, 'To be deleted.')
    await openDiary(page)
    expect(await entries(page).getByRole('listitem').count()).toBe(1)

    await panel(page).getByRole('button', { name: 'Delete everything…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Delete everything?' })
    expect(await dialog.textContent()).toContain('your 1 diary entry')
    await dialog.getByRole('button', { name: 'Delete everything', exact: true }).click()
    await page.getByText('Everything the app kept on this device is deleted.').waitFor()
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('tpe.')))).toEqual([])
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain('trigger-point-explorer-diary')

    await page.reload()
    await page.waitForSelector('html[data-ready="true"]', { timeout: 60_000 })
    if ((await page.getByTestId('pain-panel').count()) === 0) await page.getByRole('button', { name: 'Where does it hurt?' }).click()
    await openDiary(page)
    expect(await panel(page).textContent()).toContain('No entries yet')
    expect(await entries(page).count()).toBe(0)
    await page.close()
  })
})
