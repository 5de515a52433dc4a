/**
 * The client handout: a print view of the body (front and back, drawn for print with the marks and the pattern),
 * the muscles discussed with where to press and self-care, what to expect after treatment, the red flags, the date,
 * and a link with a QR code that reopens the same view. "Print / save as PDF" prints it through the browser.
 */
import QRCode from 'qrcode'
import { useEffect, useMemo, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { useShallow } from 'zustand/react/shallow'
import { handoutEntries, markLabel } from '../domain/handout'
import { useStore } from '../store'
import { printPictures, type PrintPictureSet } from './print-pictures'
import { SeeADoctorFirst } from './WhatToExpect'
import './handout.css'

/** Print pictures: about 9 px per millimetre at the printed width of 5 cm, half as wide as tall. */
const PICTURE = { width: 440, height: 880 }

type Pictures = PrintPictureSet | 'drawing' | 'none'

function usePictures(): Pictures {
  const [pictures, setPictures] = useState<Pictures>('drawing')
  useEffect(() => {
    // Let the handout show first, then draw: a slow machine takes a moment for two full-size frames.
    const id = requestAnimationFrame(() => {
      const render = printPictures.render
      if (!render) return setPictures('none')
      render(PICTURE.width, PICTURE.height).then(setPictures, () => setPictures('none'))
    })
    return () => cancelAnimationFrame(id)
  }, [])
  return pictures
}

/** A picture drawn for print, copied into the handout's own canvas. */
function Picture({ source, label }: { source: HTMLCanvasElement; label: string }) {
  const ref = useRef<HTMLCanvasElement>(null)
  useEffect(() => {
    const c = ref.current
    if (!c) return
    c.width = source.width
    c.height = source.height
    c.getContext('2d')?.drawImage(source, 0, 0)
  }, [source])
  return <canvas ref={ref} role="img" aria-label={label} />
}

/** The link as a QR code, drawn as SVG from the code's modules (quiet zone of one module). */
function QrCode({ text }: { text: string }) {
  const { size, path } = useMemo(() => {
    const { modules } = QRCode.create(text, { errorCorrectionLevel: 'L' })
    let d = ''
    for (let y = 0; y < modules.size; y++) {
      for (let x = 0; x < modules.size; x++) if (modules.get(y, x)) d += `M${x + 1} ${y + 1}h1v1h-1z`
    }
    return { size: modules.size + 2, path: d }
  }, [text])
  return (
    <svg className="handout-qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label="QR code of the link below" shapeRendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  )
}

export function Handout() {
  const state = useStore(useShallow((s) => ({ mode: s.mode, selected: s.selected, triggerPoint: s.triggerPoint, painMarks: s.painMarks })))
  const close = () => useStore.getState().setHandout(false)
  const entries = useMemo(() => handoutEntries(state), [state])
  const pictures = usePictures()
  // The address as it is now: the view the handout was made from.
  const [link] = useState(() => window.location.href)
  const date = useMemo(() => new Date().toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' }), [])
  const root = useRef<HTMLDivElement>(null)
  useEffect(() => {
    document.documentElement.dataset.handout = 'true'
    root.current?.focus()
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && useStore.getState().setHandout(false)
    window.addEventListener('keydown', onKey)
    return () => {
      delete document.documentElement.dataset.handout
      window.removeEventListener('keydown', onKey)
    }
  }, [])
  const marks = state.mode === 'pain' ? state.painMarks : []
  return createPortal(
    <div className="handout-view" role="dialog" aria-modal="true" aria-label="Handout" tabIndex={-1} ref={root}>
      <div className="handout-toolbar">
        <button type="button" onClick={() => window.print()} disabled={pictures === 'drawing'}>
          Print / save as PDF
        </button>
        <button type="button" onClick={close}>
          Close
        </button>
      </div>
      <article className="handout" data-testid="handout" data-pictures={typeof pictures === 'string' ? pictures : 'ready'}>
        <header>
          <h1>Your trigger point notes</h1>
          <p className="handout-date">{date}</p>
        </header>
        <div className="handout-top">
          {typeof pictures === 'object' ? (
            <>
              <figure>
                <Picture source={pictures.front} label="The body from the front, with the marks and the pain pattern" />
                <figcaption>Front</figcaption>
              </figure>
              <figure>
                <Picture source={pictures.back} label="The body from the back, with the marks and the pain pattern" />
                <figcaption>Back</figcaption>
              </figure>
            </>
          ) : (
            <p className="handout-pictures-note">{pictures === 'drawing' ? 'Drawing the body…' : 'This browser cannot draw the body; the notes below still apply.'}</p>
          )}
          <div className="handout-side">
            {typeof pictures === 'object' && pictures.pattern && (
              <figure className="handout-pattern">
                <Picture source={pictures.pattern} label="Close-up of the trigger point and where its pain is felt" />
                <figcaption>The trigger point (✕) and where its pain is felt</figcaption>
              </figure>
            )}
            <p className="legend">
              <span className="mark-dot" aria-hidden /> where it hurts <span className="swatch swatch-essential" /> where the pain
              is usually felt <span className="swatch swatch-spill" /> sometimes felt here · ✕ the trigger point
            </p>
            {marks.length > 0 && (
              <>
                <h2>Where it hurts</h2>
                <ul>
                  {marks.map((m) => (
                    <li key={m.key}>{markLabel(m)}</li>
                  ))}
                </ul>
              </>
            )}
            <h2>See it again</h2>
            <QrCode text={link} />
            <p className="handout-link">{link}</p>
          </div>
        </div>
        {entries.length > 0 && (
          <section>
            <h2>The muscles we looked at</h2>
            {entries.map((e) => (
              <div className="handout-muscle" key={e.triggerPoint.id}>
                <h3>
                  {e.muscleName}, {e.side} side
                </h3>
                <p>
                  <strong>Its pain is felt:</strong> {e.refersTo.join(', ')}
                  {e.sometimes.length > 0 && <> (sometimes also {e.sometimes.join(', ')})</>}.
                </p>
                <p>
                  <strong>Where to press:</strong> {e.triggerPoint.palpation}
                </p>
                <p>
                  <strong>Self-care:</strong> {e.triggerPoint.selfCare}
                </p>

              </div>
            ))}
          </section>
        )}
        <section>
          <h2>After treatment</h2>
          <ul>
            <li>Some soreness is normal and should fade within 24–36 hours.</li>
            <li>The muscles usually stay more relaxed for 4–14 days; regular sessions and self-care make that last.</li>
            <li>Drink water and keep moving gently.</li>
            <li>Tell your therapist how the pressure felt: too much, too little, better or worse. You stay in charge.</li>
          </ul>
        </section>
        <SeeADoctorFirst />
        {entries[0] && entries[0].redFlags.length > 0 && (
          <section className="handout-flags" aria-label={`See a doctor first: ${entries[0].muscleName}`}>
            <h3>Also see a doctor first, with pain like that of the {entries[0].muscleName.toLowerCase()}, if:</h3>
            <ul>
              {entries[0].redFlags.map((f) => (
                <li key={f}>{f}</li>
              ))}
            </ul>
          </section>
        )}
        <footer className="muted">For learning and explanation, not diagnosis. Made with Trigger Point Explorer, on this device.</footer>
      </article>
    </div>,
    document.body,
  )
}
