/** Paints the shown trigger point's referral zones on the skin: hover previews, a selected point stays. */
import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useMemo, useRef } from 'react'
import * as THREE from 'three'
import { DATASET, triggerPointById } from '../domain/dataset'
import { computeNormals } from '../geometry/mesh'
import { blobWeights, landmarkMap, zoneSides } from '../geometry/zones'
import { useStore, type TriggerPointRef } from '../store'
import type { BodyParts } from './parts'
import { CANONICAL, type BodyFrame } from './frame'
import { referralMaterial } from './referral-material'
import { surfacePointAt } from './surface-point'
import { meshKey } from './BodyModel'
import { referralView, viewOf } from './CameraRig'

const LANDMARKS = landmarkMap(DATASET.landmarks)

export interface SkinSurface {
  readonly geometry: THREE.BufferGeometry
  /** world-space copies, for zone maths */
  readonly positions: Float32Array
  readonly normals: Float32Array
  /** The same points (and the surface's normals there) carried back into the canonical frame, where the zones' landmarks are. */
  readonly zonePositions: Float32Array
  readonly zoneNormals: Float32Array
}

/** World-space positions and normals of the skin, computed once per model. */
export function skinSurface(skin: THREE.Mesh, frame: BodyFrame = CANONICAL): SkinSurface {
  skin.updateWorldMatrix(true, false)
  // The model is quantised (normalised integers under a node transform): read through the accessors into floats.
  const pos = skin.geometry.getAttribute('position')
  const nor = skin.geometry.getAttribute('normal')
  const normalMatrix = new THREE.Matrix3().getNormalMatrix(skin.matrixWorld)
  const positions = new Float32Array(pos.count * 3)
  const normals = new Float32Array(pos.count * 3)
  const v = new THREE.Vector3()
  for (let i = 0; i < pos.count; i++) {
    v.fromBufferAttribute(pos, i).applyMatrix4(skin.matrixWorld).toArray(positions, i * 3)
    v.fromBufferAttribute(nor, i).applyMatrix3(normalMatrix).normalize().toArray(normals, i * 3)
  }
  const geometry = new THREE.BufferGeometry()
  geometry.setAttribute('position', new THREE.BufferAttribute(positions, 3))
  geometry.setAttribute('normal', new THREE.BufferAttribute(normals, 3))
  geometry.setIndex(skin.geometry.getIndex())
  geometry.setAttribute('referral', new THREE.BufferAttribute(new Float32Array(pos.count * 2), 2))
  let zonePositions: Float32Array = positions, zoneNormals: Float32Array = normals
  const index = skin.geometry.getIndex()
  if (frame !== CANONICAL && index) {
    zonePositions = new Float32Array(positions.length)
    for (let i = 0; i < positions.length; i += 3) zonePositions.set(frame.toCanonical([positions[i]!, positions[i + 1]!, positions[i + 2]!]), i)
    zoneNormals = computeNormals(zonePositions, Uint32Array.from(index.array))
  }
  return { geometry, positions, normals, zonePositions, zoneNormals }
}

const weightCache = new WeakMap<SkinSurface, Map<string, Float32Array>>()

/** Essential (x) and spillover (y) weight per skin vertex for one trigger point on one side; computed once each. */
export function referralWeights(surface: SkinSurface, ref: TriggerPointRef): Float32Array {
  let cache = weightCache.get(surface)
  if (!cache) weightCache.set(surface, (cache = new Map()))
  const key = `${ref.id}:${ref.side}`
  let w = cache.get(key)
  if (!w) cache.set(key, (w = computeReferralWeights(surface, ref)))
  return w
}

function computeReferralWeights(surface: SkinSurface, ref: TriggerPointRef): Float32Array {
  const tp = triggerPointById(ref.id)
  const n = surface.positions.length / 3
  const ess = new Float32Array(n)
  const spill = new Float32Array(n)
  if (tp) {
    for (const z of tp.referral.essential)
      for (const side of zoneSides(ref.side, z.laterality)) blobWeights(surface.zonePositions, surface.zoneNormals, z.blobs, LANDMARKS, side, ess, surface.zonePositions)
    for (const z of tp.referral.spillover)
      for (const side of zoneSides(ref.side, z.laterality)) blobWeights(surface.zonePositions, surface.zoneNormals, z.blobs, LANDMARKS, side, spill, surface.zonePositions)
  }
  const out = new Float32Array(n * 2)
  for (let i = 0; i < n; i++) {
    out[i * 2] = ess[i]!
    out[i * 2 + 1] = spill[i]!
  }
  return out
}

/** Flies the camera to show a chosen trigger point with the whole of its zone. */
function frameReferral(surface: SkinSurface | null, ref: TriggerPointRef, tp: THREE.Vector3): void {
  if (!surface) return
  const w = referralWeights(surface, ref)
  const points = [tp.clone()]
  const normal = new THREE.Vector3()
  for (let i = 0; i < w.length / 2; i++) {
    if (w[i * 2]! < 0.5 && w[i * 2 + 1]! < 0.5) continue
    points.push(new THREE.Vector3().fromArray(surface.positions, i * 3))
    normal.x += surface.normals[i * 3]!
    normal.y += surface.normals[i * 3 + 1]!
    normal.z += surface.normals[i * 3 + 2]!
  }
  if (points.length < 2) return
  const state = useStore.getState()
  const fallback = new THREE.Vector3(ref.side === 'left' ? 1 : -1, 0, 0.6)
  referralView.goal = viewOf(points, normal.divideScalar(points.length - 1), fallback)
  state.requestCamera('referral')
}

/** Metres per second at which a chosen pattern spreads from its trigger point over the body. */
const SPREAD_SPEED = 0.6

/** One overlay per view: its uniforms are mutated in place, like every three.js material. */
const material = referralMaterial()

export function ReferralOverlay({ parts }: { parts: BodyParts | null }) {
  const surface = useMemo(() => (parts?.skin ? skinSurface(parts.skin, parts.frame) : null), [parts])
  const shown = useStore((s) => s.hoveredTriggerPoint ?? s.triggerPoint)
  const chosen = useStore((s) => s.triggerPoint)
  const invalidate = useThree((s) => s.invalidate)
  /** performance.now() when the spread began, or null when nothing spreads. */
  const spreadStart = useRef<number | null>(null)
  /** The choice last seen by the effect below. */
  const framed = useRef<TriggerPointRef | null>(null)

  // A chosen (not merely hovered) trigger point sends its pain out from the ✕, unless the person prefers less motion.
  useEffect(() => {
    const u = material.uniforms
    const tp = chosen && triggerPointById(chosen.id)
    const mesh = tp && parts?.muscles.get(meshKey({ id: tp.muscle, side: chosen.side }))
    const from = mesh && surfacePointAt(mesh, tp.at)
    const still = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches
    // A link that carries its own camera keeps it: the pattern is framed only when the choice itself changes.
    const keepPose = chosen === framed.current && useStore.getState().cameraRequest.preset === 'pose'
    framed.current = chosen
    if (chosen && from && !keepPose) frameReferral(surface, chosen, from.position)
    if (!from || still) {
      u.reach!.value = 10
      spreadStart.current = null
      return
    }
    u.origin!.value.copy(from.position)
    u.reach!.value = 0
    spreadStart.current = performance.now()
    invalidate()
  }, [chosen, parts, surface, invalidate])

  useFrame(() => {
    if (spreadStart.current === null) return
    const reach = ((performance.now() - spreadStart.current) / 1000) * SPREAD_SPEED
    // Past the body's height every zone is fully shown.
    material.uniforms.reach!.value = reach > 2 ? 10 : reach
    if (reach > 2) spreadStart.current = null
    invalidate()
  })
  useEffect(() => {
    if (!surface) return
    const attr = surface.geometry.getAttribute('referral') as THREE.BufferAttribute
    ;(attr.array as Float32Array).set(shown ? referralWeights(surface, shown) : new Float32Array(attr.array.length))
    attr.needsUpdate = true
    invalidate()
  }, [surface, shown, invalidate])
  if (!surface || !shown) return null
  return <mesh name="referral" geometry={surface.geometry} material={material} renderOrder={5} raycast={() => null} />
}
