/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'

/**
 * The built app's Content-Security-Policy: its own scripts, styles, data and models only; nothing inline, no outside
 * origin. Workers, fonts and fetches fall back to default-src 'self'. Beyond 'self':
 * - script-src 'wasm-unsafe-eval': the meshopt decoder (three-stdlib's MeshoptDecoder, through drei's useGLTF)
 *   compiles WebAssembly; without it the body never loads;
 * - img-src data:: the empty `data:,` favicon in index.html.
 * frame-ancestors cannot be set from a meta tag; a server that sends headers should add `frame-ancestors 'none'`.
 * The browser tests fail on any violation (tests/e2e/app.ts).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
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

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(CONTENT_SECURITY_POLICY)],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/scene/**/*.test.tsx', 'tests/ui/**/*.test.tsx'],
    environment: 'node',
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
  },
})
