import { useStore, type CameraPreset } from '../store'

const PRESETS: readonly { preset: CameraPreset; label: string }[] = [
  { preset: 'front', label: 'Front' },
  { preset: 'back', label: 'Back' },
  { preset: 'left', label: 'Left' },
  { preset: 'right', label: 'Right' },
]

export function ViewControls() {
  const request = useStore((s) => s.requestCamera)
  const selected = useStore((s) => s.selected)
  return (
    <div className="button-group" role="group" aria-label="Camera">
      {PRESETS.map((p) => (
        <button key={p.preset} type="button" onClick={() => request(p.preset)}>
          {p.label}
        </button>
      ))}
      <button type="button" onClick={() => request('focus')} disabled={!selected}>
        Focus
      </button>
    </div>
  )
}
