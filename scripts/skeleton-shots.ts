/**
 * Pictures of the skeleton alone, for checking that every bone reads as itself: front, back, side and close-ups of
 * the skull, thorax, pelvis, hand and foot, written to reports/skeleton/*.png. Renders public/models/skeleton.glb
 * (write it first: `npx tsx scripts/model/skeleton.ts`) in headless Chromium with three.js from node_modules.
 *
 *   npx tsx scripts/skeleton-shots.ts            every view
 *   npx tsx scripts/skeleton-shots.ts skull hand only those
 */
import { mkdirSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, resolve } from 'node:path'
import { launchBrowser } from './browser'

interface View {
  readonly name: string
  readonly eye: readonly [number, number, number]
  readonly target: readonly [number, number, number]
  readonly fov?: number
  /** Bone ids left out of the picture (both sides), to see what they hide. */
  readonly hide?: readonly string[]
  /** Only these bone ids, when given. */
  readonly show?: readonly string[]
}

const ARM = ['clavicle', 'scapula', 'humerus', 'radius', 'ulna', 'hand']

const VIEWS: readonly View[] = [
  { name: 'front', eye: [0, 0.92, 3.3], target: [0, 0.9, 0] },
  { name: 'back', eye: [0, 0.92, -3.3], target: [0, 0.9, 0] },
  { name: 'side', eye: [3.3, 0.92, 0.05], target: [0, 0.9, 0.05] },
  { name: 'skull', eye: [0.2, 1.7, 0.55], target: [0, 1.63, 0.1] },
  { name: 'skull-front', eye: [0, 1.66, 0.62], target: [0, 1.62, 0.1] },
  { name: 'skull-side', eye: [0.55, 1.64, 0.1], target: [0, 1.62, 0.08] },
  { name: 'thorax', eye: [0.35, 1.35, 1.25], target: [0, 1.26, 0.06] },
  { name: 'chest', eye: [0.12, 1.3, 0.75], target: [0, 1.3, 0.1], hide: ['humerus', 'radius', 'ulna', 'hand'] },
  { name: 'shoulder', eye: [0.45, 1.45, 0.55], target: [0.16, 1.38, 0.06] },
  { name: 'spine-side', eye: [1.6, 1.2, 0.05], target: [0, 1.2, 0.05], hide: ARM },
  { name: 'spine-back', eye: [0.25, 1.25, -1.1], target: [0, 1.22, 0.03], hide: ['scapula'] },
  { name: 'vertebrae', eye: [0.25, 1.12, -0.35], target: [0, 1.1, 0.05] },
  { name: 'lumbar', eye: [0.22, 1.1, -0.22], target: [0, 1.06, 0.06], show: ['vertebra-l2', 'vertebra-l3', 'vertebra-l4'] },
  { name: 'thoracic', eye: [0.2, 1.32, -0.22], target: [0, 1.28, 0.03], show: ['vertebra-t6', 'vertebra-t7', 'vertebra-t8'] },
  { name: 'cervical', eye: [0.2, 1.56, -0.16], target: [0, 1.53, 0.06], show: ['vertebra-c1', 'vertebra-c2', 'vertebra-c3', 'vertebra-c4'] },
  { name: 'l3-top', eye: [0.0, 1.3, 0.08], target: [0, 1.07, 0.07], show: ['vertebra-l3'] },
  { name: 'l3-side', eye: [0.25, 1.07, 0.07], target: [0, 1.07, 0.07], show: ['vertebra-l3'] },
  { name: 't7-top', eye: [0.0, 1.55, 0.04], target: [0, 1.32, 0.03], show: ['vertebra-t7'] },
  { name: 't7-side', eye: [0.25, 1.32, 0.03], target: [0, 1.32, 0.03], show: ['vertebra-t7'] },
  { name: 'sacrum-back', eye: [0.1, 1.0, -0.35], target: [0, 0.93, 0.04], show: ['sacrum', 'coccyx'] },
  { name: 'sacrum-side', eye: [0.35, 0.93, 0.05], target: [0, 0.93, 0.04], show: ['sacrum', 'coccyx'] },
  { name: 'sacrum-front', eye: [0.05, 0.9, 0.4], target: [0, 0.93, 0.04], show: ['sacrum', 'coccyx'] },
  { name: 'hip-front', eye: [0.16, 0.88, 0.5], target: [0.11, 0.86, 0.08], show: ['femur', 'hip-bone'] },
  { name: 'hip-bone-side', eye: [0.55, 0.93, 0.1], target: [0.08, 0.93, 0.07], show: ['hip-bone'] },
  { name: 'hip-bone-front', eye: [0.15, 0.93, 0.5], target: [0.08, 0.93, 0.07], show: ['hip-bone'] },
  { name: 'femur-front', eye: [0.09, 0.68, 1.3], target: [0.09, 0.68, 0.07], show: ['femur'] },
  { name: 'femur-side', eye: [1.3, 0.68, 0.07], target: [0.09, 0.68, 0.07], show: ['femur'] },
  { name: 'mandible', eye: [0.3, 1.58, 0.4], target: [0, 1.57, 0.11], hide: ['skull'] },
  { name: 'mandible-side', eye: [0.4, 1.57, 0.13], target: [0, 1.57, 0.13], show: ['mandible'] },
  { name: 'mandible-top', eye: [0.0, 1.9, 0.16], target: [0, 1.57, 0.13], show: ['mandible'] },
  { name: 'pelvis-back', eye: [0.25, 1.0, -0.8], target: [0, 0.92, 0.05] },
  { name: 'pelvis-side', eye: [0.9, 0.95, 0.2], target: [0, 0.92, 0.07], hide: [...ARM, 'femur'] },
  { name: 'shoulder-back', eye: [0.35, 1.4, -0.65], target: [0.12, 1.36, 0.02] },
  { name: 'pelvis', eye: [0.2, 1.05, 0.85], target: [0, 0.91, 0.07] },
  { name: 'hand', eye: [0.5, 0.86, 0.5], target: [0.38, 0.83, 0.14] },
  { name: 'foot', eye: [0.42, 0.28, 0.55], target: [0.1, 0.04, 0.1] },
  { name: 'knee', eye: [0.35, 0.52, 0.55], target: [0.09, 0.45, 0.07] },
]

const PAGE = `<!doctype html><html><head><link rel="icon" href="data:,">
<style>html,body{margin:0;background:#f3f0ec}canvas{display:block}</style>
<script type="importmap">{"imports":{"three":"/three/build/three.module.js","three/addons/":"/three/examples/jsm/"}}</script>
</head><body><script type="module">
import * as THREE from 'three'
import { GLTFLoader } from 'three/addons/loaders/GLTFLoader.js'
import { MeshoptDecoder } from 'three/addons/libs/meshopt_decoder.module.js'
const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true })
renderer.setSize(innerWidth, innerHeight)
document.body.appendChild(renderer.domElement)
const scene = new THREE.Scene()
scene.background = new THREE.Color('#f3f0ec')
scene.add(new THREE.HemisphereLight('#f4f1ee', '#4a3a36', 1.2))
const camera = new THREE.PerspectiveCamera(35, innerWidth / innerHeight, 0.02, 20)
const key = new THREE.DirectionalLight('#ffffff', 1.7)
camera.add(key)
key.position.set(0.5, 1, 0.3)
scene.add(camera)
const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder)
const gltf = await loader.loadAsync('/models/skeleton.glb')
const bone = new THREE.MeshLambertMaterial({ color: '#e8dcc4' })
gltf.scene.traverse((o) => { if (o.isMesh) o.material = bone })
scene.add(gltf.scene)
window.shoot = (eye, target, fov, hide, show) => {
  gltf.scene.traverse((o) => { if (o.isMesh) o.visible = !hide.includes(o.userData.bone) && (!show.length || show.includes(o.userData.bone)) })
  camera.fov = fov; camera.position.set(...eye); camera.lookAt(...target); camera.updateProjectionMatrix()
  renderer.render(scene, camera)
}
window.ready = true
</script></body></html>`

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.glb': 'model/gltf-binary', '.html': 'text/html' }
const root = resolve(import.meta.dirname, '..')
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x').pathname
  const file = url.startsWith('/three/')
    ? resolve(root, 'node_modules/three', url.slice('/three/'.length))
    : url.startsWith('/models/')
      ? resolve(root, 'public/models', url.slice('/models/'.length))
      : null
  try {
    const body = file ? readFileSync(file) : Buffer.from(PAGE)
    res.writeHead(200, { 'content-type': TYPES[file ? extname(file) : '.html'] ?? 'application/octet-stream' })
    res.end(body)
  } catch {
    res.writeHead(404).end()
  }
})
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
const port = (server.address() as AddressInfo).port

const only = process.argv.slice(2)
mkdirSync('reports/skeleton', { recursive: true })
const browser = await launchBrowser()
try {
  const page = await browser.newPage({ viewport: { width: 900, height: 900 } })
  page.on('pageerror', (e) => console.error(e))
  await page.goto(`http://127.0.0.1:${port}/`)
  await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready, undefined, { timeout: 60_000 })
  for (const v of VIEWS.filter((x) => only.length === 0 || only.includes(x.name))) {
    await page.evaluate(([eye, target, fov, hide, show]) => (window as unknown as { shoot: (...a: unknown[]) => void }).shoot(eye, target, fov, hide, show), [
      v.eye,
      v.target,
      v.fov ?? 35,
      v.hide ?? [],
      v.show ?? [],
    ] as const)
    await page.screenshot({ path: `reports/skeleton/${v.name}.png` })
    console.log(`reports/skeleton/${v.name}.png`)
  }
} finally {
  await browser.close()
  server.close()
}
