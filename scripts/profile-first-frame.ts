/**
 * Where the app's first model frame goes: loads the built app once in headless Chromium with the V8 sampling
 * profiler on (through the DevTools protocol), stops at the first frame, and prints self time by script and by
 * function, plus the app's own marks (viewer chunk run, model loaded, first frame). Measurement only.
 *   npx tsx scripts/profile-first-frame.ts            against dist/ (or DIST_DIR=<folder>)
 *   npx tsx scripts/profile-first-frame.ts --trace    also writes bench/first-frame-trace.json (open in DevTools)
 */
import { mkdirSync } from 'node:fs'
import { launchBrowser, serveBuiltApp } from './browser'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}
interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

const server = await serveBuiltApp()
const browser = await launchBrowser()
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  const trace = process.argv.includes('--trace')
  if (trace) {
    mkdirSync('bench', { recursive: true })
    await browser.startTracing(page, { path: 'bench/first-frame-trace.json', screenshots: false })
  }
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Profiler.start')
  await page.goto(server.url)
  await page.waitForSelector('html[data-ready="true"]', { timeout: 120_000 })
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile }
  if (trace) await browser.stopTracing()
  const marks = (await page.evaluate(
    `performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)])`,
  )) as [string, number][]
  const model = (await page.evaluate(
    `(() => { const e = performance.getEntriesByType('resource').find((r) => r.name.endsWith('/models/body.glb')); return e ? [Math.round(e.startTime), Math.round(e.responseEnd)] : null })()`,
  )) as [number, number] | null

  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const self = new Map<number, number>()
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000))
  const byScript = new Map<string, number>()
  const byFunction = new Map<string, number>()
  for (const [id, msSelf] of self) {
    const f = byId.get(id)!.callFrame
    const script = f.url ? f.url.replace(/^https?:\/\/[^/]+\//, '') : `(${f.functionName || 'native'})`
    byScript.set(script, (byScript.get(script) ?? 0) + msSelf)
    const fn = `${f.functionName || '(anonymous)'} ${script}${f.url ? `:${f.lineNumber + 1}` : ''}`
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + msSelf)
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `  ${v.toFixed(0).padStart(6)} ms  ${k}`).join('\n')
  console.log('marks (ms from navigation):', marks.map(([n, t]) => `${n} ${t}`).join(', '))
  if (model) console.log(`body.glb fetched ${model[0]}–${model[1]} ms`)
  console.log(`\nself time by script (main thread, sampled):\n${top(byScript, 12)}`)
  console.log(`\nself time by function:\n${top(byFunction, 25)}`)
  await context.close()
} finally {
  await browser.close()
  await server.close()
}
