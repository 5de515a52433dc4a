/** Right column: the selected muscle, else the chosen condition; the pain finder; the self-test. */
import { useStore } from '../store'
import { ConditionPanel } from './ConditionPanel'
import { MusclePanel } from './MusclePanel'
import { PainPanel } from './PainPanel'
import { StudyPanel } from './StudyPanel'

export function DetailsPanel() {
  const selected = useStore((s) => s.selected)
  const condition = useStore((s) => s.condition)
  const mode = useStore((s) => s.mode)
  return (
    <aside className="panel" aria-label="Details" aria-live="polite">
      {mode === 'study' ? <StudyPanel /> : mode === 'pain' ? <PainPanel /> : !selected && condition ? <ConditionPanel id={condition} /> : <MusclePanel />}
    </aside>
  )
}
