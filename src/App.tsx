/** Composes the app: the 3D view (lazy), or the 2D chart without WebGL, and the panels around it. */
import { lazy, Suspense, useState } from 'react'
import { BodyChart } from './ui/BodyChart'
import { BodyDescription } from './ui/BodyDescription'
import { useDeepLink } from './ui/useDeepLink'
import { HoverLabel } from './ui/HoverLabel'
import { LayerControls } from './ui/LayerControls'
import { MessageBar } from './ui/MessageBar'
import { DetailsPanel } from './ui/DetailsPanel'
import { ModeSwitch } from './ui/ModeSwitch'
import { Presentation, PresentButton, usePresentationKeys } from './ui/Presentation'
import { SearchBox } from './ui/SearchBox'
import { Sidebar } from './ui/Sidebar'
import { BodySwitch, ViewControls } from './ui/ViewControls'
import { hasWebGL } from './ui/webgl'
import { useStore } from './store'
import { viewerChunk } from './viewer-chunk'

const Viewer = lazy(() => viewerChunk.promise ?? import('./scene/Viewer'))
// The handout (and its QR code library) loads when it is first opened.
const Handout = lazy(() => import('./ui/Handout').then((m) => ({ default: m.Handout })))

export function App() {
  const [webgl] = useState(hasWebGL)
  useDeepLink()
  usePresentationKeys()
  const handout = useStore((s) => s.handout)
  return (
    <div className="app">
      <header className="topbar">
        <h1>Trigger Point Explorer</h1>
        <SearchBox />
        <ModeSwitch />
      </header>
      <Sidebar />
      <main className="stage">
        {webgl && (
          <div className="stage-controls">
            <ViewControls />
            <BodySwitch />
            <LayerControls />
            <PresentButton />
          </div>
        )}
        <div className="stage-view">
          {webgl ? (
            <Suspense fallback={<div className="loading" role="status">Loading the body…</div>}>
              <BodyDescription>
                <Viewer />
              </BodyDescription>
            </Suspense>
          ) : (
            <BodyChart />
          )}
          <MessageBar />
          <HoverLabel />
          <Presentation />
        </div>
      </main>
      <DetailsPanel />
      <footer className="disclaimer">
        For learning and explanation, not diagnosis. Sudden, severe or unexplained pain needs a clinician.
      </footer>
      {handout && (
        <Suspense fallback={null}>
          <Handout />
        </Suspense>
      )}
    </div>
  )
}
