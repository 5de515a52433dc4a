import { useStore, type SkinMode } from '../store'

const SKIN: readonly { mode: SkinMode; label: string }[] = [
  { mode: 'hidden', label: 'No skin' },
  { mode: 'translucent', label: 'See-through skin' },
  { mode: 'opaque', label: 'Skin' },
]

export function LayerControls() {
  const skin = useStore((s) => s.skin)
  const setSkin = useStore((s) => s.setSkin)
  const peel = useStore((s) => s.peelSuperficial)
  const setPeel = useStore((s) => s.setPeelSuperficial)
  const skeleton = useStore((s) => s.skeleton)
  const setSkeleton = useStore((s) => s.setSkeleton)
  return (
    <div className="button-group" role="group" aria-label="Layers">
      {SKIN.map((s) => (
        <button key={s.mode} type="button" aria-pressed={skin === s.mode} onClick={() => setSkin(s.mode)}>
          {s.label}
        </button>
      ))}
      <button type="button" aria-pressed={peel} onClick={() => setPeel(!peel)}>
        {peel ? 'Show surface muscles' : 'Peel surface muscles'}
      </button>
      <button type="button" aria-pressed={skeleton} onClick={() => setSkeleton(!skeleton)}>
        Skeleton
      </button>
    </div>
  )
}
