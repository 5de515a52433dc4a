/**
 * Finds a Chromium to drive and serves the built app, for the end-to-end tests, screenshots and the benchmark.
 * Order: $CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser, Playwright's own cache.
 */
import { existsSync, readdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { preview, type PreviewServer } from 'vite'

export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']
  const cache = join(homedir(), '.cache', 'ms-playwright')
  if (existsSync(cache)) {
    for (const dir of readdirSync(cache).filter((d) => d.startsWith('chromium')).sort().reverse()) {
      candidates.push(join(cache, dir, 'chrome-linux', 'chrome'), join(cache, dir, 'chrome-linux64', 'chrome'))
    }
  }
  const found = candidates.find((p): p is string => !!p && existsSync(p))
  if (!found) {
    throw new Error(
      'No Chromium found. Install one (Debian: `apt-get install -y chromium`) or set CHROMIUM_PATH to its binary.',
    )
  }
  return found
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
]

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true })
}

/** Serves dist/ on a free loopback port; `npm run build` must have run. */
export async function serveBuiltApp(): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first.')
  const server: PreviewServer = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'silent' })
  const addr = server.httpServer.address()
  const port = typeof addr === 'object' && addr ? addr.port : 4173
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() }
}
