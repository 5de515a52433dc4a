import { beforeEach, describe, expect, it } from 'vitest'
import { useStore } from '../../src/store'

const initial = useStore.getState()
beforeEach(() => useStore.setState(initial, true))

describe('the selection slice', () => {
  it('keeps a trigger point only while its muscle stays selected', () => {
    const s = useStore.getState()
    s.selectTriggerPoint({ id: 'infraspinatus-1', side: 'left' }, 'infraspinatus')
    expect(useStore.getState().selected).toEqual({ id: 'infraspinatus', side: 'left' })
    useStore.getState().selectMuscle({ id: 'infraspinatus', side: 'left' })
    expect(useStore.getState().triggerPoint?.id).toBe('infraspinatus-1')
    useStore.getState().selectMuscle({ id: 'teres-minor', side: 'left' })
    expect(useStore.getState().triggerPoint).toBeNull()
  })

  it('drops the trigger point when the other side is chosen', () => {
    useStore.getState().selectTriggerPoint({ id: 'infraspinatus-1', side: 'left' }, 'infraspinatus')
    useStore.getState().selectMuscle({ id: 'infraspinatus', side: 'right' })
    expect(useStore.getState().triggerPoint).toBeNull()
  })
})

describe('the view slice', () => {
  it('shows the skin in pain mode and hides it when exploring', () => {
    useStore.getState().setMode('pain')
    expect(useStore.getState().skin).toBe('opaque')
    useStore.getState().setMode('explore')
    expect(useStore.getState().skin).toBe('hidden')
  })

  it('numbers camera requests so the same preset twice still moves the camera', () => {
    const a = useStore.getState().cameraRequest.seq
    useStore.getState().requestCamera('back')
    useStore.getState().requestCamera('back')
    expect(useStore.getState().cameraRequest).toEqual({ preset: 'back', seq: a + 2 })
  })
})

describe('the pain slice', () => {
  it('adds marks with a default intensity, clamps intensity, and removes by key', () => {
    const s = useStore.getState()
    s.addPainMark({ area: 'temple', side: 'left' })
    s.addPainMark({ area: 'heel', side: 'right', intensity: 8 })
    const [a, b] = useStore.getState().painMarks
    expect(a).toMatchObject({ area: 'temple', side: 'left', intensity: 5 })
    expect(b).toMatchObject({ area: 'heel', intensity: 8 })
    useStore.getState().setPainIntensity(a!.key, 14)
    expect(useStore.getState().painMarks[0]!.intensity).toBe(10)
    useStore.getState().removePainMark(b!.key)
    expect(useStore.getState().painMarks.map((m) => m.area)).toEqual(['temple'])
  })
})
