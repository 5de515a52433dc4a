import { useStore } from '../store'

export function MessageBar() {
  const message = useStore((s) => s.message)
  const dismiss = useStore((s) => s.dismissMessage)
  if (!message) return null
  return (
    <div className={`message message-${message.tone}`} role={message.tone === 'error' ? 'alert' : 'status'}>
      <span>{message.text}</span>
      <button type="button" onClick={dismiss} aria-label="Dismiss message">
        ×
      </button>
    </div>
  )
}
