// @vitest-environment jsdom
import { cleanup, fireEvent, render, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { DATASET } from '../../data/dataset'
import type { TriggerPoint } from '../../data/schema'
import { useStore } from '../../src/store'
import { CATEGORY_LABELS, ConditionIndex } from '../../src/ui/ConditionIndex'
import { RedFlags } from '../../src/ui/RedFlags'

afterEach(cleanup)

describe('the conditions index', () => {
  it('shows all six categories, each with its conditions and their number', () => {
    const { getByRole } = render(<ConditionIndex />)
    for (const [category, label] of Object.entries(CATEGORY_LABELS)) {
      const section = getByRole('region', { name: label })
      const names = within(section).getAllByRole('button').map((b) => b.textContent)
      const expected = DATASET.conditions.filter((c) => c.category === category).map((c) => c.name)
      expect(expected.length, category).toBeGreaterThan(0)
      expect(names).toEqual(expected)
      expect(within(section).getByRole('heading').textContent).toBe(`${label} (${expected.length})`)
    }
  })

  it('selects a condition when it is chosen', () => {
    const { getByRole } = render(<ConditionIndex />)
    fireEvent.click(within(getByRole('region', { name: CATEGORY_LABELS.ischemia })).getByRole('button', { name: /claudication/ }))
    expect(useStore.getState().condition).toBe('intermittent-claudication')
  })
})

describe('the red flags of a trigger point', () => {
  it('lists them under each condition, folded when asked', () => {
    const tp = DATASET.triggerPoints.find((t) => t.id === 'rhomboid-major-1')!
    const { getByTestId, getByRole } = render(<RedFlags tp={tp} folded />)
    expect(getByTestId('red-flags').hasAttribute('open')).toBe(false)
    expect(within(getByRole('region', { name: 'Red flags: Pain between the shoulder blades' })).getByText(/tearing or ripping/)).toBeTruthy()
  })

  it('shows nothing for a trigger point without conditions', () => {
    const tp: TriggerPoint = { ...DATASET.triggerPoints[0]!, conditions: [] }
    const { container } = render(<RedFlags tp={tp} />)
    expect(container.innerHTML).toBe('')
  })
})
