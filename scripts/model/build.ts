/**
 * Gathers the data the model is built from and builds it; shared by the generator, the tests and the benchmark.
 *
 * The male body is the canonical frame: muscles and landmarks as measured, the MakeHuman skin re-posed and warped
 * onto them. The female body is the same anatomy carried into her frame by one smooth warp (fitted from the male
 * skin and joints onto hers), with her own skin fitted over it.
 */
import { MeshoptSimplifier } from 'meshoptimizer'
import { LANDMARKS } from '../../data/anatomy/landmarks'
import { MUSCLES } from '../../data/anatomy/muscles'
import { MUSCLE_SHAPES } from '../../data/anatomy/shapes'
import { SKIN_PAIRS } from '../../data/anatomy/skin-registration'
import type { Landmark, Vec3 } from '../../data/schema'
import { buildMuscleMeshes, type NamedMesh } from '../../src/geometry/body-model'
import { computeNormals, type MeshData } from '../../src/geometry/mesh'
import { registerSkin, type Registered } from '../../src/geometry/register-skin'
import { buildCore } from '../../src/geometry/skin'
import { applyWarp, fitWarp, warpPositions, type Warp } from '../../src/geometry/warp'
import { bareParts, fitSkin, muscleDepth } from './fit-skin'
import { outlinePairs } from './outline'
import { loadSkinSource, type BodyKind, type SkinInput } from './skin-source'

export type { BodyKind }

export interface BuiltBody {
  readonly kind: BodyKind
  readonly meshes: NamedMesh[]
  /** Canonical frame → this body's frame, and back; null for the canonical (male) body. */
  readonly frame: { readonly toBody: Warp; readonly toCanonical: Warp } | null
}

/** Heights the bodies are built to, metres. */
export const BODY_HEIGHT: Record<BodyKind, number> = { male: 1.75, female: 1.65 }

/** Simplify a dense level-set surface to about `targetTriangles`, moving no point more than 0.8 mm. */
function simplify(mesh: MeshData, targetTriangles: number): MeshData {
  const [indices] = MeshoptSimplifier.simplify(mesh.indices, mesh.positions, 3, targetTriangles * 3, 0.0008, ['Prune', 'ErrorAbsolute'])
  // Drop vertices no triangle uses any more.
  const remap = new Int32Array(mesh.positions.length / 3).fill(-1)
  const pos: number[] = []
  const idx = new Uint32Array(indices.length)
  indices.forEach((v, i) => {
    if (remap[v] === -1) {
      remap[v] = pos.length / 3
      pos.push(mesh.positions[v * 3]!, mesh.positions[v * 3 + 1]!, mesh.positions[v * 3 + 2]!)
    }
    idx[i] = remap[v]!
  })
  const positions = new Float32Array(pos)
  return { positions, normals: computeNormals(positions, idx), indices: idx }
}

const smoothstep = (a: number, b: number, x: number) => {
  const t = Math.min(1, Math.max(0, (x - a) / (b - a)))
  return t * t * (3 - 2 * t)
}

/**
 * Where the skin may be drawn in to the muscles: the trunk and limbs, not the head, hands or feet (nor a woman's
 * breasts). `at` gives a landmark in the body's own frame.
 */
function pullWeights(positions: Float32Array, at: (id: string) => Vec3, breasts: boolean): Float32Array {
  const chinY = at('menton')[1], wrist = at('wrist'), ankleY = at('lateral-malleolus')[1], nipple = at('nipple')
  const inionY = at('inion')[1], earZ = at('ear')[2]
  const out = new Float32Array(positions.length / 3)
  for (let i = 0; i < out.length; i++) {
    const x = Math.abs(positions[i * 3]!), y = positions[i * 3 + 1]!, z = positions[i * 3 + 2]!
    // The head ends under the jaw in front and at the skull's base behind, where the nape's muscles begin.
    const base = chinY - 0.03 + (inionY - 0.01 - (chinY - 0.03)) * smoothstep(earZ + 0.01, earZ - 0.03, z)
    const head = smoothstep(base, base + 0.04, y) * (1 - smoothstep(0.1, 0.13, x))
    const hand = smoothstep(wrist[1] + 0.02, wrist[1] - 0.02, y) * smoothstep(wrist[0] - 0.08, wrist[0] - 0.04, x)
    const foot = smoothstep(ankleY + 0.04, ankleY, y)
    const breast = breasts ? (1 - smoothstep(0.07, 0.11, Math.hypot(x - nipple[0], y - nipple[1]))) * smoothstep(nipple[2] - 0.12, nipple[2] - 0.06, z) : 0
    out[i] = (1 - head) * (1 - hand) * (1 - foot) * (1 - breast)
  }
  return out
}

const meshOf = (positions: Float32Array, indices: Uint32Array): MeshData => ({ positions, normals: computeNormals(positions, indices), indices })

/**
 * Iris and pupil on the eyeballs, by the angle from straight ahead (+Z) seen from each eye's centre: a dark pupil,
 * a brown iris, white elsewhere. Linear RGB per vertex.
 */
function eyeColours(positions: Float32Array): Float32Array {
  const colours = new Float32Array(positions.length)
  for (const side of [1, -1]) {
    const idx: number[] = []
    for (let i = 0; i < positions.length / 3; i++) if (Math.sign(positions[i * 3]!) === side) idx.push(i)
    const c = [0, 0, 0]
    for (const i of idx) for (let k = 0; k < 3; k++) c[k]! += positions[i * 3 + k]! / idx.length
    const f = [0, 0, 1], fl = 1
    for (const i of idx) {
      const d = [0, 1, 2].map((k) => positions[i * 3 + k]! - c[k]!)
      const cos = (d[0]! * f[0]! + d[1]! * f[1]! + d[2]! * f[2]!) / (Math.hypot(d[0]!, d[1]!, d[2]!) * fl)
      const rgb = cos > 0.985 ? [0.01, 0.008, 0.006] : cos > 0.93 ? [0.12, 0.055, 0.02] : [0.82, 0.8, 0.76]
      colours.set(rgb, i * 3)
    }
  }
  return colours
}

function split(src: SkinInput, positions: Float32Array): { skin: MeshData; eyes: MeshData } {
  const nb = src.bodyVertexCount
  const eyePositions = positions.slice(nb * 3)
  return {
    skin: meshOf(positions.slice(0, nb * 3), src.triangles),
    eyes: { ...meshOf(eyePositions, src.eyeTriangles.map((i) => i - nb)), colors: eyeColours(eyePositions) },
  }
}

function bounds(positions: Float32Array, count: number): { min: Vec3; max: Vec3 } {
  const min = [Infinity, Infinity, Infinity], max = [-Infinity, -Infinity, -Infinity]
  for (let i = 0; i < count; i++) {
    for (let k = 0; k < 3; k++) {
      min[k] = Math.min(min[k]!, positions[i * 3 + k]!)
      max[k] = Math.max(max[k]!, positions[i * 3 + k]!)
    }
  }
  return { min: min as unknown as Vec3, max: max as unknown as Vec3 }
}

/**
 * The female body in her own frame (re-posed only, scaled to her height, standing where the male stands) and the
 * warp that carries the canonical frame into hers: fitted on the joints and on skin points spread over the body
 * (the breasts left out, so the chest muscles follow the ribcage, not the breast), both ways.
 */
function femaleFrame(male: Registered, maleToCanon: (p: Vec3) => Vec3, female: Registered, femaleSrc: SkinInput) {
  const nb = femaleSrc.bodyVertexCount
  const fb = bounds(female.posed, nb)
  const mb = bounds(male.positions, nb)
  const s = BODY_HEIGHT.female / (fb.max[1] - fb.min[1])
  const ankle = (r: Registered, name: string) => r.posedJoints.get(name)!
  const fAnkle = [0, 2].map((k) => (ankle(female, 'foot.L____head')[k]! + ankle(female, 'foot.R____head')[k]!) / 2)
  const mAnkleCanon = [0, 2].map((k) => (maleToCanon(ankle(male, 'foot.L____head'))[k]! + maleToCanon(ankle(male, 'foot.R____head'))[k]!) / 2)
  const place = (p: Vec3): Vec3 => [(p[0] - fAnkle[0]!) * s + mAnkleCanon[0]!, (p[1] - fb.min[1]) * s + mb.min[1], (p[2] - fAnkle[1]!) * s + mAnkleCanon[1]!]
  const placed = new Float32Array(female.posed.length)
  for (let i = 0; i < placed.length; i += 3) placed.set(place([female.posed[i]!, female.posed[i + 1]!, female.posed[i + 2]!]), i)

  const from: Vec3[] = [], to: Vec3[] = []
  const nipple = LANDMARKS.find((l) => l.id === 'nipple')!.at
  for (let i = 0; i < nb; i += 37) {
    const p: Vec3 = [male.positions[i * 3]!, male.positions[i * 3 + 1]!, male.positions[i * 3 + 2]!]
    if (Math.hypot(Math.abs(p[0]) - nipple[0], p[1] - nipple[1]) < 0.12 && p[2] > 0.1) continue
    from.push(p)
    to.push([placed[i * 3]!, placed[i * 3 + 1]!, placed[i * 3 + 2]!])
  }
  for (const [name, mp] of male.posedJoints) {
    if (!/^(spine|neck|head|root|clavicle|upperarm01|lowerarm01|wrist|metacarpal|finger|upperleg01|lowerleg01|foot|toe|eye|jaw)/.test(name)) continue
    const fp = female.posedJoints.get(name)
    if (!fp) continue
    from.push(maleToCanon(mp))
    to.push(place(fp))
  }
  return { placed, toBody: fitWarp(from, to, 0.01), toCanonical: fitWarp(to, from, 0.01) }
}

const landmarkMap = new Map<string, Landmark>(LANDMARKS.map((l) => [l.id, l]))

/**
 * Second stage of the male skin's registration: a smooth warp that keeps the landmark pairs where they are and
 * carries the skin's outline onto the muscle layer's (see outline.ts).
 */
function wrapMuscles(reg: Registered, src: SkinInput, muscles: readonly NamedMesh[], core: MeshData) {
  const { skin } = split(src, reg.positions)
  const outline = outlinePairs(skin, muscles, core, landmarkMap)
  const fixed = reg.pairs.map((p) => p.to)
  const w2 = fitWarp([...fixed, ...outline.from], [...fixed, ...outline.to], 0.02)
  const toCanon = (p: Vec3): Vec3 => applyWarp(w2, applyWarp(reg.warp, p))
  return { registered: { ...reg, positions: warpPositions(w2, reg.positions) }, toCanon }
}

/** Builds one body: skin (fitted), its bare head/hands/feet, eyes, the core, and every muscle, in its own frame. */
export async function buildBody(kind: BodyKind = 'male'): Promise<BuiltBody> {
  await MeshoptSimplifier.ready
  const canonMuscles = buildMuscleMeshes(MUSCLES, MUSCLE_SHAPES)
  const canonCore = simplify(buildCore(landmarkMap, 0.005, false), 25_000)
  const maleSrc = loadSkinSource('male')
  const male = wrapMuscles(registerSkin(maleSrc, landmarkMap, SKIN_PAIRS), maleSrc, canonMuscles, canonCore)

  let frame: BuiltBody['frame'] = null
  let skinPositions = male.registered.positions
  let src = maleSrc
  let muscles = canonMuscles
  let core = canonCore
  if (kind === 'female') {
    src = loadSkinSource('female')
    const female = registerSkin(src, landmarkMap, SKIN_PAIRS)
    const f = femaleFrame(male.registered, male.toCanon, female, src)
    frame = { toBody: f.toBody, toCanonical: f.toCanonical }
    skinPositions = f.placed
    const warp = (m: MeshData): MeshData => meshOf(warpPositions(f.toBody, m.positions), m.indices)
    muscles = canonMuscles.map((m) => ({ ...m, mesh: { ...warp(m.mesh), uvs: m.mesh.uvs, depth: m.mesh.depth, tendon: m.mesh.tendon } }))
    core = warp(canonCore)
  }
  const at = (id: string): Vec3 => {
    const p = landmarkMap.get(id)!.at
    return frame ? applyWarp(frame.toBody, p) : p
  }
  const parts = split(src, skinPositions)
  const obstacles = [...muscles.map((m) => m.mesh), core]
  const skin = fitSkin(parts.skin, obstacles, {
    minFat: 0.002,
    maxFat: 0.004,
    reach: 0.04,
    pullWeight: pullWeights(parts.skin.positions, at, kind === 'female'),
  })
  const bare = bareParts(skin, muscleDepth(skin, obstacles), pullWeights(skin.positions, at, false))
  return {
    kind,
    frame,
    meshes: [
      { name: 'skin', mesh: skin, extras: { kind: 'skin' } },
      { name: 'skin-bare', mesh: bare, extras: { kind: 'skin' } },
      { name: 'eyes', mesh: parts.eyes, extras: { kind: 'skin' } },
      { name: 'core', mesh: core, extras: { kind: 'skin' } },
      ...muscles,
    ],
  }
}

/** The canonical (male) body's meshes. */
export async function buildBodyModel(): Promise<NamedMesh[]> {
  return (await buildBody('male')).meshes
}
