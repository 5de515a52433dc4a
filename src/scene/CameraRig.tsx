/** Camera presets and focus on the selection, eased over a few frames; renders on demand otherwise. */
import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useRef } from 'react'
import * as THREE from 'three'
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib'
import { useStore, type CameraPreset } from '../store'
import type { BodyParts } from './BodyModel'
import { meshKey } from './BodyModel'
import { revealOf } from './reveal'

export const BODY_TARGET = new THREE.Vector3(0, 0.9, 0.07)
const BODY_DISTANCE = 3.1

const PRESET_DIRS: Record<CameraPreset, THREE.Vector3> = {
  front: new THREE.Vector3(0, 0.05, 1),
  back: new THREE.Vector3(0, 0.05, -1),
  left: new THREE.Vector3(1, 0.05, 0),
  right: new THREE.Vector3(-1, 0.05, 0),
}

export interface Goal {
  target: THREE.Vector3
  position: THREE.Vector3
}

interface Flight extends Goal {
  fromTarget: THREE.Vector3
  fromPosition: THREE.Vector3
  /** seconds since the flight began */
  t: number
}

const FLIGHT_S = 0.6

/** Where to look to see a chosen trigger point together with its referral zone; set by the referral overlay. */
export const referralView: { goal: Goal | null } = { goal: null }

/**
 * A view of a set of points (a zone and its trigger point) from the side their surface faces, or along `fallback`
 * when they face every way (a zone round a limb).
 */
export function viewOf(points: readonly THREE.Vector3[], normal: THREE.Vector3, fallback: THREE.Vector3): Goal {
  const box = new THREE.Box3().setFromPoints([...points])
  const target = box.getCenter(new THREE.Vector3())
  const size = box.getSize(new THREE.Vector3()).length()
  const dir = normal.clone()
  dir.y *= 0.4
  if (dir.lengthSq() < 0.04) dir.copy(fallback)
  dir.normalize()
  const distance = Math.min(Math.max(size * 1.5, 0.7), 3.1)
  return { target, position: target.clone().addScaledVector(dir, distance) }
}

/** True while the camera is flying to a preset or a focus; tools wait for it before reading the screen. */
export const cameraState = { moving: false, handledSeq: -1 }

/**
 * Where to look at a mesh from: the side from which it is least covered, as the model generator found it, or, for a
 * model without those figures, along its average outward normal; far enough to frame it with context.
 */
export function focusGoal(mesh: THREE.Mesh): Goal {
  mesh.updateWorldMatrix(true, false)
  const box = new THREE.Box3().setFromObject(mesh)
  const centre = box.getCenter(new THREE.Vector3())
  const reveal = revealOf(mesh)
  if (reveal) return { target: centre, position: centre.clone().addScaledVector(reveal.view, reveal.distance) }
  const size = box.getSize(new THREE.Vector3()).length()
  // Average the normals of the superficial face only: a sheet's deep face or a tube's far side would cancel them.
  const normals = mesh.geometry.getAttribute('normal')
  const uv = mesh.geometry.getAttribute('uv')
  const depth = mesh.geometry.getAttribute('uv1')
  let sheet = false
  for (let i = 0; depth && i < depth.count && !sheet; i++) sheet = depth.getX(i) > 0.5
  const dir = new THREE.Vector3()
  const n = new THREE.Vector3()
  const normalMatrix = new THREE.Matrix3().getNormalMatrix(mesh.matrixWorld)
  for (let i = 0; i < normals.count; i++) {
    if (sheet ? depth!.getX(i) > 0.5 : uv && Math.abs(uv.getX(i) - 0.5) > 0.2) continue
    dir.add(n.fromBufferAttribute(normals, i).applyMatrix3(normalMatrix).normalize())
  }
  // Mostly horizontal views read best; fall back to the outward direction from the body's axis.
  dir.y *= 0.4
  if (dir.lengthSq() < 1e-6) dir.set(centre.x, 0, centre.z)
  if (dir.lengthSq() < 1e-6) dir.set(0, 0, 1)
  dir.normalize()
  const distance = Math.min(Math.max(size * 2.6, 0.55), 2.4)
  return { target: centre, position: centre.clone().addScaledVector(dir, distance) }
}

export function CameraRig({ parts }: { parts: BodyParts | null }) {
  const camera = useThree((s) => s.camera)
  const controls = useThree((s) => s.controls) as OrbitControlsImpl | null
  const invalidate = useThree((s) => s.invalidate)
  const flight = useRef<Flight | null>(null)
  const request = useStore((s) => s.cameraRequest)

  useEffect(() => {
    cameraState.handledSeq = request.seq
    let goal: Goal
    if (request.preset === 'pose') {
      // A link's exact view: no flight, so the first frame is already the picture the link was made from.
      if (!request.pose || !controls) return
      flight.current = null
      cameraState.moving = false
      camera.position.set(...request.pose.position)
      controls.target.set(...request.pose.target)
      controls.update()
      invalidate()
      return
    }
    if (request.preset === 'referral') {
      if (!referralView.goal) return
      goal = referralView.goal
    } else if (request.preset === 'focus') {
      const sel = useStore.getState().selected
      const mesh = sel && parts?.muscles.get(meshKey(sel))
      if (!mesh) return
      goal = focusGoal(mesh)
    } else {
      goal = {
        target: BODY_TARGET.clone(),
        position: BODY_TARGET.clone().addScaledVector(PRESET_DIRS[request.preset].clone().normalize(), BODY_DISTANCE),
      }
    }
    const from = controls?.target ?? BODY_TARGET
    // With reduced motion the camera cuts to the goal instead of flying.
    const still = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches
    flight.current = { ...goal, fromTarget: from.clone(), fromPosition: camera.position.clone(), t: still ? FLIGHT_S : 0 }
    cameraState.moving = true
    invalidate()
  }, [request, parts, invalidate, camera, controls])

  usePoseForLink(camera, controls)

  useFrame((_, dt) => {
    const f = flight.current
    if (!f || !controls) return
    // Cap the step so a slow first frame does not skip the whole flight.
    f.t = Math.min(FLIGHT_S, f.t + Math.min(dt, 0.1))
    const x = f.t / FLIGHT_S
    const k = x * x * (3 - 2 * x)
    camera.position.lerpVectors(f.fromPosition, f.position, k)
    controls.target.lerpVectors(f.fromTarget, f.target, k)
    controls.update()
    if (f.t >= FLIGHT_S) {
      flight.current = null
      cameraState.moving = false
    }
    invalidate()
  })
  return null
}

/** How often, at most, a moving camera's pose is written to the store (and so to the link). */
const POSE_MS = 200

/** Keeps `cameraPose` in the store in step with the camera, a few times a second while it moves, and once it stops. */
function usePoseForLink(camera: THREE.Camera, controls: OrbitControlsImpl | null): void {
  useEffect(() => {
    if (!controls) return
    let timer: ReturnType<typeof setTimeout> | null = null
    const write = () => {
      timer = null
      const t = controls.target
      useStore.getState().setCameraPose({ position: [camera.position.x, camera.position.y, camera.position.z], target: [t.x, t.y, t.z] })
    }
    const onChange = () => {
      timer ??= setTimeout(write, POSE_MS)
    }
    controls.addEventListener('change', onChange)
    return () => {
      controls.removeEventListener('change', onChange)
      if (timer !== null) clearTimeout(timer)
    }
  }, [camera, controls])
}
