/**
 * Finds a Chromium to drive and serves the built app, for the end-to-end tests, screenshots and the benchmark.
 * Order: $CHROMIUM_PATH; on Linux x64/arm64 the Chromium inside the npm package @sparticuz/chromium (a dev
 * dependency, so `npm install` brings it); /usr/bin/chromium, /usr/bin/chromium-browser; an installed Google Chrome.
 * WebGL2 runs in software everywhere here (SwiftShader through ANGLE).
 */
import { existsSync } from 'node:fs'
import { arch, platform } from 'node:process'
import { join } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { preview, type PreviewServer } from 'vite'

/** Flags for a system Chromium or Chrome. */
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

/**
 * Flags of @sparticuz/chromium that are left out. They suit a one-page serverless scraper, not these tests:
 * - `--single-process`: closing a page closes its context, and with one process that ends the browser;
 * - `--disable-web-security`, `--allow-running-insecure-content`: the app must work under the browser's normal rules;
 * - `--enable-features=…`, `--disable-features=…`: Chromium keeps only the last of each, so these would replace
 *   Playwright's own lists (and turn on SharedArrayBuffer, which a user's browser does not give this app).
 */
function keepPackageArg(arg: string): boolean {
  if (arg === '--single-process' || arg === '--disable-web-security' || arg === '--allow-running-insecure-content') return false
  return !arg.startsWith('--enable-features=') && !arg.startsWith('--disable-features=')
}

/**
 * Flags of CHROMIUM_ARGS that are left out with the npm Chromium: it is a headless-only build that Playwright
 * already starts headless, and its own graphics flags (in-process GPU, ANGLE on SwiftShader) replace `--disable-gpu`.
 */
const SYSTEM_ARGS_LEFT_OUT = new Set(['--headless', '--disable-gpu'])

export interface ChromiumLaunch {
  executablePath: string
  args: string[]
  /** Where the binary came from, for messages. */
  source: 'CHROMIUM_PATH' | '@sparticuz/chromium' | 'system'
}

function unique(args: string[]): string[] {
  return [...new Set(args)]
}

/** The Chromium inside @sparticuz/chromium, unpacked into the temp folder on first use; null if unavailable. */
async function packagedChromium(): Promise<ChromiumLaunch | null> {
  if (platform !== 'linux' || (arch !== 'x64' && arch !== 'arm64')) return null
  let pkg: typeof import('@sparticuz/chromium').default
  try {
    pkg = (await import('@sparticuz/chromium')).default
  } catch {
    return null // not installed (e.g. `npm install --omit=dev`)
  }
  const executablePath = await pkg.executablePath()
  const args = [
    ...pkg.args.filter(keepPackageArg),
    '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader',
    ...CHROMIUM_ARGS.filter((a) => !SYSTEM_ARGS_LEFT_OUT.has(a)),
  ]
  return { executablePath, args: unique(args), source: '@sparticuz/chromium' }
}

function systemBrowsers(): string[] {
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ]
  }
  if (platform === 'win32') {
    return [process.env.PROGRAMFILES, process.env['PROGRAMFILES(X86)'], process.env.LOCALAPPDATA]
      .filter((d): d is string => !!d)
      .map((d) => join(d, 'Google', 'Chrome', 'Application', 'chrome.exe'))
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
  ]
}

/** The browser to launch and its flags. Throws with what to do when there is none. */
export async function findChromium(): Promise<ChromiumLaunch> {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`)
    return { executablePath: fromEnv, args: CHROMIUM_ARGS, source: 'CHROMIUM_PATH' }
  }
  const packaged = await packagedChromium()
  if (packaged) return packaged
  const found = systemBrowsers().find((p) => existsSync(p))
  if (found) return { executablePath: found, args: CHROMIUM_ARGS, source: 'system' }
  const hint =
    platform === 'linux'
      ? 'Run `npm install` (it brings @sparticuz/chromium, a Linux x64/arm64 build), or set CHROMIUM_PATH to a Chromium or Chrome binary.'
      : platform === 'darwin'
        ? 'On macOS install Google Chrome, or set CHROMIUM_PATH to a Chrome or Chromium binary, e.g. ' +
          'CHROMIUM_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm test'
        : platform === 'win32'
          ? 'On Windows install Google Chrome, or set CHROMIUM_PATH to a Chrome or Chromium binary, e.g. ' +
            'set CHROMIUM_PATH=C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'
          : 'Set CHROMIUM_PATH to a Chromium or Chrome binary.'
  throw new Error(`No Chromium found for the browser tests. ${hint}`)
}

export async function launchBrowser(): Promise<Browser> {
  const { executablePath, args } = await findChromium()
  return chromium.launch({ executablePath, args, headless: true })
}

/**
 * Serves the built app on a free loopback port: dist/ (`npm run build` must have run), or the folder named by
 * $DIST_DIR (built with `vite build --outDir <folder>`), so two checkouts' builds can be tested side by side, or
 * the folder given.
 */
export async function serveBuiltApp(outDir = process.env.DIST_DIR ?? 'dist'): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(join(outDir, 'index.html'))) throw new Error(`${outDir}/ is missing: run \`npm run build\` first.`)
  const server: PreviewServer = await preview({ build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'silent' })
  const addr = server.httpServer.address()
  const port = typeof addr === 'object' && addr ? addr.port : 4173
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() }
}
