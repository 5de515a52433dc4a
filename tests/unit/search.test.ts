import { describe, expect, it } from 'vitest'
import { searchMuscles } from '../../src/domain/search'

describe('muscle search', () => {
  it.each([
    ['traps', 'trapezius-upper'],
    ['SCM', 'sternocleidomastoid-sternal'],
    ['lats', 'latissimus-dorsi'],
    ['infraspinatis', 'infraspinatus'],
    ['peroneus longus', 'fibularis-longus'],
    ['QL', 'quadratus-lumborum'],
  ])('finds “%s”', (query, id) => {
    const hits = searchMuscles(query).slice(0, 3).map((h) => h.muscle.id)
    expect(hits).toContain(id)
  })

  it('gives nothing for an empty query', () => {
    expect(searchMuscles('   ')).toEqual([])
  })
})
