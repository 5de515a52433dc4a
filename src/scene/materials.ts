/** Shared look of muscles and skin: a fibre texture driven by (u, v) and the state colours. */
import * as THREE from 'three'

export const COLORS = {
  muscle: new THREE.Color('#b5493f'),
  muscleDeep: new THREE.Color('#9c3c35'),
  selected: new THREE.Color('#ff5a36'),
  hovered: new THREE.Color('#e0785e'),
  involved: new THREE.Color('#f08a3c'),
  dimmed: new THREE.Color('#8d7f7b'),
  skin: new THREE.Color('#e2bca4'),
  core: new THREE.Color('#5a3a35'),
  bare: new THREE.Color('#c4a08e'),
  eye: new THREE.Color('#ffffff'),
} as const

let fibre: THREE.DataTexture | null = null

/**
 * Fibres run along v, so stripes vary across u; both ends (v near 0 and 1) fade to tendon white.
 * One small texture shared by every muscle.
 */
export function fibreTexture(): THREE.DataTexture {
  if (fibre) return fibre
  const W = 128, H = 64
  const data = new Uint8Array(W * H * 4)
  for (let y = 0; y < H; y++) {
    const v = y / (H - 1)
    const tendon = Math.max(0, 1 - Math.min(v, 1 - v) / 0.07)
    for (let x = 0; x < W; x++) {
      const u = x / (W - 1)
      // Irregular fibre bundles: two sines of incommensurate frequency.
      const stripe = 0.86 + 0.1 * Math.sin(u * 2 * Math.PI * 14) + 0.05 * Math.sin(u * 2 * Math.PI * 37 + 1.3)
      const base = stripe * (1 - tendon) + 1.55 * tendon
      const i = (y * W + x) * 4
      const g = Math.min(255, Math.round(200 * base))
      data[i] = g
      data[i + 1] = Math.min(255, Math.round(200 * (stripe * (1 - tendon) + 1.45 * tendon)))
      data[i + 2] = Math.min(255, Math.round(200 * (stripe * (1 - tendon) + 1.35 * tendon)))
      data[i + 3] = 255
    }
  }
  fibre = new THREE.DataTexture(data, W, H)
  fibre.colorSpace = THREE.SRGBColorSpace
  fibre.magFilter = THREE.LinearFilter
  fibre.minFilter = THREE.LinearMipmapLinearFilter
  fibre.generateMipmaps = true
  fibre.needsUpdate = true
  return fibre
}

/** Lambert shading: muscles are matte, and it draws fast even on software renderers. */
export function muscleMaterial(): THREE.MeshLambertMaterial {
  return new THREE.MeshLambertMaterial({ color: COLORS.muscle.clone(), map: fibreTexture() })
}

/**
 * Each muscle's own shade: neighbours differ slightly in lightness so their borders read, deep ones are darker.
 * Derived from the id, so it is the same on every load.
 */
export function muscleTint(id: string, layer?: string): THREE.Color {
  let h = 2166136261
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619)
  const jitter = ((h >>> 0) % 1000) / 1000 - 0.5
  const c = (layer === 'deep' ? COLORS.muscleDeep : COLORS.muscle).clone()
  return c.offsetHSL(jitter * 0.03, jitter * 0.1, jitter * 0.15)
}

/** Bone: a neutral ivory, matte. */
export const BONE_COLOR = new THREE.Color('#e8dcc4')

/** Opacity of muscles drawn over the skeleton (the selected one stays nearly solid). */
export const SEE_THROUGH = { muscle: 0.28, selected: 0.85 } as const

export function boneMaterial(): THREE.MeshLambertMaterial {
  return new THREE.MeshLambertMaterial({ color: BONE_COLOR })
}
