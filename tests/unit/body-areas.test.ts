import { describe, expect, it } from 'vitest'
import { DATASET } from '../../data/dataset'
import type { Vec3 } from '../../data/schema'
import { areasAtPoint, bodyArea, resolveArea, suggestAreas } from '../../src/domain/body-areas'
import { TINY } from '../fixtures/tiny-dataset'

describe('resolveArea', () => {
  const cases: [string, string, ('left' | 'right')?][] = [
    ['temple', 'temple'],
    ['Temple', 'temple'],
    ['temples', 'temple'],
    ['left temple', 'temple', 'left'],
    ['Left Temple', 'temple', 'left'],
    ['right heel', 'heel', 'right'],
    ['pain in my right heel', 'heel', 'right'],
    ['heel, left side', 'heel', 'left'],
    ['outer elbow', 'outer-elbow'],
    ['tennis elbow', 'outer-elbow'],
    ['right tennis elbow', 'outer-elbow', 'right'],
    ['outer thigh', 'outer-thigh'],
    ['IT band', 'outer-thigh'],
    ['front of shoulder', 'front-of-shoulder'],
    ['behind the eye', 'eye'],
    ['back of the head', 'back-of-head'],
    ['TMJ', 'jaw-joint'],
    ['hamstrings', 'back-of-thigh'],
    ['small of the back', 'low-back'],
    ['left side of the neck', 'side-of-neck', 'left'],
    ['right-hand side of the jaw', 'jaw', 'right'],
    ['back of the left hand', 'back-of-hand', 'left'],
    ['tempel', 'temple'],
    ['sholder blade', 'shoulder-blade'],
    // Places people name, at the resolution of a pain drawing: the foot, the elbow, the shoulder blade, the hand.
    ['heel', 'heel'],
    ['arch of the foot', 'arch'],
    ['inner ankle', 'inner-ankle'],
    ['front of the elbow', 'front-of-elbow'],
    ['crook of the right elbow', 'front-of-elbow', 'right'],
    ['inner border of the shoulder blade', 'inner-border-of-shoulder-blade'],
    ['medial border of the scapula', 'inner-border-of-shoulder-blade'],
    ['outer edge of the left shoulder blade', 'outer-border-of-shoulder-blade', 'left'],
    ['little-finger side of the hand', 'little-finger-side-of-hand'],
    ['pinky side of my right hand', 'little-finger-side-of-hand', 'right'],
    ['web of the thumb', 'thumb-side-of-hand'],
    ['ball of the foot', 'ball-of-foot'],
    ['outer edge of the foot', 'outer-edge-of-foot'],
    ['sinus', 'sinus'],
    ['upper teeth', 'upper-teeth'],
    ['upper incisors', 'upper-front-teeth'],
    ['left lower front teeth', 'lower-front-teeth', 'left'],
    ['testicle', 'genitals'],
    ['perineum', 'perineum'],
    ['coccyx', 'tailbone'],
    ['kidney area', 'flank'],
    // Bony places that patterns follow and people point at.
    ['iliac crest', 'iliac-crest'],
    ['top of the hip bone', 'iliac-crest'],
    ['right greater trochanter', 'greater-trochanter', 'right'],
    ['mastoid', 'behind-ear'],
    ['sacrum', 'sacrum'],
    ['spine of the scapula', 'spine-of-scapula'],
    ['lateral epicondyle', 'outer-elbow'],
    ['medial epicondyle', 'inner-elbow'],
  ]
  for (const [text, area, side] of cases) {
    it(`reads "${text}" as ${side ? `${side} ` : ''}${area}`, () => {
      expect(resolveArea(text, DATASET)).toEqual(side ? { area, side } : { area })
    })
  }

  it('drops the side of a midline area, and keeps none for "both"', () => {
    expect(resolveArea('left sternum', DATASET)).toEqual({ area: 'sternum' })
    expect(resolveArea('both temples', DATASET)).toEqual({ area: 'temple' })
    expect(resolveArea('left and right temple', DATASET)).toEqual({ area: 'temple' })
  })

  it('gives null for words that name no area', () => {
    for (const text of ['', '   ', 'left', 'xyzzy', 'elbw pit', 'quantum flux']) expect(resolveArea(text, DATASET)).toBeNull()
  })

  it('works on an injected dataset', () => {
    expect(resolveArea('side of the head', TINY)).toEqual({ area: 'temple' })
    expect(resolveArea('left heel', TINY)).toEqual({ area: 'heel', side: 'left' })
    expect(resolveArea('outer elbow', TINY)).toBeNull()
  })
})

describe('suggestAreas', () => {
  it('offers the closest names for a misspelt place', () => {
    const s = suggestAreas('elbw pit', DATASET, 5)
    expect(s.length).toBeGreaterThan(0)
    expect(s.length).toBeLessThanOrEqual(5)
    expect(s.some((x) => /elbow/.test(x.area))).toBe(true)
    expect(s.every((x) => x.name === bodyArea(x.area, DATASET)?.name)).toBe(true)
  })

  it('puts the best match first and respects the limit', () => {
    expect(suggestAreas('calfs', DATASET, 3).map((s) => s.area)[0]).toBe('calf')
    expect(suggestAreas('shoulder', DATASET, 2)).toHaveLength(2)
    expect(suggestAreas('left knee cap', DATASET, 1)).toEqual([{ area: 'kneecap', side: 'left', name: 'Kneecap', score: 0 }])
  })

  it('offers the new places for a misspelt or unknown name', () => {
    expect(suggestAreas('iliac crst', DATASET).map((x) => x.area)).toContain('iliac-crest')
    expect(suggestAreas('elbw crease', DATASET).map((x) => x.area)).toContain('front-of-elbow')
    expect(suggestAreas('border of the shoulder blade', DATASET).map((x) => x.area)).toEqual(
      expect.arrayContaining(['inner-border-of-shoulder-blade', 'outer-border-of-shoulder-blade']),
    )
  })

  it('offers nothing for nothing', () => {
    expect(suggestAreas('', DATASET)).toEqual([])
    expect(suggestAreas('xyzzy', DATASET)).toEqual([])
  })
})

describe('areasAtPoint', () => {
  const at = (id: string): Vec3 => DATASET.landmarks.find((l) => l.id === id)!.at
  const mirror = (p: Vec3): Vec3 => [-p[0], p[1], p[2]]

  it('finds the area over a landmark, on the side of the tap', () => {
    for (const [landmark, area, normal] of [
      ['temple', 'temple', [1, 0, 0]],
      ['heel', 'heel', [0, 0, -1]],
      ['humerus-lateral-epicondyle', 'outer-elbow', [1, 0, 0]],
      ['lateral-malleolus', 'outer-ankle', [1, 0, 0]],
    ] as const) {
      const p = at(landmark)
      expect(p[0]).toBeGreaterThan(0)
      expect(areasAtPoint(p, normal, DATASET)[0]).toEqual({ area, side: 'left', weight: 1 })
      expect(areasAtPoint(mirror(p), mirror(normal), DATASET)[0]).toEqual({ area, side: 'right', weight: 1 })
    }
  })

  it('finds the bony places over their landmarks, on the side of the tap', () => {
    const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]]
    for (const [landmark, offset, area, normal] of [
      ['iliac-crest', [0.012, 0.012, 0.01], 'iliac-crest', [0, 1, 0]],
      ['greater-trochanter', [0.022, 0, 0], 'greater-trochanter', [1, 0, 0]],
      ['navicular-tuberosity', [-0.005, -0.04, 0.01], 'arch', [0, -1, 0]],
    ] as const) {
      const p = add(at(landmark), offset)
      expect(areasAtPoint(p, normal, DATASET).map((h) => `${h.side} ${h.area}`)).toContain(`left ${area}`)
      expect(areasAtPoint(mirror(p), mirror(normal), DATASET).map((h) => `${h.side} ${h.area}`)).toContain(`right ${area}`)
    }
  })

  it('gives midline areas no side', () => {
    const hits = areasAtPoint(at('s2'), [0, 0, -1], DATASET)
    expect(hits[0]).toEqual({ area: 'sacrum', weight: 1 })
  })

  it('lists the areas strongest first, and nothing far from the body', () => {
    const hits = areasAtPoint(at('jugular-notch'), [0, 0, 1], DATASET)
    expect(hits.map((h) => h.area)).toContain('sternum')
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.weight).toBeGreaterThanOrEqual(hits[i]!.weight)
    expect(areasAtPoint([0, 3, 0], [0, 1, 0], DATASET)).toEqual([])
  })

  it('respects the facing of a blob', () => {
    // The back-of-neck area faces backwards: a point on it with a forward normal is not in it.
    const area = DATASET.bodyAreas.find((a) => a.id === 'back-of-neck')!
    const inion = at('inion')
    const offset = area.blobs[0]!.at.offset!
    const p: Vec3 = [inion[0] + offset[0], inion[1] + offset[1], inion[2] + offset[2]]
    expect(areasAtPoint(p, [0, 0, -1], DATASET).map((h) => h.area)).toContain('back-of-neck')
    expect(areasAtPoint(p, [0, 0, 1], DATASET).map((h) => h.area)).not.toContain('back-of-neck')
  })

  it('works on an injected dataset', () => {
    expect(areasAtPoint([0.07, 1.66, 0.1], [1, 0, 0], TINY)).toEqual([{ area: 'temple', side: 'left', weight: 1 }])
    expect(areasAtPoint([-0.08, 0.04, 0], [-1, 0, 0], TINY)).toEqual([{ area: 'heel', side: 'right', weight: 1 }])
  })
})
