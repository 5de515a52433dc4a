/**
 * A small handle on `window.__tpe` for tools and end-to-end tests: the store, and where on screen a named mesh
 * can be clicked (a vertex of it that is visible from the camera).
 */
import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import * as THREE from 'three'
import { triggerPointById } from '../domain/dataset'
import { useStore } from '../store'
import { useStudy } from '../store/study'
import { meshKey } from './BodyModel'
import { surfacePointAt } from './surface-point'
import { cameraState } from './CameraRig'
import { CANONICAL } from './frame'
import { loadedParts } from './parts'

export interface TestHandleApi {
  getState: typeof useStore.getState
  /** The self-test's state and actions. */
  study: typeof useStudy.getState
  /** CSS pixel position, relative to the page, of a trigger point on its muscle's surface, or null. */
  triggerPointAt: (id: string, side: 'left' | 'right') => { x: number; y: number } | null
  /** CSS pixel position, relative to the page, of a visible point of the mesh, or null. */
  screenPointOf: (meshName: string) => { x: number; y: number } | null
  meshNames: () => string[]
  /** True once no camera flight is under way. */
  cameraIdle: () => boolean
  /**
   * CSS pixel position, relative to the page, of a point given in the anatomy's canonical frame (landmark
   * coordinates, metres), carried onto the body shown.
   */
  projectPoint: (p: readonly [number, number, number]) => { x: number; y: number }
  /** Puts the camera at `position` looking at `target` (metres, the body's frame), for close-up pictures. */
  lookAt: (position: readonly [number, number, number], target: readonly [number, number, number]) => void
  /** What a ray through a page point meets first (names, whether drawn, distance), for tools and tests. */
  hitsAt: (x: number, y: number) => string[]
  /** Casts `n` rays through a grid over the canvas against the whole scene (BVH-accelerated); mean ms per ray. */
  raycastBench?: (n: number) => number
}

declare global {
  interface Window {
    __tpe?: TestHandleApi
  }
}

export function TestHandle() {
  const { camera, gl, scene, invalidate } = useThree()
  const controls = useThree((s) => s.controls) as { target: THREE.Vector3; update: () => void } | null
  useEffect(() => {
    const raycaster = new THREE.Raycaster()
    window.__tpe = {
      getState: useStore.getState,
      study: useStudy.getState,
      triggerPointAt: (id, side) => {
        const tp = triggerPointById(id)
        const mesh = tp && loadedParts.current?.muscles.get(meshKey({ id: tp.muscle, side }))
        const at = mesh && surfacePointAt(mesh, tp.at)
        if (!at) return null
        const rect = gl.domElement.getBoundingClientRect()
        const v = at.position.clone().project(camera)
        return { x: rect.left + ((v.x + 1) / 2) * rect.width, y: rect.top + ((1 - v.y) / 2) * rect.height }
      },
      cameraIdle: () => !cameraState.moving && cameraState.handledSeq === useStore.getState().cameraRequest.seq,
      projectPoint: (p) => {
        const rect = gl.domElement.getBoundingClientRect()
        const q = (loadedParts.current?.frame ?? CANONICAL).toBody(p)
        const v = new THREE.Vector3(q[0], q[1], q[2]).project(camera)
        return { x: rect.left + ((v.x + 1) / 2) * rect.width, y: rect.top + ((1 - v.y) / 2) * rect.height }
      },
      meshNames: () => [...(loadedParts.current?.muscles.keys() ?? [])],
      lookAt: (position, target) => {
        camera.position.set(...position)
        if (controls) {
          controls.target.set(...target)
          controls.update()
        } else camera.lookAt(...target)
        invalidate()
      },
      screenPointOf: (name) => {
        const parts = loadedParts.current
        const mesh = parts?.muscles.get(name) ?? (name === 'skin' ? parts?.skin : null)
        if (!mesh) return null
        scene.updateMatrixWorld(true)
        const rect = gl.domElement.getBoundingClientRect()
        // Triangle centres, not vertices: a ray through a shared edge or vertex may hit a neighbour first.
        const pos = mesh.geometry.getAttribute('position')
        const index = mesh.geometry.getIndex()
        const tris = index ? index.count / 3 : pos.count / 3
        const corner = (t: number, k: number) => (index ? index.getX(t * 3 + k) : t * 3 + k)
        const v = new THREE.Vector3()
        const w = new THREE.Vector3()
        const ndc = new THREE.Vector2()
        const step = Math.max(1, Math.floor(tris / 400))
        let best: { x: number; y: number; d: number } | null = null
        const centre = new THREE.Box3().setFromObject(mesh).getCenter(new THREE.Vector3()).project(camera)
        for (let t = 0; t < tris; t += step) {
          v.set(0, 0, 0)
          for (let k = 0; k < 3; k++) v.add(w.fromBufferAttribute(pos, corner(t, k)))
          v.multiplyScalar(1 / 3).applyMatrix4(mesh.matrixWorld).project(camera)
          if (Math.abs(v.x) > 0.95 || Math.abs(v.y) > 0.95) continue
          // The point and its neighbours 2 px away must all show the mesh first: a browser rounds a click to whole
          // pixels, so a sliver at the edge of a muscle is no place to click.
          const px = 4 / rect.width, py = 4 / rect.height
          const clear = [[0, 0], [px, 0], [-px, 0], [0, py], [0, -py]].every(([dx, dy]) => {
            ndc.set(v.x + dx!, v.y + dy!)
            raycaster.setFromCamera(ndc, camera)
            const hits = raycaster.intersectObject(scene, true).filter((h) => h.object.visible)
            // Keep clear of neighbours: the next surface along the ray must be well behind.
            return hits[0]?.object === mesh && !(hits[1] && hits[1].object !== mesh && hits[1].distance - hits[0].distance < 0.004)
          })
          if (!clear) continue
          const d = Math.hypot(v.x - centre.x, v.y - centre.y)
          if (!best || d < best.d) best = { x: rect.left + ((v.x + 1) / 2) * rect.width, y: rect.top + ((1 - v.y) / 2) * rect.height, d }
        }
        return best && { x: best.x, y: best.y }
      },
      hitsAt: (x, y) => {
        scene.updateMatrixWorld(true)
        const rect = gl.domElement.getBoundingClientRect()
        raycaster.setFromCamera(new THREE.Vector2(((x - rect.left) / rect.width) * 2 - 1, 1 - ((y - rect.top) / rect.height) * 2), camera)
        return raycaster.intersectObject(scene, true).slice(0, 6).map((h) => `${h.object.name || h.object.type}${h.object.visible ? '' : ' (hidden)'} ${h.distance.toFixed(3)}`)
      },
      raycastBench: (n) => {
        scene.updateMatrixWorld(true)
        const cols = Math.max(1, Math.ceil(Math.sqrt(n)))
        const rows = Math.max(1, Math.ceil(n / cols))
        const ndc = new THREE.Vector2()
        const start = performance.now()
        for (let i = 0; i < n; i++) {
          const c = i % cols
          const r = Math.floor(i / cols)
          ndc.set(((c + 0.5) / cols) * 2 - 1, 1 - ((r + 0.5) / rows) * 2)
          raycaster.setFromCamera(ndc, camera)
          raycaster.intersectObject(scene, true)
        }
        return n > 0 ? (performance.now() - start) / n : 0
      },
    }
  }, [camera, gl, scene, controls, invalidate])
  return null
}
