/** The 3D view as one image for assistive technology, named by what it shows and kept in step with the store. */
import type { ReactNode } from 'react'
import { describeView } from '../domain/view-description'
import { useStore } from '../store'

export interface BodyDescriptionProps {
  readonly children: ReactNode
}

export function BodyDescription({ children }: BodyDescriptionProps) {
  // A string: the panel re-renders only when the words change, not on every hover or camera move.
  const label = useStore((s) => describeView(s))
  return (
    <div className="body-view" role="img" aria-label={label} data-testid="body-view">
      {children}
    </div>
  )
}
