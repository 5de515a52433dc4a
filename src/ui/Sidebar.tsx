/** Left column: browse by muscle or by condition. */
import { useState } from 'react'
import { ConditionIndex } from './ConditionIndex'
import { MuscleList } from './MuscleList'

export function Sidebar() {
  const [tab, setTab] = useState<'muscles' | 'conditions'>('muscles')
  return (
    <aside className="sidebar" aria-label="Browse">
      <div className="tabs" role="tablist">
        <button type="button" role="tab" aria-selected={tab === 'muscles'} onClick={() => setTab('muscles')}>
          Muscles
        </button>
        <button type="button" role="tab" aria-selected={tab === 'conditions'} onClick={() => setTab('conditions')}>
          Conditions
        </button>
      </div>
      {tab === 'muscles' ? <MuscleList /> : <ConditionIndex />}
    </aside>
  )
}
