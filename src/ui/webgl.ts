/** What the browser's WebGL can do, probed once before the 3D view is created. */
export interface WebGLSupport {
  readonly available: boolean
  /** A software rasteriser (SwiftShader, llvmpipe): the view trades antialiasing for speed there. */
  readonly software: boolean
}

let probed: WebGLSupport | null = null

export function probeWebGL(): WebGLSupport {
  if (probed) return probed
  try {
    const c = document.createElement('canvas')
    const gl = c.getContext('webgl2') ?? c.getContext('webgl')
    if (!gl) return (probed = { available: false, software: false })
    const info = gl.getExtension('WEBGL_debug_renderer_info')
    const renderer = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER))
    gl.getExtension('WEBGL_lose_context')?.loseContext()
    return (probed = { available: true, software: /swiftshader|llvmpipe|software/i.test(renderer) })
  } catch {
    return (probed = { available: false, software: false })
  }
}

/** True when the browser can create a WebGL context. */
export function hasWebGL(): boolean {
  return probeWebGL().available
}
