/**
 * The client's pain marks on the body (blue, so they never read as referral red), and the tap/brush that adds them.
 * Marks typed by name sit at their area's centre.
 */
import { useThree, type ThreeEvent } from '@react-three/fiber'
import { useEffect, useMemo, useRef } from 'react'
import * as THREE from 'three'
import type { Vec3 } from '../../data/schema'
import { areaById, DATASET } from '../domain/dataset'
import { areasAtPoint } from '../domain/body-areas'
import { blobPoints, landmarkMap } from '../geometry/zones'
import { useStore, type PainMark } from '../store'
import { CANONICAL, type BodyFrame } from './frame'
import { loadedParts } from './parts'

const LANDMARKS = landmarkMap(DATASET.landmarks)
const DOT = new THREE.SphereGeometry(0.011, 16, 12)
const MARK = new THREE.MeshBasicMaterial({ color: '#1d5fd1', depthTest: false, transparent: true, opacity: 0.95 })
const RING = new THREE.RingGeometry(0.013, 0.017, 24)
const RING_MAT = new THREE.MeshBasicMaterial({ color: '#ffffff', depthTest: false, transparent: true, side: THREE.DoubleSide })

/** Where a mark is drawn on the body shown: its tapped point, or its area's centre, both canonical. */
function markPosition(m: PainMark, frame: BodyFrame): Vec3 | null {
  if (m.point) return frame.toBody(m.point)
  const area = areaById(m.area)
  const blob = area?.blobs[0]
  if (!blob) return null
  const { a, b } = blobPoints(blob, LANDMARKS, m.side ?? 'left')
  return frame.toBody([(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2])
}

/** Adds a mark where the skin was hit, named by the body area under it; says so when no area is there. */
export function markFromHit(point: THREE.Vector3, normal: THREE.Vector3, quiet = false): boolean {
  const s = useStore.getState()
  // Areas are drawn on the canonical body: look the tapped point up there.
  const canonical = (loadedParts.current?.frame ?? CANONICAL).toCanonical([point.x, point.y, point.z])
  const hit = areasAtPoint(canonical, [normal.x, normal.y, normal.z])[0]
  if (!hit) {
    if (!quiet) s.showMessage('No named area just there: tap a little nearer, or type the place in the box.', 'info')
    return false
  }
  if (s.painMarks.some((m) => m.area === hit.area && m.side === hit.side)) return false
  s.addPainMark({ area: hit.area, side: hit.side, point: canonical })
  return true
}

export function PainMarks({ frame = CANONICAL }: { frame?: BodyFrame }) {
  const marks = useStore((s) => s.painMarks)
  const invalidate = useThree((s) => s.invalidate)
  const placed = useMemo(
    () =>
      marks.flatMap((m) => {
        const p = markPosition(m, frame)
        return p ? [{ m, p }] : []
      }),
    [marks, frame],
  )
  useEffect(() => invalidate(), [placed, invalidate])
  const camera = useThree((s) => s.camera)
  return (
    <group name="pain-marks">
      {placed.map(({ m, p }) => (
        <group key={m.key} position={p as [number, number, number]} scale={0.7 + m.intensity * 0.06}>
          <mesh geometry={DOT} material={MARK} renderOrder={30} />
          <mesh geometry={RING} material={RING_MAT} renderOrder={29} quaternion={camera.quaternion} />
        </group>
      ))}
    </group>
  )
}

/** Pointer handlers for the skin in pain mode: a tap drops one mark; with the brush, a drag paints several. */
export function usePainInput() {
  const stroke = useRef(false)
  const normal = new THREE.Vector3()
  const toWorldNormal = (e: ThreeEvent<PointerEvent | MouseEvent>) =>
    e.face ? normal.copy(e.face.normal).transformDirection(e.object.matrixWorld) : normal.set(0, 0, 1)
  return {
    onClick: (e: ThreeEvent<MouseEvent>) => {
      if (e.delta > 6 || useStore.getState().brush) return
      e.stopPropagation()
      markFromHit(e.point, toWorldNormal(e))
    },
    onPointerDown: (e: ThreeEvent<PointerEvent>) => {
      if (!useStore.getState().brush) return
      stroke.current = true
      markFromHit(e.point, toWorldNormal(e), true)
    },
    onPointerMove: (e: ThreeEvent<PointerEvent>) => {
      if (!stroke.current || !useStore.getState().brush) return
      if (e.buttons === 0) stroke.current = false
      else markFromHit(e.point, toWorldNormal(e), true)
    },
    onPointerUp: () => {
      stroke.current = false
    },
  }
}
