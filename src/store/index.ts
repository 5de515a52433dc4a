/**
 * One store, small slices. It holds choices (selection, view, marks), never derived lists.
 * Components read with selectors; per-frame code reads `useStore.getState()`.
 */
import { create } from 'zustand'
import type { Side } from '../../data/schema'
import type { LinkCamera } from '../domain/deep-link'

export type SkinMode = 'opaque' | 'translucent' | 'hidden'
export type CameraPreset = 'front' | 'back' | 'left' | 'right'
export type Mode = 'explore' | 'pain' | 'study'

export interface MuscleRef {
  readonly id: string
  readonly side: Side
}

export interface TriggerPointRef {
  readonly id: string
  readonly side: Side
}

/** A bony landmark shown on the body (measured or derived id), on one side. */
export interface LandmarkRef {
  readonly id: string
  readonly side: Side
}

export interface SelectionSlice {
  selected: MuscleRef | null
  hovered: MuscleRef | null
  /** The trigger point whose referral is shown; its muscle is `selected`. */
  triggerPoint: TriggerPointRef | null
  hoveredTriggerPoint: TriggerPointRef | null
  /** A bony guide of the chosen trigger point, marked on the body; cleared whenever the trigger point changes. */
  shownLandmark: LandmarkRef | null
  condition: string | null
  selectMuscle: (ref: MuscleRef | null) => void
  hoverMuscle: (ref: MuscleRef | null) => void
  selectTriggerPoint: (ref: TriggerPointRef | null, muscle?: string) => void
  hoverTriggerPoint: (ref: TriggerPointRef | null) => void
  showLandmark: (ref: LandmarkRef | null) => void
  selectCondition: (id: string | null) => void
}

/** Which body is drawn: the male body (the canonical frame) or the female body. */
export type BodyKind = 'male' | 'female'

export interface ViewSlice {
  body: BodyKind
  mode: Mode
  skin: SkinMode
  peelSuperficial: boolean
  /** The skeleton layer: bones shown under see-through muscles. */
  skeleton: boolean
  /** Bumped on every camera request so repeating the same preset still moves the camera. 'pose' jumps to `pose`. */
  cameraRequest: { preset: CameraPreset | 'focus' | 'referral' | 'pose'; seq: number; pose?: CameraPose }
  /** Where the camera is, metres in the scene's frame; written a few times a second while it moves, for the link. */
  cameraPose: CameraPose | null
  setBody: (body: BodyKind) => void
  setMode: (mode: Mode) => void
  setSkin: (mode: SkinMode) => void
  setPeelSuperficial: (peel: boolean) => void
  setSkeleton: (on: boolean) => void
  requestCamera: (preset: CameraPreset | 'focus' | 'referral') => void
  /** Puts the camera exactly at a pose, at once (a link's view). */
  requestCameraPose: (pose: CameraPose) => void
  setCameraPose: (pose: CameraPose) => void
}

export type CameraPose = LinkCamera

/** Turning the screen to the client: the body alone, large type, big buttons. Works over any mode. */
export interface PresentSlice {
  presenting: boolean
  /** A slow turn of the body while presenting. */
  turning: boolean
  /** The client handout (print view) is open. */
  handout: boolean
  setPresenting: (on: boolean) => void
  setTurning: (on: boolean) => void
  setHandout: (open: boolean) => void
}

/** A place that hurts: a named body area on a side (none for midline areas), with an optional 0–10 intensity. */
export interface PainMark {
  readonly key: number
  readonly area: string
  readonly side?: Side
  readonly intensity: number
  /** Where it was tapped on the body, canonical metres; absent for marks typed by name. */
  readonly point?: readonly [number, number, number]
}

export interface PainSlice {
  painMarks: readonly PainMark[]
  /** When on, dragging over the body paints marks instead of turning the camera. */
  brush: boolean
  setBrush: (on: boolean) => void
  addPainMark: (mark: Omit<PainMark, 'key' | 'intensity'> & { intensity?: number }) => void
  removePainMark: (key: number) => void
  setPainIntensity: (key: number, intensity: number) => void
  clearPainMarks: () => void
}

export interface MessageSlice {
  message: { text: string; tone: 'info' | 'error' } | null
  showMessage: (text: string, tone?: 'info' | 'error') => void
  dismissMessage: () => void
}

export type State = SelectionSlice & ViewSlice & PainSlice & MessageSlice & PresentSlice

let markKey = 0

const sameTriggerPoint = (a: TriggerPointRef | null, b: TriggerPointRef | null) => a?.id === b?.id && a?.side === b?.side

export const useStore = create<State>()((set) => ({
  selected: null,
  hovered: null,
  triggerPoint: null,
  hoveredTriggerPoint: null,
  shownLandmark: null,
  condition: null,
  selectMuscle: (ref) =>
    set((s) => {
      // A trigger point stays shown only while its muscle stays selected.
      const triggerPoint = ref && s.triggerPoint && s.selected?.id === ref.id && s.triggerPoint.side === ref.side ? s.triggerPoint : null
      return { selected: ref, triggerPoint, shownLandmark: triggerPoint ? s.shownLandmark : null }
    }),
  hoverMuscle: (ref) => set({ hovered: ref }),
  selectTriggerPoint: (ref, muscle) =>
    set((s) => ({
      triggerPoint: ref,
      selected: ref && muscle ? { id: muscle, side: ref.side } : s.selected,
      shownLandmark: sameTriggerPoint(ref, s.triggerPoint) ? s.shownLandmark : null,
    })),
  hoverTriggerPoint: (ref) => set({ hoveredTriggerPoint: ref }),
  showLandmark: (ref) => set({ shownLandmark: ref }),
  selectCondition: (id) => set({ condition: id }),

  body: 'male',
  setBody: (body) => set({ body }),
  mode: 'explore',
  skin: 'hidden',
  peelSuperficial: false,
  skeleton: false,
  cameraRequest: { preset: 'front', seq: 0 },
  setMode: (mode) => set({ mode, skin: mode === 'pain' ? 'opaque' : 'hidden' }),
  setSkin: (skin) => set({ skin }),
  setPeelSuperficial: (peelSuperficial) => set({ peelSuperficial }),
  setSkeleton: (skeleton) => set({ skeleton }),
  requestCamera: (preset) => set((s) => ({ cameraRequest: { preset, seq: s.cameraRequest.seq + 1 } })),
  requestCameraPose: (pose) => set((s) => ({ cameraRequest: { preset: 'pose', pose, seq: s.cameraRequest.seq + 1 } })),
  cameraPose: null,
  setCameraPose: (cameraPose) => set({ cameraPose }),

  painMarks: [],
  brush: false,
  setBrush: (brush) => set({ brush }),
  addPainMark: (mark) => set((s) => ({ painMarks: [...s.painMarks, { intensity: 5, ...mark, key: ++markKey }] })),
  removePainMark: (key) => set((s) => ({ painMarks: s.painMarks.filter((m) => m.key !== key) })),
  setPainIntensity: (key, intensity) =>
    set((s) => ({ painMarks: s.painMarks.map((m) => (m.key === key ? { ...m, intensity: Math.max(0, Math.min(10, intensity)) } : m)) })),
  clearPainMarks: () => set({ painMarks: [] }),

  presenting: false,
  turning: false,
  handout: false,
  setPresenting: (presenting) => set((s) => ({ presenting, turning: presenting && s.turning })),
  setTurning: (turning) => set({ turning }),
  setHandout: (handout) => set({ handout }),

  message: null,
  showMessage: (text, tone = 'info') => set({ message: { text, tone } }),
  dismissMessage: () => set({ message: null }),
}))
