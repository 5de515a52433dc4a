/**
 * One store, small slices. It holds choices (selection, view, marks), never derived lists.
 * Components read with selectors; per-frame code reads `useStore.getState()`.
 */
import { create } from 'zustand'
import type { Side } from '../../data/schema'

export type SkinMode = 'opaque' | 'translucent' | 'hidden'
export type CameraPreset = 'front' | 'back' | 'left' | 'right'

export interface MuscleRef {
  readonly id: string
  readonly side: Side
}

export interface SelectionSlice {
  selected: MuscleRef | null
  hovered: MuscleRef | null
  selectMuscle: (ref: MuscleRef | null) => void
  hoverMuscle: (ref: MuscleRef | null) => void
}

export interface ViewSlice {
  skin: SkinMode
  peelSuperficial: boolean
  /** Bumped on every camera request so repeating the same preset still moves the camera. */
  cameraRequest: { preset: CameraPreset | 'focus'; seq: number }
  setSkin: (mode: SkinMode) => void
  setPeelSuperficial: (peel: boolean) => void
  requestCamera: (preset: CameraPreset | 'focus') => void
}

export interface MessageSlice {
  message: { text: string; tone: 'info' | 'error' } | null
  showMessage: (text: string, tone?: 'info' | 'error') => void
  dismissMessage: () => void
}

export type State = SelectionSlice & ViewSlice & MessageSlice

export const useStore = create<State>()((set) => ({
  selected: null,
  hovered: null,
  selectMuscle: (ref) => set({ selected: ref }),
  hoverMuscle: (ref) => set({ hovered: ref }),

  skin: 'hidden',
  peelSuperficial: false,
  cameraRequest: { preset: 'front', seq: 0 },
  setSkin: (skin) => set({ skin }),
  setPeelSuperficial: (peelSuperficial) => set({ peelSuperficial }),
  requestCamera: (preset) => set((s) => ({ cameraRequest: { preset, seq: s.cameraRequest.seq + 1 } })),

  message: null,
  showMessage: (text, tone = 'info') => set({ message: { text, tone } }),
  dismissMessage: () => set({ message: null }),
}))
