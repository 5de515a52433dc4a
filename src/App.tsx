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
import { SearchBox } from './ui/SearchBox'
import { Sidebar } from './ui/Sidebar'
import { BodySwitch, ViewControls } from './ui/ViewControls'
import { hasWebGL } from './ui/webgl'
import { viewerChunk } from './viewer-chunk'

const Viewer = lazy(() => viewerChunk.promise ?? import('./scene/Viewer'))

export function App() {
  const [webgl] = useState(hasWebGL)
  useDeepLink()
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
        </div>
      </main>
      <DetailsPanel />
      <footer className="disclaimer">
        For learning and explanation, not diagnosis. Sudden, severe or unexplained pain needs a clinician.
      </footer>
    </div>
  )
}
