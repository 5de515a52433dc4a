import type { IndexHtmlTransformHook } from 'vite'
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from '../../vite.config'

const plugin = contentSecurityPolicy(CONTENT_SECURITY_POLICY)
const hook = plugin.transformIndexHtml as { handler: IndexHtmlTransformHook }
const transform = (html: string) => hook.handler.call({} as never, html, { path: '/index.html', filename: 'index.html' }) as string

const PAGE = `<!doctype html>
<html><head>
    <meta charset="UTF-8" />
    <title>x</title>
    <script type="module" crossorigin src="/assets/index.js"></script>
</head><body><div id="root"></div></body></html>`

describe('the Content-Security-Policy of the built app', () => {
  it('allows no inline script or style, no eval, and no outside origin', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'")
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/)
  })

  it('is applied to the build only, so the dev server keeps its hot reload', () => {
    expect(plugin.apply).toBe('build')
  })

  it('goes into index.html right after the charset, before any script', () => {
    const out = transform(PAGE)
    const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`
    expect(out).toContain(meta)
    expect(out.indexOf('charset')).toBeLessThan(out.indexOf(meta))
    expect(out.indexOf(meta)).toBeLessThan(out.indexOf('<script'))
  })

  it('fails the build when the page has an inline script the policy would block', () => {
    expect(() => transform(PAGE.replace('</head>', '<script>window.x = 1</script></head>'))).toThrow(/inline script/)
    expect(() => transform(PAGE.replace('</head>', '<script type="module">import "/a.js"</script></head>'))).toThrow(/inline script/)
  })
})
