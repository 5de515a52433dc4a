/** Copy a link to what is shown, or print it as a handout (the print stylesheet keeps the body and the panel). */
import { useState } from 'react'

export function ShareButtons() {
  const [copied, setCopied] = useState(false)
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href)
      setCopied(true)
      setTimeout(() => setCopied(false), 1500)
    } catch {
      window.prompt('Copy this link:', window.location.href)
    }
  }
  return (
    <span className="share">
      <button type="button" onClick={copy}>
        {copied ? 'Link copied' : 'Copy link'}
      </button>
      <button type="button" onClick={() => window.print()}>
        Print
      </button>
    </span>
  )
}
