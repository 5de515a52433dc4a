/**
 * Screenshots of the built app in headless Chromium: docs/screenshots/*.png (front, back, side, close-ups).
 *   npm run screenshots            (builds first)
 *   npx tsx scripts/screenshots.ts front back   only those views
 */
import { mkdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { launchBrowser, serveBuiltApp } from './browser'

interface Shot {
  readonly name: string
  readonly query?: string
  readonly setup?: (page: Page) => Promise<void>
  /** The whole page with its panels, not only the 3D view. */
  readonly full?: boolean
  /** A tablet in landscape (1024×768, touch) instead of a desktop window. */
  readonly tablet?: boolean
  /** The page as printed (print media), whole length. */
  readonly print?: boolean
}

const view = (preset: string) => async (page: Page) => {
  await page.getByRole('group', { name: 'Camera' }).getByRole('button', { name: preset, exact: true }).click()
  await page.waitForTimeout(900)
}

/** A close-up from `position` toward `target` (metres), with the skin on or off. */
const closeUp = (position: [number, number, number], target: [number, number, number], skin: boolean) => async (page: Page) => {
  if (skin) await page.getByRole('button', { name: 'Skin', exact: true }).click()
  await page.waitForFunction(() => window.__tpe?.cameraIdle())
  await page.evaluate(([p, t]) => window.__tpe?.lookAt(p, t), [position, target] as const)
  await page.waitForTimeout(300)
}

/** Study mode with one card asked as one kind of question, its camera flight done. */
const studyQuestion = (card: string, kind: string) => async (page: Page) => {
  await page.getByRole('button', { name: 'Study', exact: true }).click()
  await page.getByTestId('study-panel').locator('.study-prompt').waitFor()
  await page.evaluate(([c, k]) => window.__tpe!.study().ask(c as `muscle:${string}`, k as 'name-muscle'), [card, kind] as const)
  await page.waitForTimeout(900)
  await page.waitForFunction(() => window.__tpe?.cameraIdle())
}

/** The muscles hardest to see and to tell apart: deep, small, or alike their neighbours. */
const REVEALED = [
  'multifidus', 'supinator', 'obliquus-capitis-inferior', 'rectus-capitis-posterior-major', 'serratus-anterior', 'psoas-major',
  'iliacus', 'supraspinatus', 'vastus-medialis', 'extensor-carpi-radialis-longus', 'extensor-carpi-radialis-brevis', 'triceps-long-head',
] as const

export const SHOTS: readonly Shot[] = [
  { name: 'see-through-front', setup: async (p) => { await p.getByRole('button', { name: 'See-through skin' }).click(); await view('Front')(p) } },
  { name: 'see-through-back', setup: async (p) => { await p.getByRole('button', { name: 'See-through skin' }).click(); await view('Back')(p) } },
  { name: 'skin-left', setup: async (p) => { await p.getByRole('button', { name: 'Skin', exact: true }).click(); await view('Left')(p) } },
  { name: 'skin-back', setup: async (p) => { await p.getByRole('button', { name: 'Skin', exact: true }).click(); await view('Back')(p) } },
  { name: 'skeleton-front', setup: async (p) => { await p.getByRole('button', { name: 'Skeleton' }).click(); await p.waitForTimeout(2500); await view('Front')(p) } },
  { name: 'skeleton-shoulder', setup: async (p) => { await p.getByRole('button', { name: 'Skeleton' }).click(); await p.waitForTimeout(2500); await closeUp([0.35, 1.45, -0.6], [0.1, 1.35, 0.0], false)(p) } },
  { name: 'female-front', query: '?body=female', setup: view('Front') },
  { name: 'female-back', query: '?body=female', setup: view('Back') },
  { name: 'female-skin-front', query: '?body=female', setup: async (p) => { await p.getByRole('button', { name: 'Skin', exact: true }).click(); await view('Front')(p) } },
  { name: 'female-skin-left', query: '?body=female', setup: async (p) => { await p.getByRole('button', { name: 'Skin', exact: true }).click(); await view('Left')(p) } },
  { name: 'female-face', query: '?body=female', setup: closeUp([0.11, 1.57, 0.52], [0, 1.53, 0.1], true) },
  { name: 'female-skeleton-front', query: '?body=female', setup: async (p) => { await p.getByRole('button', { name: 'Skeleton' }).click(); await p.waitForTimeout(2500); await view('Front')(p) } },
  { name: 'female-referral-upper-trapezius', query: '?body=female&tp=trapezius-upper-1&side=left' },
  { name: 'face', setup: closeUp([0.12, 1.66, 0.55], [0, 1.62, 0.1], true) },
  { name: 'face-muscles', setup: closeUp([0.25, 1.64, 0.45], [0, 1.6, 0.08], false) },
  { name: 'neck-skin', setup: closeUp([0.45, 1.5, 0.25], [0.05, 1.45, 0.0], true) },
  { name: 'neck-muscles', setup: closeUp([0.45, 1.5, 0.25], [0.05, 1.45, 0.0], false) },
  { name: 'hips-muscles', setup: closeUp([0, 1.0, 0.9], [0, 0.95, 0.0], false) },
  { name: 'hips-skin', setup: closeUp([0, 1.0, 0.9], [0, 0.95, 0.0], true) },
  { name: 'knee-skin', setup: closeUp([0.5, 0.55, 0.3], [0.1, 0.5, 0.0], true) },
  { name: 'female-skin-back', query: '?body=female', setup: async (p) => { await p.getByRole('button', { name: 'Skin', exact: true }).click(); await view('Back')(p) } },
  { name: 'hand', setup: closeUp([0.5, 0.86, 0.5], [0.38, 0.83, 0.13], true) },
  { name: 'foot', setup: closeUp([0.3, 0.25, 0.55], [0.1, 0.05, 0.1], true) },
  { name: 'front', setup: view('Front') },
  { name: 'back', setup: view('Back') },
  { name: 'left', setup: view('Left') },
  { name: 'skin-front', setup: async (p) => { await p.getByRole('button', { name: 'Skin', exact: true }).click(); await view('Front')(p) } },
  { name: 'selected-infraspinatus', query: '?muscle=infraspinatus&side=left' },
  { name: 'selected-pectoralis-major', query: '?muscle=pectoralis-major&side=right' },
  { name: 'selected-gluteus-medius', query: '?muscle=gluteus-medius&side=left' },
  // Choosing a trigger point frames it with its whole zone; these shots keep that view.
  { name: 'referral-upper-trapezius', query: '?tp=trapezius-upper-1&side=left' },
  { name: 'referral-infraspinatus', query: '?tp=infraspinatus-1&side=right' },
  { name: 'referral-gluteus-minimus', query: '?tp=gluteus-minimus-1&side=left' },
  {
    name: 'pain-temple',
    query: '?pain=left%20temple',
    full: true,
    setup: async (p) => {
      await p.getByTestId('candidates').locator('li button').first().click()
      await p.waitForFunction(() => window.__tpe?.cameraIdle())
    },
  },
  { name: 'app-infraspinatus', query: '?tp=infraspinatus-1&side=left', full: true },
  {
    name: 'conditions',
    full: true,
    setup: async (p) => {
      await p.getByRole('tab', { name: 'Conditions' }).click()
    },
  },
  { name: 'condition-claudication', query: '?condition=intermittent-claudication', full: true },
  { name: 'red-flags-rhomboid', query: '?tp=rhomboid-major-1&side=left', full: true },
  {
    name: 'pain-between-shoulder-blades',
    query: '?pain=left%20inner%20border%20of%20the%20shoulder%20blade',
    full: true,
    setup: async (p) => {
      await p.getByTestId('candidates').locator('li button').first().click()
      await p.waitForFunction(() => window.__tpe?.cameraIdle())
    },
  },
  {
    name: 'present-tablet',
    query: '?tp=trapezius-upper-1&side=left&skin=opaque',
    full: true,
    tablet: true,
    setup: async (p) => {
      await p.keyboard.press('p')
      await p.waitForTimeout(1200)
    },
  },
  {
    name: 'present-pain-tablet',
    query: '?pain=left+temple:8,heel:4',
    full: true,
    tablet: true,
    setup: async (p) => {
      await p.getByRole('button', { name: 'Present' }).click()
      await p.getByRole('button', { name: 'Show muscle' }).click()
      await p.waitForTimeout(1500)
    },
  },
  {
    name: 'handout',
    query: '?pain=left+temple:7,heel:4',
    print: true,
    setup: async (p) => {
      await p.getByTestId('candidates').locator('li button').first().click()
      await p.waitForFunction(() => window.__tpe?.cameraIdle())
      await p.getByRole('button', { name: 'Print / save as PDF' }).click()
      await p.waitForSelector('[data-testid="handout"][data-pictures="ready"]', { timeout: 60_000 })
    },
  },
  { name: 'selected-vastus-medialis', query: '?muscle=vastus-medialis&side=left' },
  { name: 'selected-gastrocnemius-medial', query: '?muscle=gastrocnemius-medial&side=left' },
  { name: 'selected-trapezius-upper', query: '?muscle=trapezius-upper&side=left' },
  { name: 'selected-biceps-femoris', query: '?muscle=biceps-femoris&side=left' },
  // Study mode: a referral question before it is answered; a name question answered wrong; a trigger point tapped.
  { name: 'study-referral', full: true, setup: studyQuestion('tp:trapezius-upper-1', 'referral-muscle') },
  {
    name: 'study-name',
    full: true,
    setup: async (p) => {
      await studyQuestion('muscle:infraspinatus', 'name-muscle')(p)
      await p.getByTestId('study-panel').getByRole('list').getByRole('button').filter({ hasNotText: 'Infraspinatus' }).first().click()
    },
  },
  {
    name: 'study-tap',
    full: true,
    setup: async (p) => {
      await studyQuestion('tp:infraspinatus-1', 'locate-trigger-point')(p)
      const side = await p.evaluate(() => window.__tpe!.study().question!.side)
      const at = await p.evaluate((s) => window.__tpe!.triggerPointAt('infraspinatus-1', s), side)
      // A little below the point, on the muscle (the point itself may sit at its edge): the ✕ and the tap both show.
      const tap = await p.evaluate(
        ([x, y, mesh]) => {
          for (let r = 0; r <= 40; r += 2)
            for (let a = 0; a < 16; a++) {
              const q = { x: x + r * Math.cos((a * Math.PI) / 8), y: y + r * Math.sin((a * Math.PI) / 8) }
              if (window.__tpe!.hitsAt(q.x, q.y)[0]?.startsWith(`${mesh} `)) return q
            }
          return { x, y }
        },
        [at!.x, at!.y + 100, `muscle:infraspinatus:${side}`] as const,
      )
      await p.mouse.click(tap.x, tap.y)
      await p.waitForTimeout(600)
    },
  },
  // Deep or small muscles as their links show them: what covers them from their best side is ghosted.
  ...REVEALED.map((id) => ({ name: `reveal-${id}`, query: `?muscle=${id}&side=left` })),
]

const only = process.argv.slice(2)
mkdirSync('docs/screenshots', { recursive: true })
const server = await serveBuiltApp()
const browser = await launchBrowser()
try {
  for (const shot of SHOTS.filter((s) => only.length === 0 || only.includes(s.name))) {
    // A fresh page each time, so no choice saved on the device (the body) carries over from the shot before.
    // Reduced motion: referral patterns appear at once instead of spreading, so pictures do not depend on timing.
    const viewport = shot.tablet ? { width: 1024, height: 768 } : { width: 1400, height: 900 }
    const page = await browser.newPage({ viewport, hasTouch: shot.tablet, reducedMotion: 'reduce' })
    await page.goto(server.url + (shot.query ?? ''))
    await page.waitForSelector('html[data-ready="true"]', { timeout: 60_000 })
    await shot.setup?.(page)
    await page.waitForTimeout(400)
    await page.waitForFunction(() => window.__tpe?.cameraIdle())
    const path = `docs/screenshots/${shot.name}.png`
    if (shot.print) {
      await page.emulateMedia({ media: 'print' })
      await page.screenshot({ path, fullPage: true })
    } else if (shot.full) await page.screenshot({ path })
    else await page.locator('canvas').screenshot({ path })
    console.log(`docs/screenshots/${shot.name}.png`)
    await page.close()
  }
} finally {
  await browser.close()
  await server.close()
}
