/**
 * Writes public/models/body.glb from the anatomy data: skin and muscles, meshopt-compressed and quantised.
 *
 *   npm run model              regenerate
 *   npm run model -- --check   exit 1 when the committed file differs from what the data gives
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { Document, NodeIO } from '@gltf-transform/core'
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions'
import { quantize, reorder } from '@gltf-transform/functions'
import { MeshoptEncoder } from 'meshoptimizer'
import { buildBodyModel } from './model/build'
import type { NamedMesh } from '../src/geometry/body-model'

const OUT = resolve(import.meta.dirname, '../public/models/body.glb')

async function toGlb(meshes: readonly NamedMesh[]): Promise<Uint8Array> {
  const doc = new Document()
  doc.getRoot().getAsset().generator = 'trigger-point-explorer generate-model'
  const buffer = doc.createBuffer()
  const scene = doc.createScene('body')
  const muscleMat = doc.createMaterial('muscle').setBaseColorFactor([0.62, 0.16, 0.14, 1]).setRoughnessFactor(0.7)
  const skinMat = doc.createMaterial('skin').setBaseColorFactor([0.86, 0.7, 0.6, 1]).setRoughnessFactor(0.8)
  for (const { name, mesh, extras } of meshes) {
    const prim = doc
      .createPrimitive()
      .setMaterial(extras.kind === 'skin' ? skinMat : muscleMat)
      .setIndices(doc.createAccessor().setType('SCALAR').setArray(mesh.indices).setBuffer(buffer))
      .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(mesh.positions).setBuffer(buffer))
      .setAttribute('NORMAL', doc.createAccessor().setType('VEC3').setArray(mesh.normals).setBuffer(buffer))
    if (mesh.uvs) {
      prim.setAttribute('TEXCOORD_0', doc.createAccessor().setType('VEC2').setArray(mesh.uvs).setBuffer(buffer))
    }
    if (mesh.depth) {
      const d = new Float32Array(mesh.depth.length * 2)
      mesh.depth.forEach((x, i) => (d[i * 2] = x))
      prim.setAttribute('TEXCOORD_1', doc.createAccessor().setType('VEC2').setArray(d).setBuffer(buffer))
    }
    const m = doc.createMesh(name).addPrimitive(prim)
    const cleanExtras = Object.fromEntries(Object.entries(extras).filter(([, v]) => v !== undefined))
    scene.addChild(doc.createNode(name).setMesh(m).setExtras(cleanExtras))
  }
  await MeshoptEncoder.ready
  doc.createExtension(KHRMeshQuantization).setRequired(true)
  await doc.transform(reorder({ encoder: MeshoptEncoder, target: 'size' }), quantize({ quantizePosition: 14, quantizeNormal: 10, quantizeTexcoord: 12 }))
  doc
    .createExtension(EXTMeshoptCompression)
    .setRequired(true)
    .setEncoderOptions({ method: EXTMeshoptCompression.EncoderMethod.QUANTIZE })
  const io = new NodeIO().registerExtensions([EXTMeshoptCompression, KHRMeshQuantization]).registerDependencies({
    'meshopt.encoder': MeshoptEncoder,
  })
  return io.writeBinary(doc)
}

const check = process.argv.includes('--check')
const t0 = performance.now()
const meshes = await buildBodyModel()
const glb = await toGlb(meshes)
const tris = meshes.reduce((s, m) => s + m.mesh.indices.length / 3, 0)
if (check) {
  const same = existsSync(OUT) && Buffer.compare(readFileSync(OUT), Buffer.from(glb)) === 0
  if (!same) {
    console.error('public/models/body.glb is stale: the anatomy data or the generator changed. Run `npm run model` and commit the result.')
    process.exit(1)
  }
  console.log(`body.glb is up to date (${meshes.length} meshes, ${tris} triangles)`)
} else {
  writeFileSync(OUT, glb)
  console.log(`wrote ${OUT}: ${meshes.length} meshes, ${tris} triangles, ${(glb.length / 1024).toFixed(0)} KiB in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
}
