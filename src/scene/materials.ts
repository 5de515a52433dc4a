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
 * Fibres run along v, so stripes vary across u. One small texture shared by every muscle; tendons are drawn from the
 * model's tendon weights (see withTendons).
 */
export function fibreTexture(): THREE.DataTexture {
  if (fibre) return fibre
  const W = 128, H = 4
  const data = new Uint8Array(W * H * 4)
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const u = x / (W - 1)
      // Irregular fibre bundles: two sines of incommensurate frequency.
      const stripe = 0.86 + 0.1 * Math.sin(u * 2 * Math.PI * 14) + 0.05 * Math.sin(u * 2 * Math.PI * 37 + 1.3)
      const g = Math.min(255, Math.round(200 * stripe))
      data.set([g, g, g, 255], (y * W + x) * 4)
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

let ridges: THREE.DataTexture | null = null

/**
 * Height of the fibre bundles for bump shading: ridges that run along v (so they vary across u), flat at the tendon
 * ends. Light catches the ridges, so a muscle's fibre direction reads from any side, in any colour it is drawn.
 */
export function fibreRidges(): THREE.DataTexture {
  if (ridges) return ridges
  const W = 256, H = 32
  const data = new Uint8Array(W * H * 4)
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const u = x / W
      // Bundles of uneven width: a sharp ridge every 1/22 of u, a finer one between.
      const a = Math.abs(Math.sin(u * Math.PI * 22)), b = Math.abs(Math.sin(u * Math.PI * 57 + 0.7))
      const h = Math.round(255 * (0.5 + 0.35 * a ** 0.6 + 0.15 * b - 0.3))
      data.set([h, h, h, 255], (y * W + x) * 4)
    }
  }
  ridges = new THREE.DataTexture(data, W, H)
  ridges.wrapS = THREE.RepeatWrapping
  ridges.magFilter = THREE.LinearFilter
  ridges.minFilter = THREE.LinearMipmapLinearFilter
  ridges.generateMipmaps = true
  ridges.needsUpdate = true
  return ridges
}

/** Tendon and aponeurosis: a pale, smooth, silvery white, tinted a little by the muscle's state colour. */
export const TENDON_COLOR = new THREE.Color('#e4ddcc')

/** How much of the state colour a tendon takes: a little, or most of it on the chosen muscle (its tendons are its own). */
export const TENDON_MIX = { plain: 0.3, selected: 0.8 } as const

/** Sets how much of the state colour a muscle material's tendon takes (see TENDON_MIX). */
export function setTendonMix(mat: THREE.Material, mix: number): void {
  const u = mat.userData.tendonMix as { value: number } | undefined
  if (u) u.value = mix
}

/**
 * Draws a muscle's tendon where the model marks it (second texture coordinate's y, 0 muscle … 1 tendon, written by
 * the generator where the muscle thins out at its ends): tendon colour, no fibre ridges.
 */
function withTendons(mat: THREE.MeshLambertMaterial): THREE.MeshLambertMaterial {
  mat.userData.tendonMix = { value: TENDON_MIX.plain }
  mat.onBeforeCompile = (shader) => {
    shader.uniforms.tendonColor = { value: TENDON_COLOR }
    shader.uniforms.tendonMix = mat.userData.tendonMix as { value: number }
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', '#include <common>\nattribute vec2 uv1;\nvarying float vTendon;')
      .replace('#include <begin_vertex>', '#include <begin_vertex>\nvTendon = uv1.y;')
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', '#include <common>\nuniform vec3 tendonColor;\nuniform float tendonMix;\nvarying float vTendon;')
      .replace(/bumpScale \*/g, '(bumpScale * (1.0 - vTendon)) *')
      .replace('#include <map_fragment>', '#include <map_fragment>\ndiffuseColor.rgb = mix(diffuseColor.rgb, mix(tendonColor, diffuse, tendonMix), vTendon);')
  }
  mat.customProgramCacheKey = () => 'muscle-tendon'
  return mat
}

/** Lambert shading: muscles are matte, and it draws fast even on software renderers. */
export function muscleMaterial(): THREE.MeshLambertMaterial {
  return withTendons(new THREE.MeshLambertMaterial({ color: COLORS.muscle.clone(), map: fibreTexture(), bumpMap: fibreRidges(), bumpScale: 1.2 }))
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
