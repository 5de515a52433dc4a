/** "Where does it hurt?": the client's marks, the ranked trigger points that may explain them, and what to expect. */
import { lazy, Suspense, useEffect, useMemo, useState } from 'react'
import { resolveArea, suggestAreas } from '../domain/body-areas'
import { areaById, areaNames, triggerPointById } from '../domain/dataset'
import { groupByMuscle, rankTriggerPoints } from '../domain/ranking'
import { useStore } from '../store'
import { HandoutButton } from './HandoutButton'
import { PainAreaInput, addAreaMark } from './PainAreaInput'
import { RedFlags } from './RedFlags'
import { SaveDrawing } from './SaveDrawing'
import { pendingPainLink } from './useDeepLink'
import { WhatToExpect } from './WhatToExpect'

// The diary and its storage code load when it is first opened.
const DiaryPanel = lazy(() => import('./DiaryPanel').then((m) => ({ default: m.DiaryPanel })))

function usePainLink(): void {
  useEffect(() => {
    const marks = pendingPainLink.marks
    if (!marks) return
    pendingPainLink.marks = null
    const unknown: string[] = []
    for (const { place: w, intensity, point } of marks) {
      const r = resolveArea(w)
      if (r) addAreaMark(r.area, r.side, { intensity, point })
      else unknown.push(`“${w}”${suggestAreas(w)[0] ? ` (did you mean ${suggestAreas(w)[0]!.name.toLowerCase()}?)` : ''}`)
    }
    if (unknown.length) useStore.getState().showMessage(`The link names places we do not know: ${unknown.join(', ')}.`, 'error')
  }, [])
}

export function PainPanel() {
  usePainLink()
  const marks = useStore((s) => s.painMarks)
  const brush = useStore((s) => s.brush)
  const shown = useStore((s) => s.triggerPoint)
  const [limit, setLimit] = useState(6)
  const [diaryOpen, setDiaryOpen] = useState(false)
  const groups = useMemo(() => groupByMuscle(rankTriggerPoints(marks.map((m) => ({ area: m.area, side: m.side, intensity: m.intensity })))), [marks])
  const s = useStore.getState
  if (diaryOpen) {
    return (
      <Suspense fallback={<p role="status">Opening your diary…</p>}>
        <DiaryPanel onBack={() => setDiaryOpen(false)} />
      </Suspense>
    )
  }
  return (
    <section className="pain" data-testid="pain-panel" aria-label="Where does it hurt?">
      <h2>Where does it hurt?</h2>
      <p className="muted">Tap the body where it hurts (turn it to reach the back), or type the place.</p>
      <div className="row">
        <button type="button" aria-pressed={brush} onClick={() => s().setBrush(!brush)}>
          {brush ? 'Brush on: drag to paint' : 'Paint with a brush'}
        </button>
        {marks.length > 0 && (
          <button type="button" onClick={() => s().clearPainMarks()}>
            Clear marks
          </button>
        )}
        <button type="button" onClick={() => setDiaryOpen(true)}>
          Your diary
        </button>
        {marks.length > 0 && <HandoutButton />}
      </div>
      <PainAreaInput />
      {marks.length > 0 && (
        <ul className="marks" aria-label="Your marks">
          {marks.map((m) => (
            <li key={m.key}>
              <span className="mark-dot" aria-hidden />
              <span className="mark-name">
                {m.side ? `${m.side === 'left' ? 'Left' : 'Right'} ` : ''}
                {areaById(m.area)?.name.toLowerCase() ?? m.area}
              </span>
              <label className="intensity">
                <span className="sr-only">Intensity</span>
                <input type="range" min={0} max={10} value={m.intensity} onChange={(e) => s().setPainIntensity(m.key, Number(e.target.value))} />
                {m.intensity}/10
              </label>
              <button type="button" aria-label={`Remove ${areaById(m.area)?.name ?? m.area}`} onClick={() => s().removePainMark(m.key)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <SaveDrawing />
      {marks.length > 0 && (
        <section aria-label="Possible sources" data-testid="candidates">
          <h3>Muscles that may refer pain there</h3>
          {groups.length === 0 && <p>No trigger point in this atlas refers pain to these places.</p>}
          <ol className="candidates">
            {groups.slice(0, limit).map((g) => {
              const best = g.candidates[0]!
              const tp = triggerPointById(best.triggerPoint)
              const on = shown?.id === best.triggerPoint
              return (
                <li key={g.muscle} data-muscle={g.muscle}>
                  <button
                    type="button"
                    aria-expanded={on}
                    onClick={() => {
                      s().selectTriggerPoint({ id: best.triggerPoint, side: best.side ?? marks.find((m) => m.side)?.side ?? 'left' }, best.muscle)
                      // See-through skin: the trigger point and its muscle show beneath the painted zone and the marks.
                      s().setSkin('translucent')
                      s().requestCamera('focus')
                    }}
                  >
                    <strong>{g.muscleName}</strong> <span className="muted">· {best.match === 'essential' ? 'main zone' : 'sometimes'}</span>
                  </button>
                  <p className="reason">{best.reason}</p>
                  {marks.length > 1 && (
                    <p className="explains muted">
                      Explains {best.explains.length} of your {marks.length} marks: {areaNames(best.explains).join(', ')}
                    </p>
                  )}
                  {on && tp && (
                    <>
                      <p className="press">
                        <strong>Where to check:</strong> {tp.palpation}
                      </p>
                      <RedFlags tp={tp} />
                    </>
                  )}
                </li>
              )
            })}
          </ol>
          {groups.length > limit && (
            <button type="button" onClick={() => setLimit(limit + 6)}>
              Show more ({groups.length - limit})
            </button>
          )}
        </section>
      )}
      <WhatToExpect />
    </section>
  )
}
