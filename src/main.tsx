/**
 * Entry: fetch the panels and the 3D view in parallel, so neither waits for the other to download and run.
 * The 3D chunk (three.js and the scene) is the larger; it starts first.
 */
import './styles.css'
import { registerServiceWorker } from './offline'
import { hasWebGL } from './ui/webgl'
import { viewerChunk } from './viewer-chunk'

if (hasWebGL()) viewerChunk.promise = import('./scene/Viewer')

async function start(): Promise<void> {
  const [{ StrictMode, createElement }, { createRoot }, { App }] = await Promise.all([
    import('react'),
    import('react-dom/client'),
    import('./App'),
  ])
  createRoot(document.getElementById('root')!).render(createElement(StrictMode, null, createElement(App)))
}

void start()
registerServiceWorker()
