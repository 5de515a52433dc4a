/**
 * Writes named meshes to a binary glTF (.glb) in Node with glTF-Transform: one node per mesh, named by its id and
 * carrying its extras; meshopt-compressed and quantised. Shared by the body and the skeleton generators.
 */
import { Document, NodeIO, type Material } from '@gltf-transform/core'
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions'
import { quantize, reorder } from '@gltf-transform/functions'
import { MeshoptEncoder } from 'meshoptimizer'
import type { NamedMesh } from '../../src/geometry/body-model'

export interface MaterialSpec {
  /** linear RGBA, 0..1 */
  readonly color: readonly [number, number, number, number]
  readonly roughness: number
}

export interface GlbOptions {
  readonly generator?: string
  readonly scene?: string
  /** Bits per quantised position and normal component (default 14 and 10). */
  readonly positionBits?: number
  readonly normalBits?: number
}

/**
 * Materials are created in the order of `materials`' keys, meshes in the order given, so the output is deterministic.
 * `materialOf` picks a mesh's material (a key of `materials`; by default its `extras.kind`); `sceneExtras` go on the
 * scene (e.g. which body it is).
 */
export async function toGlb(
  meshes: readonly NamedMesh[],
  materials: Readonly<Record<string, MaterialSpec>>,
  materialOf: (mesh: NamedMesh) => string = (m) => m.extras.kind,
  sceneExtras: Readonly<Record<string, unknown>> = {},
  options: GlbOptions = {},
): Promise<Uint8Array> {
  const doc = new Document()
  doc.getRoot().getAsset().generator = options.generator ?? 'trigger-point-explorer'
  const buffer = doc.createBuffer()
  const scene = doc.createScene(options.scene ?? 'scene')
  if (Object.keys(sceneExtras).length) scene.setExtras({ ...sceneExtras })
  const mats = new Map<string, Material>(
    Object.entries(materials).map(([key, m]) => [key, doc.createMaterial(key).setBaseColorFactor([...m.color]).setRoughnessFactor(m.roughness)]),
  )
  // The casts: glTF-Transform's accessors take arrays over a plain ArrayBuffer, which ours are; with the ES2024 lib
  // (which the build tooling's types bring in) a bare Float32Array might also be over a SharedArrayBuffer.
  for (const named of meshes) {
    const { name, mesh, extras } = named
    const material = mats.get(materialOf(named))
    if (!material) throw new Error(`${name}: no material '${materialOf(named)}'`)
    const prim = doc
      .createPrimitive()
      .setMaterial(material)
      .setIndices(doc.createAccessor().setType('SCALAR').setArray(mesh.indices as Uint32Array<ArrayBuffer>).setBuffer(buffer))
      .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(mesh.positions as Float32Array<ArrayBuffer>).setBuffer(buffer))
      .setAttribute('NORMAL', doc.createAccessor().setType('VEC3').setArray(mesh.normals as Float32Array<ArrayBuffer>).setBuffer(buffer))
    if (mesh.uvs) {
      prim.setAttribute('TEXCOORD_0', doc.createAccessor().setType('VEC2').setArray(mesh.uvs as Float32Array<ArrayBuffer>).setBuffer(buffer))
    }
    if (mesh.depth) {
      // Second texture coordinate: (deep face 0/1, tendon weight 0…1).
      const d = new Float32Array(mesh.depth.length * 2)
      mesh.depth.forEach((x, i) => (d[i * 2] = x))
      mesh.tendon?.forEach((x, i) => (d[i * 2 + 1] = x))
      prim.setAttribute('TEXCOORD_1', doc.createAccessor().setType('VEC2').setArray(d).setBuffer(buffer))
    }
    if (mesh.colors) {
      prim.setAttribute('COLOR_0', doc.createAccessor().setType('VEC3').setArray(mesh.colors as Float32Array<ArrayBuffer>).setBuffer(buffer))
    }
    const m = doc.createMesh(name).addPrimitive(prim)
    const cleanExtras = Object.fromEntries(Object.entries(extras).filter(([, v]) => v !== undefined))
    scene.addChild(doc.createNode(name).setMesh(m).setExtras(cleanExtras))
  }
  await MeshoptEncoder.ready
  doc.createExtension(KHRMeshQuantization).setRequired(true)
  await doc.transform(reorder({ encoder: MeshoptEncoder, target: 'size' }), quantize({ quantizePosition: options.positionBits ?? 14, quantizeNormal: options.normalBits ?? 10, quantizeTexcoord: 12 }))
  doc
    .createExtension(EXTMeshoptCompression)
    .setRequired(true)
    .setEncoderOptions({ method: EXTMeshoptCompression.EncoderMethod.QUANTIZE })
  const io = new NodeIO().registerExtensions([EXTMeshoptCompression, KHRMeshQuantization]).registerDependencies({
    'meshopt.encoder': MeshoptEncoder,
  })
  return io.writeBinary(doc)
}
