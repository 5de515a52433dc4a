/**
 * The benchmark's yardstick: plain three.js drawing the app's body.glb with GLTFLoader and the meshopt decoder, no
 * React, no app code. Same camera, canvas size (?w=&h=, CSS px), pixel ratio 1, no antialiasing and Lambert
 * materials, as the app uses under software WebGL. Sets `window.__bareReadyAt` once the first frame with the model
 * has reached the screen, measured as the app measures its own (src/scene/ready.ts).
 */
import * as THREE from 'three'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'

const params = new URLSearchParams(location.search)
const width = Number(params.get('w') ?? 1000)
const height = Number(params.get('h') ?? 800)
const canvas = document.getElementById('view') as HTMLCanvasElement
const renderer = new THREE.WebGLRenderer({ canvas, antialias: false })
renderer.setPixelRatio(1)
renderer.setSize(width, height)
const scene = new THREE.Scene()
scene.background = new THREE.Color('#f3f0ec')
scene.add(new THREE.HemisphereLight('#f4f1ee', '#4a3a36', 1.2))
const camera = new THREE.PerspectiveCamera(35, width / height, 0.05, 20)
camera.position.set(0, 1.05, 3.17)
camera.lookAt(0, 0.9, 0.07) // BODY_TARGET in src/scene/CameraRig.tsx
const light = new THREE.DirectionalLight('#ffffff', 1.7)
camera.add(light)
scene.add(camera)

const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder)
loader.load('/models/body.glb', (gltf) => {
  const material = new THREE.MeshLambertMaterial({ color: '#b5553f' })
  gltf.scene.traverse((o) => {
    if (o instanceof THREE.Mesh) o.material = material
    // The app hides the skin in its first view, showing the muscles.
    if (o.name === 'skin') o.visible = false
  })
  scene.add(gltf.scene)
  renderer.render(scene, camera)
  requestAnimationFrame(() => {
    ;(window as unknown as { __bareReadyAt: number }).__bareReadyAt = performance.now()
  })
})
