/** Reads the imported MakeHuman subset (data/skin/) into the shapes the skin registration works on. */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Vec3 } from '../../data/schema'
import type { SkinSource } from '../../src/geometry/register-skin'

export type BodyKind = 'male' | 'female'

interface Topology {
  vertexCount: number
  bodyVertexCount: number
  triangles: number[]
  eyeTriangles: number[]
  weights: number[]
  features: Record<string, number>
}

interface BodyFile {
  positions: number[]
  joints: Record<string, number[]>
}

const DIR = resolve(import.meta.dirname, '../../data/skin')
const read = <T>(name: string): T => JSON.parse(readFileSync(resolve(DIR, name), 'utf8')) as T

export interface SkinInput extends SkinSource {
  readonly bodyVertexCount: number
  readonly triangles: Uint32Array
  readonly eyeTriangles: Uint32Array
}

/** The body's rest-pose skin in metres (the files hold 0.1 mm integers). */
export function loadSkinSource(kind: BodyKind): SkinInput {
  const topo = read<Topology>('topology.json')
  const body = read<BodyFile>(`${kind}.json`)
  const joints: Record<string, Vec3> = {}
  for (const [k, v] of Object.entries(body.joints)) joints[k] = [v[0]! / 1e4, v[1]! / 1e4, v[2]! / 1e4]
  return {
    positions: Float32Array.from(body.positions, (x) => x / 1e4),
    weights: topo.weights,
    joints,
    features: topo.features,
    bodyVertexCount: topo.bodyVertexCount,
    triangles: Uint32Array.from(topo.triangles),
    eyeTriangles: Uint32Array.from(topo.eyeTriangles),
  }
}
