/**
 * The bony landmark chosen under a trigger point's palpation hint: a ring and a small dot in a neutral grey, drawn on
 * top of everything (the landmark lies on the bone, under muscle and skin), with its name beside it.
 */
import { Html } from '@react-three/drei'
import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useMemo, useRef } from 'react'
import * as THREE from 'three'
import { onSide, resolveLandmark } from '../domain/palpation'
import { useStore } from '../store'
import { CANONICAL, type BodyFrame } from './frame'

// Sizes in metres: about 12 px across at whole-body distance, small enough not to hide a trigger point's ✕.
const RING = new THREE.RingGeometry(0.0105, 0.0145, 32)
const DOT = new THREE.SphereGeometry(0.0045, 16, 12)
const RING_MAT = new THREE.MeshBasicMaterial({ color: '#3b454e', depthTest: false, transparent: true, side: THREE.DoubleSide })
const DOT_MAT = new THREE.MeshBasicMaterial({ color: '#f7f5f0', depthTest: false, transparent: true })

export function LandmarkMarker({ frame = CANONICAL }: { frame?: BodyFrame }) {
  const shown = useStore((s) => s.shownLandmark)
  const invalidate = useThree((s) => s.invalidate)
  const ring = useRef<THREE.Mesh>(null)
  const mark = useMemo(() => {
    const l = shown && resolveLandmark(shown.id)
    return l ? { key: `landmark:${l.id}:${shown.side}`, name: l.name, at: frame.toBody(onSide(l.at, shown.side)) } : null
  }, [shown, frame])
  useEffect(() => invalidate(), [mark, invalidate])
  // The ring always faces the camera.
  useFrame(({ camera }) => {
    ring.current?.quaternion.copy(camera.quaternion)
  })
  if (!mark) return null
  return (
    <group name={mark.key} position={mark.at as [number, number, number]}>
      <mesh ref={ring} geometry={RING} material={RING_MAT} renderOrder={40} />
      <mesh geometry={DOT} material={DOT_MAT} renderOrder={41} />
      <Html pointerEvents="none" zIndexRange={[5, 0]}>
        <div className="landmark-label" data-testid="landmark-label" role="status">
          {mark.name}
        </div>
      </Html>
    </group>
  )
}
