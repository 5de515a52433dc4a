/** X marks on the selected muscle at its trigger points, drawn through the skin; click or hover shows the referral. */
import { useThree, type ThreeEvent } from '@react-three/fiber'
import { useEffect, useMemo } from 'react'
import * as THREE from 'three'
import { triggerPointsOf } from '../domain/dataset'
import { useStore } from '../store'
import { meshKey } from './BodyModel'
import type { BodyParts } from './parts'
import { surfacePointAt } from './surface-point'

const BAR = new THREE.BoxGeometry(0.017, 0.0032, 0.001)
const DISC = new THREE.CircleGeometry(0.0105, 24)
// Marks are drawn twice: plainly where nothing covers them, and as a faint ghost through covering muscles or
// skin, so a deep trigger point can still be found without looking as if it sat on the muscle in front.
const INK = new THREE.MeshBasicMaterial({ color: '#141010' })
const INK_ACTIVE = new THREE.MeshBasicMaterial({ color: '#7a0d00' })
const HALO = new THREE.MeshBasicMaterial({ color: '#fff8ec', transparent: true, opacity: 0.9 })
const GHOST = new THREE.MeshBasicMaterial({ color: '#141010', depthTest: false, transparent: true, opacity: 0.28 })

export interface TriggerPointMarkersProps {
  readonly parts: BodyParts | null
}

export function TriggerPointMarkers({ parts }: TriggerPointMarkersProps) {
  const selected = useStore((s) => s.selected)
  const active = useStore((s) => s.triggerPoint)
  const hovered = useStore((s) => s.hoveredTriggerPoint)
  // In a self-test only the answer's mark shows, once answered.
  const study = useStore((s) => s.mode === 'study')
  const invalidate = useThree((s) => s.invalidate)
  const marks = useMemo(() => {
    if (!parts || !selected) return []
    const mesh = parts.muscles.get(meshKey(selected))
    if (!mesh) return []
    return triggerPointsOf(selected.id).flatMap((tp) => {
      const p = surfacePointAt(mesh, tp.at)
      if (!p) return []
      // Lift the mark off the surface so it never sinks into it.
      const position = p.position.clone().addScaledVector(p.normal, 0.004)
      const quaternion = new THREE.Quaternion().setFromUnitVectors(new THREE.Vector3(0, 0, 1), p.normal)
      return [{ tp, position, quaternion }]
    })
  }, [parts, selected])
  useEffect(() => invalidate(), [marks, active, hovered, invalidate])
  if (!selected) return null
  const side = selected.side
  return (
    <group name="trigger-point-markers">
      {marks.filter(({ tp }) => !study || tp.id === active?.id).map(({ tp, position, quaternion }) => {
        const on = active?.id === tp.id || hovered?.id === tp.id
        const events = {
          onClick: (e: ThreeEvent<MouseEvent>) => {
            e.stopPropagation()
            useStore.getState().selectTriggerPoint({ id: tp.id, side }, tp.muscle)
          },
          onPointerOver: (e: ThreeEvent<PointerEvent>) => {
            e.stopPropagation()
            useStore.getState().hoverTriggerPoint({ id: tp.id, side })
          },
          onPointerOut: () => useStore.getState().hoverTriggerPoint(null),
        }
        return (
          <group key={tp.id} name={`trp:${tp.id}:${side}`} position={position} quaternion={quaternion} scale={on ? 1.3 : 1} {...events}>
            <mesh geometry={DISC} material={HALO} renderOrder={20} />
            <mesh geometry={BAR} material={on ? INK_ACTIVE : INK} rotation={[0, 0, Math.PI / 4]} renderOrder={21} />
            <mesh geometry={BAR} material={on ? INK_ACTIVE : INK} rotation={[0, 0, -Math.PI / 4]} renderOrder={21} />
            <mesh geometry={BAR} material={GHOST} rotation={[0, 0, Math.PI / 4]} renderOrder={22} />
            <mesh geometry={BAR} material={GHOST} rotation={[0, 0, -Math.PI / 4]} renderOrder={22} />
          </group>
        )
      })}
    </group>
  )
}
