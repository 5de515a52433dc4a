/**
 * Writes public/models/body.glb (male, the canonical frame) and public/models/body-female.glb from the anatomy
 * data: skin, eyes, core and muscles, meshopt-compressed and quantised. The female file's scene carries the warp
 * between the two frames, so the viewer can place landmark-anchored things (referral zones, body areas) on her.
 * Each muscle carries its best view and what covers it from there (model/reveal.ts).
 * Each body's skeleton goes to its own file (skeleton.glb, skeleton-female.glb), loaded only when shown.
 *
 *   npm run model              regenerate
 *   npm run model -- --check   exit 1 when a committed file differs from what the data gives
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { buildBody, type BodyKind, type BuiltBody } from './model/build'
import { toGlb, type MaterialSpec } from './model/glb'
import { withReveal } from './model/reveal'
import { buildSkeleton, skeletonGlb } from './model/skeleton'

const FILES: Record<BodyKind, { body: string; skeleton: string }> = {
  male: { body: 'body.glb', skeleton: 'skeleton.glb' },
  female: { body: 'body-female.glb', skeleton: 'skeleton-female.glb' },
}

const MATERIALS: Record<string, MaterialSpec> = {
  muscle: { color: [0.62, 0.16, 0.14, 1], roughness: 0.7 },
  skin: { color: [0.86, 0.7, 0.6, 1], roughness: 0.8 },
}

/** Warp numbers rounded to 1e-7: enough for sub-millimetre placement, and the file stays deterministic. */
const round = (w: { centres: readonly number[]; weights: readonly number[]; affine: readonly number[] }) => ({
  centres: w.centres.map((x) => Math.round(x * 1e7) / 1e7),
  weights: w.weights.map((x) => Math.round(x * 1e7) / 1e7),
  affine: w.affine.map((x) => Math.round(x * 1e7) / 1e7),
})

async function glbOf(body: BuiltBody): Promise<Uint8Array> {
  const extras = body.frame
    ? { body: body.kind, toBody: round(body.frame.toBody), toCanonical: round(body.frame.toCanonical) }
    : { body: body.kind }
  return toGlb(body.meshes, MATERIALS, (m) => (m.extras.kind === 'muscle' ? 'muscle' : 'skin'), extras)
}

const check = process.argv.includes('--check')
let stale = false

/** Writes a file, or with --check compares it with the committed one. */
function emit(name: string, glb: Uint8Array, meshes: number, tris: number, t0: number): void {
  const out = resolve(import.meta.dirname, '../public/models', name)
  if (check) {
    if (existsSync(out) && Buffer.compare(readFileSync(out), Buffer.from(glb)) === 0) console.log(`${name} is up to date (${meshes} meshes, ${tris} triangles)`)
    else {
      console.error(`public/models/${name} is stale: the anatomy data or the generator changed. Run \`npm run model\` and commit the result.`)
      stale = true
    }
  } else {
    writeFileSync(out, glb)
    console.log(`wrote public/models/${name}: ${meshes} meshes, ${tris} triangles, ${(glb.length / 1024).toFixed(0)} KiB in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
  }
}

const triangles = (meshes: readonly { mesh: { indices: Uint32Array } }[]) => meshes.reduce((s, m) => s + m.mesh.indices.length / 3, 0)
for (const kind of ['male', 'female'] as const) {
  const t0 = performance.now()
  const built = await buildBody(kind)
  // Each muscle's best view and what covers it from there, for the viewer to show a chosen muscle at once.
  const body = { ...built, meshes: withReveal(built.meshes) }
  emit(FILES[kind].body, await glbOf(body), body.meshes.length, triangles(body.meshes), t0)
  const t1 = performance.now()
  const bones = buildSkeleton(body.frame?.toBody)
  emit(FILES[kind].skeleton, await skeletonGlb(bones), bones.length, triangles(bones), t1)
}
if (stale) process.exit(1)
