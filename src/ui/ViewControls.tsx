import { useStore, type BodyKind, type CameraPreset } from '../store'

const BODIES: readonly { body: BodyKind; label: string }[] = [
  { body: 'male', label: 'Male' },
  { body: 'female', label: 'Female' },
]

/** Which body is drawn; the choice is kept on this device and in the link. */
export function BodySwitch() {
  const body = useStore((s) => s.body)
  const setBody = useStore((s) => s.setBody)
  return (
    <div className="button-group" role="group" aria-label="Body">
      {BODIES.map((b) => (
        <button key={b.body} type="button" aria-pressed={body === b.body} onClick={() => setBody(b.body)}>
          {b.label}
        </button>
      ))}
    </div>
  )
}

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
