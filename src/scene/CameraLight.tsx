/** A key light that rides with the camera (a little above and to the left), so every view is lit from the front. */
import { useFrame } from '@react-three/fiber'
import { useRef } from 'react'
import * as THREE from 'three'

const offset = new THREE.Vector3()

export function CameraLight({ intensity = 2.2 }: { intensity?: number }) {
  const light = useRef<THREE.DirectionalLight>(null)
  useFrame(({ camera, controls }) => {
    const l = light.current
    if (!l) return
    const target = (controls as unknown as { target?: THREE.Vector3 } | null)?.target ?? new THREE.Vector3()
    // Up and to the camera's left, in the camera's own frame: shading that reads like a lamp over the shoulder.
    offset.set(-0.6, 0.9, 0).applyQuaternion(camera.quaternion)
    l.position.copy(camera.position).add(offset)
    l.target.position.copy(target)
    l.target.updateMatrixWorld()
  })
  return <directionalLight ref={light} name="camera-light" intensity={intensity} />
}
