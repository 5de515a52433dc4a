/** Loads the generated body, makes it pickable (BVH) and keeps its materials in step with the store. */
import { useGLTF } from '@react-three/drei'
import { useFrame, useThree, type ThreeEvent } from '@react-three/fiber'
import { useEffect, useMemo, useRef } from 'react'
import * as THREE from 'three'
import { acceleratedRaycast, MeshBVH } from 'three-mesh-bvh'
import { conditionById } from '../domain/dataset'
import { useStore, type BodyKind, type MuscleRef, type State } from '../store'
import { frameOf } from './frame'
import { COLORS, muscleMaterial, muscleTint, SEE_THROUGH, setTendonMix, TENDON_MIX } from './materials'
import { loadedParts, type BodyParts } from './parts'
import { usePainInput } from './PainMarks'
import { markReady } from './ready'
import { coveringMeshes, GHOST_OPACITY } from './reveal'
import { studyTap } from './study-tap'

THREE.Mesh.prototype.raycast = acceleratedRaycast

export const MODEL_URLS: Record<BodyKind, string> = {
  male: `${import.meta.env.BASE_URL}models/body.glb`,
  female: `${import.meta.env.BASE_URL}models/body-female.glb`,
}
export const MODEL_URL = MODEL_URLS.male

export type { BodyParts }

interface MuscleUserData {
  kind?: string
  muscle?: string
  side?: 'left' | 'right'
  layer?: string
}

export const meshKey = (ref: MuscleRef) => `muscle:${ref.id}:${ref.side}`

function prepare(scene: THREE.Object3D): BodyParts {
  performance.mark('tpe:model-loaded')
  const muscles = new Map<string, THREE.Mesh>()
  let skin: THREE.Mesh | null = null
  let core: THREE.Mesh | null = null
  let bare: THREE.Mesh | null = null
  scene.traverse((o) => {
    if (!(o instanceof THREE.Mesh)) return
    const data = o.userData as MuscleUserData
    if (data.kind === 'muscle' && data.muscle && data.side) {
      // The loader strips ':' from node names; the extras carry the real id.
      o.name = meshKey({ id: data.muscle, side: data.side })
      o.material = muscleMaterial()
      o.userData.baseColor = muscleTint(data.muscle, data.layer)
      muscles.set(o.name, o)
    } else if (data.kind === 'skin' && o.name === 'skin') {
      o.material = new THREE.MeshLambertMaterial({ color: COLORS.skin, transparent: true })
      skin = o
    } else if (data.kind === 'skin' && o.name === 'core') {
      o.material = new THREE.MeshLambertMaterial({ color: COLORS.core })
      o.raycast = () => {}
      core = o
    } else if (data.kind === 'skin' && o.name === 'skin-bare') {
      // The face, hands and feet where no muscle is drawn: the skin's own surface, shown when the skin is off.
      // Both faces: a look in through the neck meets the inside of the head, not the background.
      o.material = new THREE.MeshLambertMaterial({ color: COLORS.bare, side: THREE.DoubleSide })
      o.raycast = () => {}
      bare = o
    } else if (data.kind === 'skin' && o.name === 'eyes') {
      // Iris and pupil come as vertex colours from the generator.
      o.material = new THREE.MeshLambertMaterial({ color: COLORS.eye, vertexColors: o.geometry.hasAttribute('color') })
      o.raycast = () => {}
    }
  })
  return { root: scene, muscles, skin, core, bare, frame: frameOf(scene.userData) }
}

/**
 * Picking trees are built after the first frame, a few meshes per idle slice, so the body appears at once;
 * until a mesh has its tree, three's plain raycast answers for it.
 */
function buildBoundsTrees(parts: BodyParts): () => void {
  const queue = [...parts.muscles.values(), ...(parts.skin ? [parts.skin] : [])]
  let cancelled = false
  const idle = (cb: () => void) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(cb, { timeout: 200 }) : setTimeout(cb, 16)
  const step = () => {
    if (cancelled) return
    const t0 = performance.now()
    while (queue.length && performance.now() - t0 < 12) {
      const g = queue.shift()!.geometry
      // A picking tree reorders its geometry's index in place; meshes of the same topology may share one index
      // buffer from the model file, so each gets its own copy first, or building one tree scrambles the other's.
      if (!g.boundsTree && g.index) g.setIndex(g.index.clone())
      g.boundsTree ??= new MeshBVH(g)
    }
    if (queue.length) idle(step)
  }
  idle(step)
  return () => {
    cancelled = true
  }
}

function refOf(o: THREE.Object3D): MuscleRef | null {
  const d = o.userData as MuscleUserData
  return d.kind === 'muscle' && d.muscle && (d.side === 'left' || d.side === 'right') ? { id: d.muscle, side: d.side } : null
}

/** Makes a material see-through (or solid again); switching transparency changes the shader, hence needsUpdate. */
function setSeeThrough(mat: THREE.MeshLambertMaterial, opacity: number | null): void {
  const transparent = opacity !== null
  if (mat.transparent !== transparent) {
    mat.transparent = transparent
    mat.needsUpdate = true
  }
  mat.opacity = opacity ?? 1
  mat.depthWrite = !transparent
}

const noRaycast = () => {}

/**
 * Applies the store's selection and view choices to the meshes' materials and visibility. While a muscle is chosen,
 * whatever covers it from its best side (muscles, the core, the bare skin, the skin) is ghosted and cannot be
 * picked, so the muscle and its trigger points show; all comes back when the choice ends.
 */
export function applyState(
  parts: BodyParts,
  s: Pick<State, 'selected' | 'hovered' | 'skin' | 'peelSuperficial' | 'condition' | 'skeleton'>,
): void {
  const sel = s.selected ? meshKey(s.selected) : null
  const involved = new Set(s.condition ? (conditionById(s.condition)?.muscles ?? []) : [])
  const hov = s.hovered ? meshKey(s.hovered) : null
  const ghosts = coveringMeshes(parts, sel)
  for (const [name, mesh] of parts.muscles) {
    const mat = mesh.material as THREE.MeshLambertMaterial
    const data = mesh.userData as MuscleUserData
    const ghost = ghosts.has(mesh)
    mesh.visible = !(s.peelSuperficial && data.layer === 'superficial') || name === sel
    mesh.raycast = ghost ? noRaycast : THREE.Mesh.prototype.raycast
    const base = (mesh.userData.baseColor as THREE.Color | undefined) ?? COLORS.muscle
    if (name === sel) mat.color.copy(COLORS.selected)
    else if (name === hov && !ghost) mat.color.copy(COLORS.hovered)
    else if (data.muscle && involved.has(data.muscle)) mat.color.copy(COLORS.involved)
    else if (sel || involved.size) mat.color.copy(COLORS.dimmed)
    else mat.color.copy(base)
    mat.emissive.setRGB(name === sel ? 0.25 : 0, name === sel ? 0.04 : 0, 0)
    setTendonMix(mat, name === sel ? TENDON_MIX.selected : TENDON_MIX.plain)
    // Over the skeleton the muscles are see-through.
    if (s.skeleton) setSeeThrough(mat, name === sel ? SEE_THROUGH.selected : SEE_THROUGH.muscle)
    else setSeeThrough(mat, ghost ? GHOST_OPACITY : null)
  }
  // The dark core under the muscles, and the eyes, would hide the bones; under the opaque skin the core is never
  // seen, except where it would show through at a narrow wrist or ankle.
  if (parts.core) {
    parts.core.visible = !s.skeleton && s.skin !== 'opaque'
    setSeeThrough(parts.core.material as THREE.MeshLambertMaterial, ghosts.has(parts.core) ? GHOST_OPACITY : null)
  }
  const eyes = parts.root.getObjectByName('eyes')
  if (eyes) eyes.visible = !s.skeleton
  if (parts.skin) {
    const mat = parts.skin.material as THREE.MeshLambertMaterial
    // A chosen muscle shows through the skin; the skin stays pickable as the person chose (pain marks are drawn on it).
    const seeThrough = s.skin === 'translucent' || (s.skin === 'opaque' && sel !== null)
    parts.skin.visible = s.skin !== 'hidden'
    mat.opacity = seeThrough ? 0.28 : 1
    mat.depthWrite = !seeThrough
    parts.skin.raycast = s.skin === 'opaque' ? THREE.Mesh.prototype.raycast : noRaycast
    parts.skin.renderOrder = seeThrough ? 2 : 0
  }
  if (parts.bare) {
    // So would the bare skin of the face, hands and feet. Peeling the surface muscles peels the face's skin too, so
    // the deep muscles of the jaw (the pterygoids) show.
    parts.bare.visible = s.skin !== 'opaque' && !s.skeleton && !s.peelSuperficial
    setSeeThrough(parts.bare.material as THREE.MeshLambertMaterial, ghosts.has(parts.bare) ? GHOST_OPACITY : null)
  }
}

export interface BodyModelProps {
  readonly onParts?: (parts: BodyParts) => void
}

export function BodyModel({ onParts }: BodyModelProps) {
  const body = useStore((s) => s.body)
  const gltf = useGLTF(MODEL_URLS[body], false, true)
  const parts = useMemo(() => prepare(gltf.scene), [gltf.scene])
  const invalidate = useThree((s) => s.invalidate)
  const readyRef = useRef<'waiting' | 'armed' | 'done'>('waiting')

  useEffect(() => {
    loadedParts.current = parts
    readyRef.current = readyRef.current === 'done' ? 'done' : 'armed'
    onParts?.(parts)
    applyState(parts, useStore.getState())
    invalidate()
    return useStore.subscribe((s, prev) => {
      const keys = ['selected', 'hovered', 'skin', 'peelSuperficial', 'condition', 'skeleton'] as const
      if (keys.some((k) => s[k] !== prev[k])) {
        applyState(parts, s)
        invalidate()
      }
    })
  }, [parts, invalidate, onParts])

  useEffect(() => buildBoundsTrees(parts), [parts])

  useFrame(() => {
    if (readyRef.current !== 'armed') return
    readyRef.current = 'done'
    // The frame in which this runs is being drawn now; mark ready once it has reached the screen.
    requestAnimationFrame(markReady)
  })

  const pain = usePainInput()
  const onSkin = (e: ThreeEvent<MouseEvent | PointerEvent>) => useStore.getState().mode === 'pain' && e.object === parts.skin
  const onMove = (e: ThreeEvent<PointerEvent>) => {
    if (onSkin(e)) return pain.onPointerMove(e)
    // A hovered muscle's name would give a study question away.
    if (useStore.getState().mode === 'study') return
    e.stopPropagation()
    const ref = refOf(e.object)
    const cur = useStore.getState().hovered
    if (ref?.id !== cur?.id || ref?.side !== cur?.side) useStore.getState().hoverMuscle(ref)
  }
  const onOut = () => useStore.getState().hovered && useStore.getState().hoverMuscle(null)
  const onClick = (e: ThreeEvent<MouseEvent>) => {
    if (onSkin(e)) return pain.onClick(e)
    // A drag that orbits the camera is not a pick.
    if (e.delta > 6) return
    e.stopPropagation()
    if (useStore.getState().mode === 'study') return studyTap(e.point)
    const ref = refOf(e.object)
    if (ref) useStore.getState().selectMuscle(ref)
  }
  const onDown = (e: ThreeEvent<PointerEvent>) => onSkin(e) && pain.onPointerDown(e)
  return (
    <primitive
      object={parts.root}
      onPointerMove={onMove}
      onPointerOut={onOut}
      onClick={onClick}
      onPointerDown={onDown}
      onPointerUp={pain.onPointerUp}
    />
  )
}
