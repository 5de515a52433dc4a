/** Where the body was tapped in answer to a self-test question: a blue dot, beside the trigger point's ✕. */
import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import * as THREE from 'three'
import { useStore } from '../store'
import { useStudy } from '../store/study'
import { CANONICAL, type BodyFrame } from './frame'

const DOT = new THREE.SphereGeometry(0.008, 16, 12)
const INK = new THREE.MeshBasicMaterial({ color: '#1d5fd1', depthTest: false, transparent: true, opacity: 0.95 })
const RING = new THREE.RingGeometry(0.009, 0.013, 24)
const RING_MAT = new THREE.MeshBasicMaterial({ color: '#ffffff', depthTest: false, transparent: true, side: THREE.DoubleSide })

export function StudyTapMark({ frame = CANONICAL }: { frame?: BodyFrame }) {
  const tap = useStudy((s) => s.result?.tap)
  const study = useStore((s) => s.mode === 'study')
  const camera = useThree((s) => s.camera)
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => invalidate(), [tap, study, invalidate])
  if (!tap || !study) return null
  return (
    <group name="study-tap" position={frame.toBody(tap.point)}>
      <mesh geometry={DOT} material={INK} renderOrder={31} />
      <mesh geometry={RING} material={RING_MAT} renderOrder={30} quaternion={camera.quaternion} />
    </group>
  )
}
