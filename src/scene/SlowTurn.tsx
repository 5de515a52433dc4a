/** The optional slow turn of presentation mode: the camera circles the body about the vertical, about once a minute. */
import { useFrame, useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib'
import { useStore } from '../store'

/** Radians per second: a full turn in about 50 s, slow enough to follow a pattern round the body. */
const SPEED = 0.125

export function SlowTurn() {
  const turning = useStore((s) => s.presenting && s.turning)
  const controls = useThree((s) => s.controls) as OrbitControlsImpl | null
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => {
    if (turning) invalidate()
  }, [turning, invalidate])
  useFrame(({ camera }, dt) => {
    if (!turning || !controls) return
    // Cap the step: a slow software frame should not jump the body round.
    const a = SPEED * Math.min(dt, 0.1)
    const t = controls.target
    const x = camera.position.x - t.x
    const z = camera.position.z - t.z
    camera.position.set(t.x + x * Math.cos(a) + z * Math.sin(a), camera.position.y, t.z - x * Math.sin(a) + z * Math.cos(a))
    controls.update()
    invalidate()
  })
  return null
}
