/** Left column: browse by muscle or by condition; in study mode, the progress made. */
import { useId, useState } from 'react'
import { ConditionIndex } from './ConditionIndex'
import { MuscleList } from './MuscleList'
import { StudyProgress } from './StudyProgress'
import { useStore } from '../store'

const TABS = { muscles: 'Muscles', conditions: 'Conditions' } as const
type Tab = keyof typeof TABS

export function Sidebar() {
  const [tab, setTab] = useState<Tab>('muscles')
  const id = useId()
  const study = useStore((s) => s.mode === 'study')
  if (study) return <StudyProgress />
  return (
    <aside className="sidebar" aria-label="Browse">
      <div className="tabs" role="tablist">
        {(Object.keys(TABS) as Tab[]).map((t) => (
          <button
            key={t}
            id={`${id}-${t}`}
            type="button"
            role="tab"
            aria-selected={tab === t}
            aria-controls={`${id}-panel`}
            onClick={() => setTab(t)}
          >
            {TABS[t]}
          </button>
        ))}
      </div>
      <div id={`${id}-panel`} role="tabpanel" aria-labelledby={`${id}-${tab}`}>
        {/* The groups below are h3, like the panel's sections; this keeps the outline without a second visible title. */}
        <h2 className="sr-only">{tab === 'muscles' ? 'Muscles by region' : 'Conditions by kind'}</h2>
        {tab === 'muscles' ? <MuscleList /> : <ConditionIndex />}
      </div>
    </aside>
  )
}
