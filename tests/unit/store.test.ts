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

describe('a shown bony landmark', () => {
  const choose = (id: string, side: 'left' | 'right' = 'left') =>
    useStore.getState().selectTriggerPoint({ id, side }, id.replace(/-\d+$/, ''))

  it('is shown on the side asked, and hidden again with null', () => {
    choose('gluteus-medius-2')
    useStore.getState().showLandmark({ id: 'greater-trochanter', side: 'left' })
    expect(useStore.getState().shownLandmark).toEqual({ id: 'greater-trochanter', side: 'left' })
    useStore.getState().showLandmark(null)
    expect(useStore.getState().shownLandmark).toBeNull()
  })

  it('stays while the same trigger point is chosen again or its muscle re-selected', () => {
    choose('gluteus-medius-2')
    useStore.getState().showLandmark({ id: 'iliac-crest', side: 'left' })
    choose('gluteus-medius-2')
    useStore.getState().selectMuscle({ id: 'gluteus-medius', side: 'left' })
    expect(useStore.getState().shownLandmark?.id).toBe('iliac-crest')
  })

  it('is cleared when another trigger point, the other side, another muscle or nothing is chosen', () => {
    const cases: (() => void)[] = [
      () => choose('gluteus-medius-1'),
      () => choose('gluteus-medius-2', 'right'),
      () => useStore.getState().selectMuscle({ id: 'piriformis', side: 'left' }),
      () => useStore.getState().selectTriggerPoint(null),
      () => useStore.getState().selectMuscle(null),
    ]
    for (const change of cases) {
      choose('gluteus-medius-2')
      useStore.getState().showLandmark({ id: 'iliac-crest', side: 'left' })
      change()
      expect(useStore.getState().shownLandmark, change.toString()).toBeNull()
    }
  })
})

describe('the view slice', () => {
  it('shows the skin in pain mode and hides it when exploring', () => {
    useStore.getState().setMode('pain')
    expect(useStore.getState().skin).toBe('opaque')
    useStore.getState().setMode('explore')
    expect(useStore.getState().skin).toBe('hidden')
  })

  it('keeps the skeleton off until it is switched on, and off again', () => {
    expect(useStore.getState().skeleton).toBe(false)
    useStore.getState().setSkeleton(true)
    expect(useStore.getState().skeleton).toBe(true)
    useStore.getState().setSkeleton(false)
    expect(useStore.getState().skeleton).toBe(false)
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
