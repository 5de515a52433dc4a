/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { VitePWA } from 'vite-plugin-pwa'

/**
 * The built app's Content-Security-Policy: its own scripts, styles, data and models only; nothing inline, no outside
 * origin. Workers, fonts and fetches fall back to default-src 'self'. Beyond 'self':
 * - script-src 'wasm-unsafe-eval': the meshopt decoder (three-stdlib's MeshoptDecoder, through drei's useGLTF)
 *   compiles WebAssembly; without it the body never loads.
 * The service worker's own script is same-origin and gets no policy from this meta tag (workers take theirs from
 * response headers); it fetches only this origin's files.
 * frame-ancestors cannot be set from a meta tag; a server that sends headers should add `frame-ancestors 'none'`.
 * The browser tests fail on any violation (tests/e2e/app.ts).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ')

/**
 * Puts the policy into the built index.html as a meta tag right after the charset, and fails the build if the page
 * has an inline script the policy would block. Build only: the dev server injects inline scripts for hot reload.
 */
export function contentSecurityPolicy(policy: string): Plugin {
  return {
    name: 'tpe:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, attrs, body]) => !/\bsrc\s*=/.test(attrs!) || body!.trim())
        if (inline.length) throw new Error(`index.html has ${inline.length} inline script(s), which the Content-Security-Policy blocks`)
        const charset = /<meta\s+charset=[^>]*>/i
        if (!charset.test(html)) throw new Error('index.html needs a <meta charset> for the Content-Security-Policy to follow')
        return html.replace(charset, (m) => `${m}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`)
      },
    },
  }
}

/**
 * Works offline and installs to a home screen: a web app manifest, and a service worker (Workbox, generated at build)
 * that precaches the app, both bodies' models and skeletons, and the data, so after one visit the atlas opens with
 * the network off. Registered from src/offline.ts (no inline script, so the policy above holds) once the body has
 * drawn, so precaching never slows the first visit. A new version installs in the background and takes over at once;
 * the page open then keeps its code and says so quietly; the next visit opens the new version.
 */
const offline = VitePWA({
  injectRegister: false,
  registerType: 'autoUpdate',
  filename: 'sw.js',
  includeManifestIcons: false,
  manifest: {
    name: 'Trigger Point Explorer',
    short_name: 'Trigger Points',
    description: 'Muscles, myofascial trigger points and where their pain travels, on a 3D body. Works offline.',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#fbf9f7',
    theme_color: '#fbf9f7',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{html,js,css,glb,json,png}'],
    // The largest files are the 3D view's chunk (~1 MB) and a body model (~1.3 MB).
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    navigateFallback: 'index.html',
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
  },
})

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(CONTENT_SECURITY_POLICY), offline],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/scene/**/*.test.tsx', 'tests/ui/**/*.test.tsx'],
    environment: 'node',
    // Property tests run hundreds of cases; on a busy two-core machine the 5 s default is too tight for them.
    testTimeout: 30_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
  },
})
