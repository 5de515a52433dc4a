/**
 * Renders the body for print: front and back, offscreen at print size, with the pain marks, the trigger point and
 * its pattern as they are on screen, on a white ground and framed on the whole body (not a copy of the screen).
 */
import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import * as THREE from 'three'
import { useStore } from '../store'
import { printPictures, type PrintPictureSet } from '../ui/print-pictures'
import { applyState } from './BodyModel'
import { referralView } from './CameraRig'
import { loadedParts } from './parts'

/** Whole body in view: a 30° lens this far away shows about 2 m of height. */
const FOV = 30
const DISTANCE = 3.75
const TARGET = new THREE.Vector3(0, 0.9, 0)
/** Marks drawn through the body (pain marks, trigger point ✕) are left out of a view from which they lie behind it. */
const MARK_GROUPS = ['pain-marks', 'trigger-point-markers']
/** A mark counts as seen when nothing lies more than this far (metres) in front of it along the view ray. */
const SEEN_WITHIN_M = 0.05

function visibleInScene(o: THREE.Object3D | null): boolean {
  for (; o; o = o.parent) if (!o.visible) return false
  return true
}

/** Hides the marks that the body hides from `camera`; returns a function that shows them again. */
function hideMarksBehindBody(scene: THREE.Scene, camera: THREE.Camera): () => void {
  const marks: THREE.Object3D[] = []
  for (const name of MARK_GROUPS) scene.getObjectByName(name)?.children.forEach((c) => marks.push(c))
  const inMarks = (o: THREE.Object3D) => marks.some((m) => m === o || m.getObjectById(o.id))
  const raycaster = new THREE.Raycaster()
  const p = new THREE.Vector3()
  const hidden: THREE.Object3D[] = []
  for (const m of marks) {
    if (!m.visible) continue
    m.getWorldPosition(p)
    const dir = p.clone().sub(camera.position)
    const distance = dir.length()
    raycaster.set(camera.position, dir.normalize())
    raycaster.far = distance
    const first = raycaster.intersectObject(scene, true).find((h) => visibleInScene(h.object) && !inMarks(h.object))
    if (first && first.distance < distance - SEEN_WITHIN_M) {
      m.visible = false
      hidden.push(m)
    }
  }
  return () => hidden.forEach((m) => (m.visible = true))
}

export function PrintPictures() {
  const { gl, scene, invalidate } = useThree()
  useEffect(() => {
    printPictures.render = async (width, height): Promise<PrintPictureSet> => {
      const size = gl.getSize(new THREE.Vector2())
      const ratio = gl.getPixelRatio()
      const background = scene.background
      const light = scene.getObjectByName('camera-light') as THREE.DirectionalLight | undefined
      const lightAt = light?.position.clone()
      const camera = new THREE.PerspectiveCamera(FOV, width / height, 0.05, 20)
      const shoot = (position: THREE.Vector3, target: THREE.Vector3, w = width, h = height): HTMLCanvasElement => {
        camera.aspect = w / h
        camera.updateProjectionMatrix()
        camera.position.copy(position)
        camera.lookAt(target)
        camera.updateMatrixWorld()
        gl.setSize(w, h, false)
        // The key light rides over the print camera's shoulder, as it does over the screen's.
        if (light) {
          light.position.copy(camera.position).add(new THREE.Vector3(-0.6, 0.9, 0).applyQuaternion(camera.quaternion))
          light.target.position.copy(target)
          light.target.updateMatrixWorld()
        }
        const show = hideMarksBehindBody(scene, camera)
        gl.render(scene, camera)
        show()
        const out = document.createElement('canvas')
        out.width = w
        out.height = h
        const ctx = out.getContext('2d')!
        ctx.fillStyle = '#fff'
        ctx.fillRect(0, 0, w, h)
        ctx.drawImage(gl.domElement, 0, 0, w, h)
        return out
      }
      // For a client: the skin on (over any bones) and the peeled muscles put back, so marks and pattern lie on a body.
      const parts = loadedParts.current
      const state = useStore.getState()
      if (parts) applyState(parts, { ...state, skin: 'opaque', skeleton: false, peelSuperficial: false, hovered: null })
      try {
        scene.background = new THREE.Color('#ffffff')
        gl.setPixelRatio(1)
        const from = (z: number) => new THREE.Vector3(0, TARGET.y + 0.05, z * DISTANCE)
        const goal = state.triggerPoint ? referralView.goal : null
        return {
          front: shoot(from(1), TARGET),
          back: shoot(from(-1), TARGET),
          pattern: goal ? shoot(goal.position, goal.target, width, width) : undefined,
        }
      } finally {
        if (parts) applyState(parts, useStore.getState())
        scene.background = background
        if (light && lightAt) light.position.copy(lightAt)
        gl.setPixelRatio(ratio)
        gl.setSize(size.x, size.y, false)
        invalidate()
      }
    }
    return () => {
      printPictures.render = null
    }
  }, [gl, scene, invalidate])
  return null
}
