/** Shared set-up for the end-to-end tests: one server and browser per file, a fresh page per test. */
import type { Browser, Page } from 'playwright-core'
import { onTestFinished } from 'vitest'
import { launchBrowser, serveBuiltApp } from '../../scripts/browser'

export interface AppHarness {
  url: string
  browser: Browser
  close: () => Promise<void>
}

/** Serves the built app (or the build in `outDir`) and launches a browser. */
export async function startApp(outDir?: string): Promise<AppHarness> {
  const server = await serveBuiltApp(outDir)
  const browser = await launchBrowser()
  return {
    url: server.url,
    browser,
    close: async () => {
      await browser.close()
      await server.close()
    },
  }
}

/** The body this run of the suite draws (the suite runs once per body, see vitest.e2e.config.ts). */
export const BODY = process.env.E2E_BODY === 'female' ? 'female' : 'male'

/** The query with this run's body added, unless it names one itself. */
export function withBody(query: string): string {
  if (BODY === 'male' || /[?&]body=/.test(query)) return query
  return query ? `${query}&body=${BODY}` : `?body=${BODY}`
}

/**
 * Records every Content-Security-Policy violation on the page: the `securitypolicyviolation` events, reported from
 * inside the page, and the console's "Refused to …" lines (which also cover workers).
 */
async function watchContentSecurityPolicy(page: Page): Promise<{ violations: string[]; first: Promise<never> }> {
  const violations: string[] = []
  let reject: (e: Error) => void = () => {}
  const first = new Promise<never>((_, r) => (reject = r))
  first.catch(() => {})
  const add = (v: string) => {
    violations.push(v)
    reject(new Error(`Content-Security-Policy violation: ${v}`))
  }
  await page.exposeFunction('__tpeCspViolation', add)
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __tpeCspViolation: (v: string) => void }).__tpeCspViolation
      void report(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline code'} (${e.sourceFile || 'page'}:${e.lineNumber})`)
    })
  })
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) add(m.text())
  })
  return { violations, first }
}

function failOnViolations(violations: readonly string[]): void {
  if (violations.length) throw new Error(`Content-Security-Policy violations:\n${[...new Set(violations)].join('\n')}`)
}

/** Page options a test may set: a tablet's viewport and touch, reduced motion. */
export type PageOptions = Pick<NonNullable<Parameters<Browser['newPage']>[0]>, 'viewport' | 'hasTouch' | 'isMobile' | 'reducedMotion'>

/**
 * Opens the app (with an optional query) and waits until the model has drawn its first frame. The test fails on any
 * Content-Security-Policy violation, during loading or later in the test, so every browser test checks the policy.
 */
export interface OpenOptions extends PageOptions {
  /** false: the page cannot create a WebGL context (getContext gives null), as on a browser without it. */
  readonly webgl?: boolean
}

export async function openApp(h: AppHarness, query = '', options: OpenOptions = {}): Promise<Page> {
  const { webgl, ...pageOptions } = options
  const page = await h.browser.newPage({ viewport: { width: 1400, height: 900 }, ...pageOptions })
  if (webgl === false) {
    await page.addInitScript(() => {
      const getContext = HTMLCanvasElement.prototype.getContext
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
        if (/webgl/i.test(kind)) return null
        return (getContext as (...a: unknown[]) => RenderingContext | null).call(this, kind, ...rest)
      } as typeof getContext
    })
  }
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  const { violations, first } = await watchContentSecurityPolicy(page)
  onTestFinished(() => failOnViolations(violations))
  await page.goto(h.url + withBody(query))
  // A blocked resource may keep the model from ever drawing: fail at once with the reason rather than time out.
  await Promise.race([page.waitForSelector('html[data-ready="true"]', { timeout: 60_000 }), first])
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`)
  failOnViolations(violations)
  if ((await page.locator('meta[http-equiv="Content-Security-Policy"]').count()) !== 1) {
    throw new Error('the built index.html has no Content-Security-Policy meta tag')
  }
  return page
}

/** Where on the page a named mesh can be clicked, from the app's test handle. */
export async function screenPointOf(page: Page, mesh: string): Promise<{ x: number; y: number }> {
  await page.waitForFunction(() => window.__tpe?.cameraIdle())
  const p = await page.evaluate((name) => window.__tpe?.screenPointOf(name) ?? null, mesh)
  if (!p) throw new Error(`${mesh} is not visible from the camera`)
  return p
}

/** The canvas, downscaled to 320 px wide, as RGBA bytes: enough to see a change, cheap to move out of the page. */
export async function canvasPixels(page: Page): Promise<Uint8ClampedArray> {
  const data = await page.evaluate(() => {
    const c = document.querySelector('canvas')!
    const off = document.createElement('canvas')
    off.width = 320
    off.height = Math.round((320 * c.height) / c.width)
    const ctx = off.getContext('2d')!
    ctx.drawImage(c, 0, 0, off.width, off.height)
    return Array.from(ctx.getImageData(0, 0, off.width, off.height).data)
  })
  return new Uint8ClampedArray(data)
}

/** Mean absolute difference per channel (0–255) between two captures of the same size. */
export function meanDifference(a: Uint8ClampedArray, b: Uint8ClampedArray): number {
  let sum = 0
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i]! - b[i]!)
  return sum / a.length
}

/** The canvas pixels (RGBA) in a square of `r` CSS pixels around a body point as it appears on screen. */
export async function pixelsAround(page: Page, point: readonly [number, number, number], r = 24): Promise<Uint8ClampedArray> {
  await page.waitForFunction(() => window.__tpe?.cameraIdle())
  const data = await page.evaluate(
    ({ point, r }) => {
      const s = window.__tpe!.projectPoint(point)
      const c = document.querySelector('canvas')!
      const rect = c.getBoundingClientRect()
      const scale = c.width / rect.width
      const off = document.createElement('canvas')
      off.width = c.width
      off.height = c.height
      const ctx = off.getContext('2d')!
      ctx.drawImage(c, 0, 0)
      const x0 = Math.round((s.x - rect.left - r) * scale), y0 = Math.round((s.y - rect.top - r) * scale)
      const size = Math.round(2 * r * scale)
      return Array.from(ctx.getImageData(x0, y0, size, size).data)
    },
    { point, r },
  )
  return new Uint8ClampedArray(data)
}

/** The canvas once it has stopped changing (two captures half a second apart agree), or after `timeoutMs`. */
export async function settledPixels(page: Page, timeoutMs = 20_000): Promise<Uint8ClampedArray> {
  await page.waitForFunction(() => window.__tpe?.cameraIdle())
  const end = Date.now() + timeoutMs
  let a = await canvasPixels(page)
  for (;;) {
    await page.waitForTimeout(500)
    const b = await canvasPixels(page)
    if (meanDifference(a, b) < 0.1 || Date.now() > end) return b
    a = b
  }
}
