/** Reads the binary STL files of the measurement reference. Node only; never used by the app or the tests. */
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { toCanonical } from './frame'
import { pose } from './pose'

/** Where the reference pack lives: $BODYPARTS3D_DIR, or ../shared/reference/bodyparts3d beside the project. */
export function referenceDir(): string {
  const dir = process.env.BODYPARTS3D_DIR ?? resolve(import.meta.dirname, '../../../shared/reference/bodyparts3d')
  if (!existsSync(join(dir, 'manifest.csv'))) {
    throw new Error(`BodyParts3D reference not found at ${dir}; set BODYPARTS3D_DIR to the folder holding manifest.csv`)
  }
  return dir
}

/** Triangle soup in canonical metres, re-posed (arms slightly abducted, see pose.ts): 9 numbers per triangle. */
export function readReferenceMesh(kind: 'muscles' | 'bones', fma: string): Float64Array {
  const buf = readFileSync(join(referenceDir(), 'meshes', kind, `${fma}.stl`))
  const count = buf.readUInt32LE(80)
  const out = new Float64Array(count * 9)
  for (let t = 0; t < count; t++) {
    const base = 84 + t * 50 + 12
    for (let k = 0; k < 3; k++) {
      const o = base + k * 12
      const p = pose(toCanonical(buf.readFloatLE(o), buf.readFloatLE(o + 4), buf.readFloatLE(o + 8)))
      out[t * 9 + k * 3] = p[0]
      out[t * 9 + k * 3 + 1] = p[1]
      out[t * 9 + k * 3 + 2] = p[2]
    }
  }
  return out
}
