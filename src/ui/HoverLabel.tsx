/** The name of the muscle under the pointer, next to the pointer. */
import { useEffect, useRef } from 'react'
import { muscleById } from '../domain/dataset'
import { useStore } from '../store'

export function HoverLabel() {
  const hovered = useStore((s) => s.hovered)
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const move = (e: PointerEvent) => {
      const el = ref.current
      if (el) el.style.transform = `translate(${e.clientX + 14}px, ${e.clientY + 12}px)`
    }
    window.addEventListener('pointermove', move)
    return () => window.removeEventListener('pointermove', move)
  }, [])
  const name = hovered ? muscleById(hovered.id)?.name : undefined
  return (
    <div ref={ref} className="hover-label" aria-hidden hidden={!name}>
      {name} {hovered && <span className="muted">({hovered.side})</span>}
    </div>
  )
}
