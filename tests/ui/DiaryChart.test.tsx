// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { DiaryEntry } from '../../src/domain/diary/entry'
import { DiaryChart } from '../../src/ui/DiaryChart'

afterEach(cleanup)

const entry = (id: string, date: string, marks: DiaryEntry['marks']): DiaryEntry => ({ id, date, savedAt: `${date}T09:00:00.000Z`, body: 'male', marks })

describe('the diary chart', () => {
  it('draws one line per place with a point per day, as SVG from the data', () => {
    const { container, getByRole } = render(
      <DiaryChart
        entries={[
          entry('a', '2025-05-01', [{ area: 'temple', side: 'left', intensity: 8 }, { area: 'heel', side: 'right', intensity: 3 }]),
          entry('b', '2025-05-11', [{ area: 'temple', side: 'left', intensity: 2 }]),
        ]}
      />,
    )
    const svg = getByRole('img')
    expect(svg.tagName.toLowerCase()).toBe('svg')
    expect(container.querySelector('canvas')).toBeNull()
    expect(container.querySelectorAll('polyline')).toHaveLength(2)
    const temple = container.querySelector('[data-place="left temple"]')!
    // 0–10 maps to the plot's height (y grows downwards): 8 sits higher than 2.
    const [first, last] = [...temple.querySelectorAll('circle')].map((c) => Number(c.getAttribute('cy')))
    expect(first).toBeLessThan(last!)
    expect(temple.querySelector('title')?.textContent).toBe('Left temple, Thu 1 May 2025: 8/10')
    expect(getByRole('list', { name: 'Places in the chart' }).textContent).toBe('Left templeRight heel')
    // The same figures as a table for screen readers.
    expect(getByRole('table').textContent).toContain('Sun 11 May 2025')
  })

  it('draws nothing for an empty diary', () => {
    const { container } = render(<DiaryChart entries={[]} />)
    expect(container.innerHTML).toBe('')
  })
})
