/** Copy a link to what is shown, or open the client handout to print or save as PDF. */
import { useState } from 'react'
import { HandoutButton } from './HandoutButton'

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
      <HandoutButton />
    </span>
  )
}
