/**
 * Measures (never asserts) the model, the bundle, the built app in headless Chromium and the Node-side lookup;
 * writes bench/results.json and prints a table.
 *   npm run bench            (builds first)
 *   npx tsx scripts/bench.ts against an existing dist/ (or DIST_DIR=<folder>)
 *   npx tsx scripts/bench.ts links   only the full-state link figures, merged into bench/results.json
 *
 * In-page code is passed as strings: tsx may wrap functions in helpers that do not exist in the page.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, platform, release, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { NodeIO } from '@gltf-transform/core'
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions'
import { MeshoptDecoder } from 'meshoptimizer'
import type { Browser, Page } from 'playwright-core'
import { BODY_AREAS } from '../data/body-areas'
import { build } from 'vite'
import { formatLink, type LinkState } from '../src/domain/deep-link'
import { launchBrowser, serveBuiltApp } from './browser'

/** The built app: dist/, or the folder named by $DIST_DIR (as the browser tests serve it). */
const DIST = process.env.DIST_DIR ?? 'dist'
const MODEL_PATH = 'public/models/body.glb'
const FEMALE_MODEL_PATH = 'public/models/body-female.glb'
const VIEWPORT = { width: 1400, height: 900 }
const LOADS = 3
const FPS_MS = 3000
/** Software rendering can be slow enough that 3 s holds only a few frames: go on until this many, up to FPS_MAX_MS. */
const FPS_MIN_FRAMES = 12
const FPS_MAX_MS = 20_000
const PICKS = 5
const PICK_MESH = 'muscle:gluteus-maximus:left'
const PICK_HEADING = 'Gluteus maximus'
const RAYS = 200
const LOOKUP_RUNS = 200

const median = (xs: readonly number[]): number | null => {
  if (xs.length === 0) return null
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}
const percentile = (xs: readonly number[], p: number): number | null => {
  if (xs.length === 0) return null
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!
}
const round = (x: number | null | undefined, digits = 2): number | null =>
  x === null || x === undefined || !Number.isFinite(x) ? null : Number(x.toFixed(digits))

// ─── model ────────────────────────────────────────────────────────────────────────────────────────────────────

async function measureModel(path = MODEL_PATH) {
  await MeshoptDecoder.ready
  const io = new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
    .registerDependencies({ 'meshopt.decoder': MeshoptDecoder })
  const doc = await io.read(path)
  let triangles = 0
  let vertices = 0
  let primitives = 0
  const meshes = doc.getRoot().listMeshes()
  for (const mesh of meshes) {
    for (const prim of mesh.listPrimitives()) {
      primitives++
      const count = prim.getAttribute('POSITION')?.getCount() ?? 0
      vertices += count
      triangles += (prim.getIndices()?.getCount() ?? count) / 3
    }
  }
  return { path, bytes: statSync(path).size, meshes: meshes.length, primitives, triangles, vertices }
}

// ─── bundle ───────────────────────────────────────────────────────────────────────────────────────────────────

interface FileSize {
  file: string
  bytes: number
  gzipBytes: number
}

function sizeOf(file: string): FileSize {
  const buf = readFileSync(join(DIST, file))
  return { file, bytes: buf.length, gzipBytes: gzipSync(buf).length }
}

const sum = (files: readonly FileSize[]) => ({
  files,
  bytes: files.reduce((a, f) => a + f.bytes, 0),
  gzipBytes: files.reduce((a, f) => a + f.gzipBytes, 0),
})

function measureBundle() {
  const allJs = readdirSync(join(DIST, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`)
  const initial = new Set<string>()
  let source: string
  const manifestPath = join(DIST, '.vite/manifest.json')
  if (existsSync(manifestPath)) {
    source = 'dist/.vite/manifest.json (entry and its static imports)'
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, { file: string; isEntry?: boolean; imports?: string[] }>
    const visit = (key: string) => {
      const chunk = manifest[key]
      if (!chunk || initial.has(chunk.file)) return
      initial.add(chunk.file)
      chunk.imports?.forEach(visit)
    }
    Object.entries(manifest)
      .filter(([, c]) => c.isEntry)
      .forEach(([k]) => visit(k))
  } else {
    source = 'dist/index.html (module script and modulepreload links; no manifest)'
    const html = readFileSync(join(DIST, 'index.html'), 'utf8')
    for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
      const isModule = /^<script/.test(tag) && /type="module"/.test(tag)
      const isPreload = /^<link/.test(tag) && /rel="modulepreload"/.test(tag)
      const ref = /(?:src|href)="([^"]+\.js)"/.exec(tag)?.[1]
      if ((isModule || isPreload) && ref) initial.add(ref.replace(/^\.?\//, ''))
    }
  }
  const initialFiles = allJs.filter((f) => initial.has(f)).map(sizeOf)
  const lazyFiles = allJs.filter((f) => !initial.has(f)).map(sizeOf)
  return { source, initial: sum(initialFiles), lazy: sum(lazyFiles), total: sum([...initialFiles, ...lazyFiles]) }
}

// ─── browser ──────────────────────────────────────────────────────────────────────────────────────────────────

const INIT_SCRIPT = `
  window.__bench = { readyAt: null };
  window.addEventListener('tpe:ready', () => { if (window.__bench.readyAt === null) window.__bench.readyAt = performance.now(); });
`

const LOAD_METRICS = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const model = performance.getEntriesByType('resource').find((e) => /[/]models[/]body(-female)?[.]glb$/.test(e.name));
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  return {
    readyMs: window.__bench.readyAt,
    domContentLoadedMs: nav ? nav.domContentLoadedEventEnd : null,
    loadEventMs: nav ? nav.loadEventEnd : null,
    firstContentfulPaintMs: fcp ? fcp.startTime : null,
    modelFetchMs: model ? model.duration : null,
    modelFetchStartMs: model ? model.startTime : null,
    modelTransferBytes: model ? model.transferSize : null,
  };
})()`

interface LoadRun {
  readyMs: number | null
  domContentLoadedMs: number | null
  loadEventMs: number | null
  firstContentfulPaintMs: number | null
  modelFetchMs: number | null
  modelFetchStartMs: number | null
  modelTransferBytes: number | null
}

async function openFresh(browser: Browser, url: string): Promise<{ page: Page; close: () => Promise<void> }> {
  // String predicates are evaluated in the page: the app's CSP would refuse them, and it does not change the timings.
  const context = await browser.newContext({ viewport: VIEWPORT, bypassCSP: true })
  await context.addInitScript({ content: INIT_SCRIPT })
  const page = await context.newPage()
  await page.goto(url)
  await page.waitForSelector('html[data-ready="true"]', { timeout: 120_000 })
  return { page, close: () => context.close() }
}

async function measureLoads(browser: Browser, url: string) {
  const runs: LoadRun[] = []
  for (let i = 0; i < LOADS; i++) {
    const { page, close } = await openFresh(browser, url)
    // Let the load event and the resource entry settle.
    await page.waitForFunction(`performance.getEntriesByType('navigation')[0]?.loadEventEnd > 0`, undefined, { timeout: 30_000 })
    runs.push((await page.evaluate(LOAD_METRICS)) as LoadRun)
    await close()
  }
  const med = (k: keyof LoadRun) => round(median(runs.map((r) => r[k]).filter((x): x is number => typeof x === 'number')))
  return {
    runs: runs.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, round(v)]))),
    median: {
      readyMs: med('readyMs'),
      domContentLoadedMs: med('domContentLoadedMs'),
      firstContentfulPaintMs: med('firstContentfulPaintMs'),
      modelFetchMs: med('modelFetchMs'),
      modelTransferBytes: med('modelTransferBytes'),
    },
  }
}

/** Settles the camera on a preset: waits for the flight to start (or not) and to end, then two more frames. */
async function settleCamera(page: Page, preset: string) {
  await page.evaluate(`window.__tpe.getState().requestCamera(${JSON.stringify(preset)})`)
  await page.evaluate(`new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))`)
  await page.waitForFunction(`window.__tpe.cameraIdle()`, undefined, { timeout: 30_000 })
  await page.evaluate(`new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))`)
}

// Cycles front → left → back → right so no flight passes through the body (front ↔ back would lerp through it).
const FPS_SCRIPT = `new Promise((resolve) => {
  const h = window.__tpe;
  const presets = ['left', 'back', 'right', 'front'];
  let next = 0;
  const moving = [];
  let frames = 0;
  let t0 = null;
  let last = null;
  let wasMoving = false;
  h.getState().requestCamera(presets[next++ % 4]);
  const tick = (t) => {
    if (t0 === null) t0 = t;
    const isMoving = !h.cameraIdle();
    // An interval counts when the camera moved through it: a frame was drawn at its end.
    if (last !== null && (isMoving || wasMoving)) moving.push(t - last);
    frames++;
    last = t;
    wasMoving = isMoving;
    if (!isMoving) h.getState().requestCamera(presets[next++ % 4]);
    const elapsed = t - t0;
    if ((elapsed < ${FPS_MS} || moving.length < ${FPS_MIN_FRAMES}) && elapsed < ${FPS_MAX_MS}) requestAnimationFrame(tick);
    else resolve({ elapsedMs: t - t0, rafCallbacks: frames, movingIntervals: moving, flights: next });
  };
  requestAnimationFrame(tick);
})`

async function measureFps(page: Page) {
  await settleCamera(page, 'front')
  const r = (await page.evaluate(FPS_SCRIPT)) as { elapsedMs: number; rafCallbacks: number; movingIntervals: number[]; flights: number }
  await settleCamera(page, 'front')
  const movingMs = r.movingIntervals.reduce((a, b) => a + b, 0)
  return {
    method: `camera flights cycling front→left→back→right via requestCamera for ${FPS_MS / 1000} s (longer, up to ${FPS_MAX_MS / 1000} s, until ${FPS_MIN_FRAMES} frames); rAF intervals counted while the camera moves`,
    durationMs: round(r.elapsedMs),
    rafCallbacks: r.rafCallbacks,
    flights: r.flights,
    framesWhileMoving: r.movingIntervals.length,
    fps: round(movingMs > 0 ? (r.movingIntervals.length * 1000) / movingMs : null, 1),
    frameMsP50: round(median(r.movingIntervals)),
    frameMsP95: round(percentile(r.movingIntervals, 95)),
  }
}

const PICK_ARM = `(() => {
  const canvas = document.querySelector('canvas');
  const rec = { down: null, up: null, dom: null, frame: null };
  window.__pick = rec;
  canvas.addEventListener('pointerdown', () => { rec.down = performance.now(); }, { capture: true, once: true });
  canvas.addEventListener('pointerup', () => { rec.up = performance.now(); }, { capture: true, once: true });
  const check = () => {
    const h = document.querySelector('[data-testid=muscle-panel] h2');
    if (rec.dom === null && h && h.textContent.trim() === ${JSON.stringify(PICK_HEADING)}) {
      rec.dom = performance.now();
      obs.disconnect();
      requestAnimationFrame(() => { rec.frame = performance.now(); });
    }
  };
  const obs = new MutationObserver(check);
  obs.observe(document.body, { subtree: true, childList: true, characterData: true });
})()`

async function measurePick(page: Page) {
  const runs: { fromDownMs: number; fromUpMs: number; toNextFrameMs: number }[] = []
  let point: { x: number; y: number } | null = null
  let error: string | null = null
  for (let i = 0; i < PICKS; i++) {
    await page.evaluate(`window.__tpe.getState().selectMuscle(null)`)
    await page.mouse.move(5, 5)
    await settleCamera(page, 'back')
    point = (await page.evaluate(`window.__tpe.screenPointOf(${JSON.stringify(PICK_MESH)})`)) as { x: number; y: number } | null
    if (!point) {
      error = `${PICK_MESH} has no visible point from the back view`
      break
    }
    await page.evaluate(PICK_ARM)
    await page.mouse.click(point.x, point.y)
    try {
      await page.waitForFunction(`window.__pick.frame !== null`, undefined, { timeout: 10_000 })
    } catch {
      error = `the panel did not show "${PICK_HEADING}" after clicking (${point.x.toFixed(0)}, ${point.y.toFixed(0)})`
      break
    }
    const rec = (await page.evaluate(`window.__pick`)) as { down: number; up: number; dom: number; frame: number }
    runs.push({ fromDownMs: rec.dom - rec.down, fromUpMs: rec.dom - rec.up, toNextFrameMs: rec.frame - rec.down })
  }
  await page.evaluate(`window.__tpe.getState().selectMuscle(null)`)
  const med = (k: keyof (typeof runs)[number]) => round(median(runs.map((r) => r[k])))
  return {
    mesh: PICK_MESH,
    point: point && { x: round(point.x, 1), y: round(point.y, 1) },
    runs: runs.map((r) => ({ fromDownMs: round(r.fromDownMs), fromUpMs: round(r.fromUpMs), toNextFrameMs: round(r.toNextFrameMs) })),
    firstMs: round(runs[0]?.fromDownMs),
    medianMs: med('fromDownMs'),
    medianFromPointerUpMs: med('fromUpMs'),
    medianToNextFrameMs: med('toNextFrameMs'),
    error,
  }
}

async function measureRaycast(page: Page) {
  await settleCamera(page, 'back')
  const has = (await page.evaluate(`typeof window.__tpe.raycastBench === 'function'`)) as boolean
  if (!has) return { rays: RAYS, meanMsPerRay: null, note: 'window.__tpe.raycastBench is missing' }
  const samples: number[] = []
  for (let i = 0; i < 5; i++) samples.push((await page.evaluate(`window.__tpe.raycastBench(${RAYS})`)) as number)
  return {
    rays: RAYS,
    view: 'back',
    method: `${RAYS} rays on a grid over the whole canvas against the scene (three-mesh-bvh acceleratedRaycast); median of 5 batches`,
    meanMsPerRay: round(median(samples), 4),
    firstBatchMsPerRay: round(samples[0], 4),
  }
}

// ─── bare three.js page ───────────────────────────────────────────────────────────────────────────────────────

/** Builds scripts/bench-bare (plain three.js + GLTFLoader + meshopt decoder) into a temp folder with body.glb. */
async function buildBarePage(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'tpe-bare-'))
  await build({ root: resolve('scripts/bench-bare'), configFile: false, logLevel: 'silent', build: { outDir, emptyOutDir: true, target: 'es2022' } })
  mkdirSync(join(outDir, 'models'), { recursive: true })
  copyFileSync(MODEL_PATH, join(outDir, 'models', 'body.glb'))
  return outDir
}

/** The app's canvas size in CSS px, so the bare page draws the same number of pixels. */
async function canvasSize(browser: Browser, url: string): Promise<{ w: number; h: number }> {
  const { page, close } = await openFresh(browser, url)
  const size = (await page.evaluate(`(() => { const c = document.querySelector('canvas'); return { w: c.clientWidth, h: c.clientHeight }; })()`)) as { w: number; h: number }
  await close()
  return size
}

async function measureBare(browser: Browser, url: string, size: { w: number; h: number }) {
  const runs: number[] = []
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext({ viewport: VIEWPORT })
    const page = await context.newPage()
    await page.goto(`${url}?w=${size.w}&h=${size.h}`)
    await page.waitForFunction(`typeof window.__bareReadyAt === 'number'`, undefined, { timeout: 120_000 })
    runs.push((await page.evaluate(`window.__bareReadyAt`)) as number)
    await context.close()
  }
  return { canvas: size, runs: runs.map((r) => round(r)), readyMs: round(median(runs)) }
}

// ─── lookup ───────────────────────────────────────────────────────────────────────────────────────────────────

interface Mark {
  area: string
  side?: 'left' | 'right'
}

function mark(area: string, side: 'left' | 'right'): Mark {
  const a = BODY_AREAS.find((x) => x.id === area)
  if (!a) throw new Error(`unknown body area ${area}`)
  return a.sided ? { area, side } : { area }
}

async function measureLookup() {
  const file = resolve('src/domain/ranking.ts')
  if (!existsSync(file)) return { oneMarkMs: null, tenMarksMs: null, note: 'src/domain/ranking.ts does not exist yet' }
  let rank: (marks: Mark[]) => unknown
  try {
    const mod = (await import(pathToFileURL(file).href)) as { rankTriggerPoints?: unknown }
    if (typeof mod.rankTriggerPoints !== 'function') {
      return { oneMarkMs: null, tenMarksMs: null, note: 'src/domain/ranking.ts does not export rankTriggerPoints' }
    }
    rank = mod.rankTriggerPoints as (marks: Mark[]) => unknown
  } catch (e) {
    return { oneMarkMs: null, tenMarksMs: null, note: `importing src/domain/ranking.ts failed: ${(e as Error).message}` }
  }
  const one = [mark('temple', 'left')]
  const ten = [
    mark('temple', 'left'),
    mark('back-of-neck', 'right'),
    mark('top-of-shoulder', 'left'),
    mark('shoulder-blade', 'right'),
    mark('low-back', 'left'),
    mark('sacrum', 'left'),
    mark('buttock', 'right'),
    mark('outer-elbow', 'left'),
    mark('front-of-thigh', 'right'),
    mark('calf', 'left'),
  ]
  const time = (marks: Mark[]) => {
    const t0 = performance.now()
    const first = rank(marks)
    const firstMs = performance.now() - t0
    const samples: number[] = []
    for (let i = 0; i < LOOKUP_RUNS; i++) {
      const t = performance.now()
      rank(marks)
      samples.push(performance.now() - t)
    }
    return { firstMs, medianMs: median(samples)!, results: Array.isArray(first) ? first.length : null }
  }
  try {
    const a = time(one)
    const b = time(ten)
    return {
      runs: LOOKUP_RUNS,
      oneMarkMs: round(a.medianMs, 4),
      tenMarksMs: round(b.medianMs, 4),
      oneMarkFirstCallMs: round(a.firstMs, 3),
      tenMarksFirstCallMs: round(b.firstMs, 3),
      oneMarkResults: a.results,
      tenMarksResults: b.results,
      marks: { one, ten },
      note: `median of ${LOOKUP_RUNS} calls in Node after one untimed-in-median first call`,
    }
  } catch (e) {
    return { oneMarkMs: null, tenMarksMs: null, note: `rankTriggerPoints threw: ${(e as Error).message}` }
  }
}

// ─── run ──────────────────────────────────────────────────────────────────────────────────────────────────────

// ─── links ────────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * A busy view as a therapist leaves it: a trigger point with its pattern, a condition, eight tapped marks with
 * intensities, see-through skin, the skeleton, the surface muscles peeled, a camera moved by hand.
 */
const BUSY: LinkState = {
  body: 'male',
  triggerPoint: { id: 'trapezius-upper-1', side: 'left' },
  muscle: { id: 'trapezius-upper', side: 'left' },
  condition: 'tension-type-headache',
  pain: ['temple', 'back-of-neck', 'behind-ear', 'jaw', 'side-of-neck', 'top-of-shoulder', 'forehead', 'back-of-head'].map((area, i) => ({
    place: `left ${area}`,
    intensity: 3 + (i % 8),
    point: [0.061 + i * 0.0013, 1.55 - i * 0.021, 0.035 - i * 0.011] as const,
  })),
  mode: 'pain',
  skin: 'translucent',
  peel: true,
  skeleton: true,
  camera: { position: [0.812, 1.634, 1.377], target: [0.041, 1.488, 0.063] },
}

/** The busy link's length, and the time to the first model frame from it against a plain address. */
async function measureLinks(browser: Browser, url: string) {
  const link = formatLink(BUSY)
  const plain = await measureLoads(browser, url)
  const busy = await measureLoads(browser, `${url}${link}`)
  return { busyLinkChars: link.length, busyLink: link, plainReadyMs: plain.median.readyMs, busyReadyMs: busy.median.readyMs, plain: plain.runs, busy: busy.runs }
}

if (process.argv.includes('links')) {
  const server = await serveBuiltApp()
  const browser = await launchBrowser()
  try {
    const links = await measureLinks(browser, server.url)
    const results = existsSync('bench/results.json') ? JSON.parse(readFileSync('bench/results.json', 'utf8')) : {}
    mkdirSync('bench', { recursive: true })
    writeFileSync('bench/results.json', JSON.stringify({ ...results, links: { date: new Date().toISOString(), loadAverageAtStart: round(loadavg()[0]), ...links } }, null, 2) + '\n')
    console.log(`busy link: ${links.busyLinkChars} characters\nfirst model frame, plain address: ${links.plainReadyMs} ms, busy link: ${links.busyReadyMs} ms (median of ${LOADS})`)
  } finally {
    await browser.close()
    await server.close()
  }
  process.exit(0)
}

/** Other work on the machine skews every timing here; the 1-minute load average at the start says how much. */
const loadAverageAtStart = round(loadavg()[0])

const model = await measureModel()
const femaleModel = await measureModel(FEMALE_MODEL_PATH)
const bundle = measureBundle()
const lookup = await measureLookup()

const bareDir = await buildBarePage()
const server = await serveBuiltApp()
const bareServer = await serveBuiltApp(bareDir)
const browser = await launchBrowser()
let chromium: string
let load: Awaited<ReturnType<typeof measureLoads>>
let fps: Awaited<ReturnType<typeof measureFps>>
let pick: Awaited<ReturnType<typeof measurePick>>
let raycast: Awaited<ReturnType<typeof measureRaycast>>
let femaleLoad: Awaited<ReturnType<typeof measureLoads>>
let femaleFps: Awaited<ReturnType<typeof measureFps>>
let bare: Awaited<ReturnType<typeof measureBare>>
let links: Awaited<ReturnType<typeof measureLinks>>
try {
  chromium = browser.version()
  load = await measureLoads(browser, server.url)
  bare = await measureBare(browser, bareServer.url, await canvasSize(browser, server.url))
  femaleLoad = await measureLoads(browser, `${server.url}?body=female`)
  links = await measureLinks(browser, server.url)
  const female = await openFresh(browser, `${server.url}?body=female`)
  try {
    femaleFps = await measureFps(female.page)
  } finally {
    await female.close()
  }
  const { page, close } = await openFresh(browser, server.url)
  try {
    fps = await measureFps(page)
    raycast = await measureRaycast(page)
    pick = await measurePick(page)
  } finally {
    await close()
  }
} finally {
  await browser.close()
  await server.close()
  await bareServer.close()
  rmSync(bareDir, { recursive: true, force: true })
}

/** The app's first model frame against the bare page's, same model, canvas size and run: the cost of the app. */
const firstFrameRatio = load.median.readyMs !== null && bare.readyMs !== null ? round(load.median.readyMs / bare.readyMs, 2) : null

const cpu = cpus()
const results = {
  date: new Date().toISOString(),
  machine: { cpu: cpu[0]?.model ?? 'unknown', cores: cpu.length, os: `${platform()} ${release()}`, node: process.version, loadAverageAtStart },
  chromium,
  note:
    'Headless Chromium with software WebGL (SwiftShader via ANGLE, --use-angle=swiftshader): frame rate and first-frame times are CPU-bound and far below a real GPU. Measurements only; nothing is asserted.',
  viewport: VIEWPORT,
  model,
  bundle,
  load: { loads: LOADS, ...load },
  bare: {
    what: 'scripts/bench-bare: plain three.js, GLTFLoader with the meshopt decoder, body.glb, the same camera and canvas size, no React',
    loads: LOADS,
    ...bare,
  },
  firstFrameRatio,
  fps,
  pick,
  raycast,
  lookup,
  female: { model: femaleModel, load: { loads: LOADS, ...femaleLoad }, fps: femaleFps },
  links,
}

mkdirSync('bench', { recursive: true })
writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n')

// ─── table ────────────────────────────────────────────────────────────────────────────────────────────────────

const kb = (b: number | null | undefined) => (b === null || b === undefined ? 'n/a' : `${(b / 1024).toFixed(1)} KiB`)
const ms = (x: number | null | undefined, digits = 1) => (x === null || x === undefined ? 'n/a' : `${x.toFixed(digits)} ms`)
const rows: [string, string][] = [
  ['date', results.date],
  ['machine', `${results.machine.cpu} × ${results.machine.cores} cores, ${results.machine.os}, Node ${results.machine.node}, load avg ${loadAverageAtStart}`],
  ['chromium', `${chromium} (headless, SwiftShader software WebGL)`],
  ['model file', `${kb(model.bytes)} (${model.bytes} B)`],
  ['model meshes', `${model.meshes} meshes, ${model.primitives} primitives`],
  ['model triangles', `${model.triangles.toLocaleString('en')} (${model.vertices.toLocaleString('en')} vertices)`],
  ['initial JS', `${kb(bundle.initial.bytes)}, gzip ${kb(bundle.initial.gzipBytes)} (${bundle.initial.files.map((f) => f.file.replace('assets/', '')).join(', ')})`],
  ['lazy JS', `${kb(bundle.lazy.bytes)}, gzip ${kb(bundle.lazy.gzipBytes)} (${bundle.lazy.files.map((f) => f.file.replace('assets/', '')).join(', ')})`],
  ['total JS', `${kb(bundle.total.bytes)}, gzip ${kb(bundle.total.gzipBytes)}`],
  ['first model frame', `${ms(load.median.readyMs)} median of ${LOADS} (${load.runs.map((r) => ms(r.readyMs, 0)).join(', ')})`],
  ['bare three.js first frame', `${ms(bare.readyMs)} median of ${LOADS} (${bare.runs.map((r) => ms(r, 0)).join(', ')}), canvas ${bare.canvas.w}×${bare.canvas.h}`],
  ['app ÷ bare first frame', firstFrameRatio === null ? 'n/a' : `${firstFrameRatio.toFixed(2)}×`],
  ['DOMContentLoaded', ms(load.median.domContentLoadedMs)],
  ['first contentful paint', ms(load.median.firstContentfulPaintMs)],
  ['model fetch', `${ms(load.median.modelFetchMs)} (${kb(load.median.modelTransferBytes)} transferred, local preview server)`],
  ['frame rate (orbiting)', `${fps.fps ?? 'n/a'} fps, frame p50 ${ms(fps.frameMsP50)}, p95 ${ms(fps.frameMsP95)} (${fps.framesWhileMoving} frames, ${fps.flights} flights)`],
  ['female model file', `${kb(femaleModel.bytes)}, ${femaleModel.meshes} meshes, ${femaleModel.triangles.toLocaleString('en')} triangles`],
  ['female first model frame', `${ms(femaleLoad.median.readyMs)} median of ${LOADS} (${femaleLoad.runs.map((r) => ms(r.readyMs, 0)).join(', ')})`],
  ['female frame rate', `${femaleFps.fps ?? 'n/a'} fps, frame p50 ${ms(femaleFps.frameMsP50)}`],
  ['busy full-state link', `${links.busyLinkChars} characters; first model frame ${ms(links.busyReadyMs)} against ${ms(links.plainReadyMs)} plain (medians of ${LOADS})`],
  [
    'pick → panel',
    pick.error
      ? `n/a: ${pick.error}`
      : `${ms(pick.medianMs)} median of ${pick.runs.length} from pointerdown (first ${ms(pick.firstMs)}; ${ms(pick.medianFromPointerUpMs)} from pointerup; ${ms(pick.medianToNextFrameMs)} to next frame)`,
  ],
  ['BVH raycast', raycast.meanMsPerRay === null ? `n/a: ${raycast.note}` : `${raycast.meanMsPerRay.toFixed(4)} ms/ray (${RAYS} rays over the canvas, back view)`],
  [
    'lookup 1 mark',
    lookup.oneMarkMs === null ? `null: ${lookup.note}` : `${lookup.oneMarkMs.toFixed(4)} ms median of ${LOOKUP_RUNS}`,
  ],
  [
    'lookup 10 marks',
    lookup.tenMarksMs === null ? `null: ${lookup.note}` : `${lookup.tenMarksMs.toFixed(4)} ms median of ${LOOKUP_RUNS}`,
  ],
]
const width = Math.max(...rows.map(([k]) => k.length))
console.log('')
for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`)
console.log(`\nSoftware rendering (SwiftShader): GPU-bound numbers are pessimistic. Written bench/results.json`)
