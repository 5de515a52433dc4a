/** Composes the app: the 3D view (lazy) and the panels around it. */
import { lazy, Suspense, useEffect, useState } from 'react'
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
  useEffect(() => {
    if (!webgl) document.documentElement.dataset.ready = 'true'
  }, [webgl])
  return (
    <div className="app">
      <header className="topbar">
        <h1>Trigger Point Explorer</h1>
        <SearchBox />
        <ModeSwitch />
      </header>
      <Sidebar />
      <main className="stage">
        <div className="stage-controls">
          <ViewControls />
          <BodySwitch />
          <LayerControls />
        </div>
        <div className="stage-view">
          {webgl ? (
            <Suspense fallback={<div className="loading" role="status">Loading the body…</div>}>
              <BodyDescription>
                <Viewer />
              </BodyDescription>
            </Suspense>
          ) : (
            <div className="no-webgl" role="alert">
              This browser cannot show the 3D body (WebGL is turned off or not supported). The muscle list, search,
              conditions and the pain finder still work.
            </div>
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
