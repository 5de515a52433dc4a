/** Facts of the selected muscle (origin, insertion, action, innervation, source) and its trigger points. */
import { muscleById } from '../domain/dataset'
import { formatSource } from '../domain/sources'
import { useStore } from '../store'
import { ShareButtons } from './ShareButtons'
import { TriggerPointList } from './TriggerPointList'

export function MusclePanel() {
  const selected = useStore((s) => s.selected)
  const hovered = useStore((s) => s.hovered)
  const muscle = selected ? muscleById(selected.id) : undefined
  const hover = hovered && hovered.id !== selected?.id ? muscleById(hovered.id) : undefined
  return (
    <>
      {hover && (
        <p className="hover-name" data-testid="hover-name">
          {hover.name} ({hovered?.side})
        </p>
      )}
      {!muscle ? (
        <div className="panel-empty">
          <h2>Select a muscle</h2>
          <p>Click a muscle on the body, search by name, or pick one from the list. Its trigger points appear as ✕ marks.</p>
        </div>
      ) : (
        <article data-testid="muscle-panel">
          <h2>{muscle.name}</h2>
          <p className="meta">
            {selected?.side === 'right' ? 'Right' : 'Left'} side · {muscle.layer} layer
            {muscle.synonyms.length > 0 && <> · also “{muscle.synonyms.slice(0, 3).join('”, “')}”</>}
          </p>
          <div className="side-switch" role="group" aria-label="Side">
            {(['left', 'right'] as const).map((side) => (
              <button
                key={side}
                type="button"
                aria-pressed={selected?.side === side}
                onClick={() => useStore.getState().selectMuscle({ id: muscle.id, side })}
              >
                {side === 'left' ? 'Left' : 'Right'}
              </button>
            ))}
            <ShareButtons />
          </div>
          <TriggerPointList muscle={muscle.id} />
          <h3>Anatomy</h3>
          <dl>
            <dt>Origin</dt>
            <dd>{muscle.origin}</dd>
            <dt>Insertion</dt>
            <dd>{muscle.insertion}</dd>
            <dt>Action</dt>
            <dd>{muscle.action}</dd>
            <dt>Innervation</dt>
            <dd>
              {muscle.innervation.map((n) => (
                <div key={n.nerve}>
                  {n.nerve} <span className="roots">({n.roots})</span>
                </div>
              ))}
            </dd>
          </dl>
          <p className="source">Source: {formatSource(muscle.source)}</p>
        </article>
      )}
    </>
  )
}
