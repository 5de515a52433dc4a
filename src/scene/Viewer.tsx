/** The 3D view: canvas, lights, controls and the body. Loaded lazily so panels appear before three.js arrives. */
import { OrbitControls } from '@react-three/drei'
import { Canvas } from '@react-three/fiber'
import { Suspense, useState } from 'react'
import { useStore } from '../store'
import { probeWebGL } from '../ui/webgl'
import { BodyModel, type BodyParts } from './BodyModel'
import { CameraLight } from './CameraLight'
import { BODY_TARGET, CameraRig } from './CameraRig'
import { LandmarkMarker } from './LandmarkMarker'
import { PainMarks } from './PainMarks'
import { ReferralOverlay } from './ReferralOverlay'
import { StudyTapMark } from './StudyTapMark'
import { Skeleton, SKELETON_FEMALE_URL, SKELETON_URL } from './Skeleton'
import { SlowTurn } from './SlowTurn'
import { PrintPictures } from './PrintPictures'
import { TestHandle } from './TestHandle'
import { TriggerPointMarkers } from './TriggerPointMarkers'

performance.mark('tpe:viewer-chunk')

export default function Viewer() {
  const [parts, setParts] = useState<BodyParts | null>(null)
  const painting = useStore((s) => s.mode === 'pain' && s.brush)
  const body = useStore((s) => s.body)
  const software = probeWebGL().software
  return (
    <Canvas
      frameloop="demand"
      dpr={software ? 1 : [1, 2]}
      camera={{ position: [0, 1.05, 3.17], fov: 35, near: 0.05, far: 20 }}
      gl={{ antialias: !software, preserveDrawingBuffer: true }}
      onPointerMissed={(e) => {
        if (e.type === 'click' && useStore.getState().mode !== 'study') useStore.getState().selectMuscle(null)
      }}
    >
      <color attach="background" args={['#f3f0ec']} />
      <hemisphereLight args={['#f4f1ee', '#4a3a36', 1.2]} />
      <CameraLight intensity={1.7} />
      <directionalLight position={[0, 4, 0]} intensity={0.3} />
      <OrbitControls makeDefault enabled={!painting} target={BODY_TARGET} minDistance={0.15} maxDistance={6} enableDamping={false} />
      <Suspense fallback={null}>
        <BodyModel onParts={setParts} />
      </Suspense>
      <Skeleton url={body === 'female' ? SKELETON_FEMALE_URL : SKELETON_URL} />
      <ReferralOverlay parts={parts} />
      <TriggerPointMarkers parts={parts} />
      <PainMarks frame={parts?.frame} />
      <LandmarkMarker frame={parts?.frame} />
      <StudyTapMark frame={parts?.frame} />
      <CameraRig parts={parts} />
      <SlowTurn />
      <PrintPictures />
      <TestHandle />
    </Canvas>
  )
}
