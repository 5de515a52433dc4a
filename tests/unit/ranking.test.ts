import { describe, expect, it } from 'vitest'
import type { Dataset } from '../../data/dataset'
import type { BodyArea, MuscleFacts, Prevalence, ReferralZone, TriggerPoint } from '../../data/schema'
import { groupByMuscle, markWeight, rankTriggerPoints, type PainMark } from '../../src/domain/ranking'
import { TINY } from '../fixtures/tiny-dataset'

// ── fixtures: the tiny dataset extended with a few areas, muscles and trigger points built per test ─────────────

const area = (id: string, name: string, sided = true): BodyArea => ({
  id,
  name,
  synonyms: [],
  sided,
  region: 'head',
  blobs: [{ at: { landmark: 'temple' }, radius: 0.03 }],
})

const AREAS: BodyArea[] = [
  ...TINY.bodyAreas,
  area('jaw', 'Jaw'),
  area('outer-thigh', 'Outer thigh'),
  area('sternum', 'Breastbone', false),
]

const muscle = (id: string, name: string): MuscleFacts => ({ ...TINY.muscles[0]!, id, name })

const zone = (areas: string[], laterality?: ReferralZone['laterality']): ReferralZone => ({
  blobs: [{ at: { landmark: 'temple' }, radius: 0.03 }],
  areas,
  ...(laterality ? { laterality } : {}),
})

function tp(
  id: string,
  essential: ReferralZone[],
  spillover: ReferralZone[] = [],
  prevalence: Prevalence = 'common',
): TriggerPoint {
  return {
    ...TINY.triggerPoints[0]!,
    id,
    muscle: id.replace(/-\d+$/, ''),
    referral: { essential, spillover },
    prevalence,
  }
}

/** A dataset with these trigger points; their muscles are named after the id ("gluteus-minimus" → "Gluteus minimus"). */
function data(...tps: TriggerPoint[]): Dataset {
  const muscles = [...new Set(tps.map((t) => t.muscle))].map((id) => {
    const name = id.replace(/-/g, ' ')
    return muscle(id, name.charAt(0).toUpperCase() + name.slice(1))
  })
  return { ...TINY, bodyAreas: AREAS, muscles, triggerPoints: tps }
}

const ids = (marks: PainMark[], d: Dataset): string[] => rankTriggerPoints(marks, d).map((c) => c.triggerPoint)

// ── tests ────────────────────────────────────────────────────────────────────────────────────────────────────────

describe('rankTriggerPoints', () => {
  it('gives no candidates for no marks, or marks on unknown areas', () => {
    const d = data(tp('a-1', [zone(['temple'])]))
    expect(rankTriggerPoints([], d)).toEqual([])
    expect(rankTriggerPoints([{ area: 'elbow-pit' }], d)).toEqual([])
  })

  it('ranks the tiny fixture as is', () => {
    const [c, ...rest] = rankTriggerPoints([{ area: 'temple' }], TINY)
    expect(rest).toEqual([])
    expect(c).toMatchObject({ muscle: 'temporalis', muscleName: 'Temporalis', triggerPoint: 'temporalis-1', match: 'essential', score: 1, explains: ['temple'] })
    expect(c!.side).toBeUndefined()
  })

  it('breaks ties by trigger point id, whatever the order of the data', () => {
    const tps = [tp('c-1', [zone(['temple'])]), tp('a-2', [zone(['temple'])]), tp('b-1', [zone(['temple'])]), tp('a-1', [zone(['temple'])])]
    const expected = ['a-1', 'a-2', 'b-1', 'c-1']
    expect(ids([{ area: 'temple' }], data(...tps))).toEqual(expected)
    expect(ids([{ area: 'temple' }], data(...[...tps].reverse()))).toEqual(expected)
    const scores = rankTriggerPoints([{ area: 'temple' }], data(...tps)).map((c) => c.score)
    expect(new Set(scores).size).toBe(1)
  })

  it('puts a main (essential) zone above a spillover zone', () => {
    const d = data(tp('a-1', [zone(['jaw'])], [zone(['temple'])]), tp('b-1', [zone(['temple'])]))
    const ranked = rankTriggerPoints([{ area: 'temple' }], d)
    expect(ranked.map((c) => [c.triggerPoint, c.match])).toEqual([
      ['b-1', 'essential'],
      ['a-1', 'spillover'],
    ])
    expect(ranked[0]!.score).toBeGreaterThan(ranked[1]!.score)
  })

  it('puts an essential zone of a wide pattern above a spillover zone', () => {
    const wide = tp('b-1', [zone(['temple', 'jaw', 'outer-thigh', 'heel', 'sternum'])])
    const d = data(tp('a-1', [zone(['jaw'])], [zone(['temple'])]), wide)
    expect(ids([{ area: 'temple' }], d)).toEqual(['b-1', 'a-1'])
  })

  it('puts common above occasional above rare', () => {
    const d = data(
      tp('a-1', [zone(['temple'])], [], 'rare'),
      tp('b-1', [zone(['temple'])], [], 'occasional'),
      tp('c-1', [zone(['temple'])], [], 'common'),
    )
    expect(ids([{ area: 'temple' }], d)).toEqual(['c-1', 'b-1', 'a-1'])
  })

  it('puts a trigger point explaining more of the marks above one explaining fewer', () => {
    const d = data(tp('a-1', [zone(['temple'])]), tp('b-1', [zone(['temple']), zone(['heel'])]), tp('c-1', [zone(['heel'])]))
    const ranked = rankTriggerPoints([{ area: 'temple' }, { area: 'heel' }], d)
    expect(ranked[0]).toMatchObject({ triggerPoint: 'b-1', explains: ['temple', 'heel'] })
    expect(ranked.slice(1).map((c) => c.explains)).toEqual([['temple'], ['heel']])
    expect(ranked[0]!.score).toBeGreaterThan(ranked[1]!.score)
  })

  it('weights marks by intensity (default 5)', () => {
    const d = data(tp('a-1', [zone(['temple'])]), tp('b-1', [zone(['heel'])]))
    expect(ids([{ area: 'temple', intensity: 2 }, { area: 'heel', intensity: 9 }], d)).toEqual(['b-1', 'a-1'])
    expect(ids([{ area: 'temple', intensity: 9 }, { area: 'heel', intensity: 2 }], d)).toEqual(['a-1', 'b-1'])
    expect(ids([{ area: 'temple', intensity: 6 }, { area: 'heel' }], d)).toEqual(['a-1', 'b-1'])
    expect(ids([{ area: 'temple', intensity: 4 }, { area: 'heel' }], d)).toEqual(['b-1', 'a-1'])
    expect(markWeight(undefined)).toBe(markWeight(5))
    expect(markWeight(0)).toBeGreaterThan(0)
    expect(markWeight(42)).toBe(markWeight(10))
  })

  describe('sides', () => {
    const ipsi = tp('ipsi-1', [zone(['temple'])])
    const contra = tp('contra-1', [zone(['temple'], 'contralateral')])
    const both = tp('both-1', [zone(['temple'], 'bilateral')])
    const sides = (marks: PainMark[], t: TriggerPoint): (string | undefined)[] =>
      rankTriggerPoints(marks, data(t)).map((c) => c.side)

    it('matches a left mark to a left trigger point with a same-side zone only', () => {
      expect(sides([{ area: 'temple', side: 'left' }], ipsi)).toEqual(['left'])
      expect(sides([{ area: 'temple', side: 'right' }], ipsi)).toEqual(['right'])
    })

    it('does not match a left mark to a zone that only reaches the right', () => {
      // A contralateral zone of a left trigger point lies on the right: a left mark needs the right trigger point.
      expect(sides([{ area: 'temple', side: 'left' }], contra)).toEqual(['right'])
    })

    it('matches a bilateral zone from either side', () => {
      expect(sides([{ area: 'temple', side: 'left' }], both)).toEqual([undefined])
    })

    it('matches a mark without a side to either side, giving one side-less candidate', () => {
      for (const t of [ipsi, contra, both]) expect(sides([{ area: 'temple' }], t)).toEqual([undefined])
    })

    it('prefers the side that explains both of a left and a side-less mark', () => {
      const t = tp('t-1', [zone(['temple']), zone(['heel'])])
      const ranked = rankTriggerPoints([{ area: 'temple', side: 'left' }, { area: 'heel' }], data(t))
      expect(ranked.map((c) => [c.side, c.explains])).toEqual([
        ['left', ['temple', 'heel']],
        ['right', ['heel']],
      ])
    })

    it('ignores the side of a mark on a midline area', () => {
      const t = tp('t-1', [zone(['sternum'])])
      expect(sides([{ area: 'sternum', side: 'left' }], t)).toEqual([undefined])
    })

    it('does not let a left trigger point explain left and right marks of a one-sided zone at once', () => {
      const ranked = rankTriggerPoints([{ area: 'temple', side: 'left' }, { area: 'temple', side: 'right' }], data(ipsi))
      expect(ranked.map((c) => [c.side, c.score])).toEqual([
        ['left', 0.5],
        ['right', 0.5],
      ])
      const bi = rankTriggerPoints([{ area: 'temple', side: 'left' }, { area: 'temple', side: 'right' }], data(both))
      expect(bi.map((c) => [c.side, c.score])).toEqual([[undefined, 1]])
    })
  })

  it('merges repeated marks, keeping the strongest', () => {
    const d = data(tp('a-1', [zone(['temple'])]), tp('b-1', [zone(['heel'])]))
    const once = rankTriggerPoints([{ area: 'temple', intensity: 8 }, { area: 'heel' }], d)
    const twice = rankTriggerPoints([{ area: 'temple', intensity: 3 }, { area: 'temple', intensity: 8 }, { area: 'heel' }], d)
    expect(twice).toEqual(once)
  })

  it('explains itself in one plain sentence', () => {
    const d = data(tp('gluteus-minimus-1', [zone(['outer-thigh'])], [zone(['heel'])]), tp('trapezius-upper-1', [zone(['temple'])]))
    const named = { ...d, muscles: d.muscles.map((m) => (m.id === 'trapezius-upper' ? { ...m, name: 'Trapezius, upper fibres' } : m)) }
    const reason = (marks: PainMark[]): string[] => rankTriggerPoints(marks, named).map((c) => c.reason)
    expect(reason([{ area: 'outer-thigh' }])).toEqual([
      'Gluteus minimus can send pain to the outer thigh; your mark is in its main zone.',
    ])
    expect(reason([{ area: 'heel' }])).toEqual(['Gluteus minimus sometimes sends pain to the heel; your mark is in its occasional zone.'])
    expect(reason([{ area: 'outer-thigh' }, { area: 'heel' }])[0]).toBe(
      'Gluteus minimus can send pain to the outer thigh, its main zone, and sometimes to the heel, its occasional zone.',
    )
    expect(reason([{ area: 'temple' }])).toEqual([
      'The upper fibres of the trapezius can send pain to the temple; your mark is in its main zone.',
    ])
  })
})

describe('groupByMuscle', () => {
  it('gathers candidates by muscle, muscles in the order of their best candidate', () => {
    const d = data(
      tp('a-1', [zone(['temple'])], [], 'rare'),
      tp('a-2', [zone(['temple'])], [], 'common'),
      tp('b-1', [zone(['temple'])], [], 'occasional'),
    )
    const groups = groupByMuscle(rankTriggerPoints([{ area: 'temple' }], d))
    expect(groups.map((g) => [g.muscle, g.muscleName, g.score, g.candidates.map((c) => c.triggerPoint)])).toEqual([
      ['a', 'A', 1, ['a-2', 'a-1']],
      ['b', 'B', 0.6, ['b-1']],
    ])
    expect(groupByMuscle([])).toEqual([])
  })
})
