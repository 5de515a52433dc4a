/**
 * The skeleton layer: the generated bones (scripts/model/skeleton.ts), drawn in ivory under the see-through muscles.
 * Nothing is requested until the layer is first switched on; the bones never take a click, so picking still reaches
 * the muscles.
 */
import { useGLTF } from '@react-three/drei'
import { useThree } from '@react-three/fiber'
import { Suspense, useEffect, useMemo } from 'react'
import * as THREE from 'three'
import { useStore } from '../store'
import { boneMaterial } from './materials'

export const SKELETON_URL = `${import.meta.env.BASE_URL}models/skeleton.glb`
export const SKELETON_FEMALE_URL = `${import.meta.env.BASE_URL}models/skeleton-female.glb`

export interface SkeletonProps {
  /** The skeleton file of the body shown (each body has its own). */
  readonly url?: string
}

const noRaycast = () => {}

function prepare(scene: THREE.Object3D): THREE.Object3D {
  const material = boneMaterial()
  scene.traverse((o) => {
    if (!(o instanceof THREE.Mesh)) return
    o.material = material
    o.raycast = noRaycast
  })
  return scene
}

function SkeletonModel({ url }: { readonly url: string }) {
  const gltf = useGLTF(url, false, true)
  const root = useMemo(() => prepare(gltf.scene), [gltf.scene])
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => {
    invalidate()
    return invalidate
  }, [root, invalidate])
  return <primitive object={root} />
}

export function Skeleton({ url = SKELETON_URL }: SkeletonProps) {
  const on = useStore((s) => s.skeleton)
  if (!on) return null
  return (
    <Suspense fallback={null}>
      <SkeletonModel url={url} />
    </Suspense>
  )
}
