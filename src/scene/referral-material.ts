/**
 * How referred pain is drawn on the skin, after the reference drawings: the essential zone solid red with a fine
 * diagonal hatch, the spillover zone as red stipple. Pattern as well as colour, so the two read without colour vision.
 */
import * as THREE from 'three'

export function referralMaterial(): THREE.ShaderMaterial {
  return new THREE.ShaderMaterial({
    transparent: true,
    depthWrite: false,
    polygonOffset: true,
    polygonOffsetFactor: -4,
    polygonOffsetUnits: -4,
    uniforms: {
      essential: { value: new THREE.Color('#d62a1e') },
      spill: { value: new THREE.Color('#e0412c') },
      // Pain spreading from the trigger point: zones appear within `reach` metres of `origin`.
      origin: { value: new THREE.Vector3() },
      reach: { value: 10 },
    },
    vertexShader: /* glsl */ `
      attribute vec2 referral;
      varying vec2 vReferral;
      varying vec3 vWorld;
      varying vec3 vNormal;
      void main() {
        vReferral = referral;
        vec4 world = modelMatrix * vec4(position, 1.0);
        vWorld = world.xyz;
        vNormal = normalize(mat3(modelMatrix) * normal);
        gl_Position = projectionMatrix * viewMatrix * world;
      }
    `,
    fragmentShader: /* glsl */ `
      uniform vec3 essential;
      uniform vec3 spill;
      uniform vec3 origin;
      uniform float reach;
      varying vec2 vReferral;
      varying vec3 vWorld;
      varying vec3 vNormal;
      void main() {
        float e = smoothstep(0.35, 0.6, vReferral.x);
        float s = smoothstep(0.35, 0.6, vReferral.y) * (1.0 - e);
        float spread = 1.0 - smoothstep(reach - 0.04, reach, distance(vWorld, origin));
        e *= spread;
        s *= spread;
        if (e + s < 0.01) discard;
        // Stipple: dots on a 12 mm lattice in body space, so they stay put as the camera moves.
        vec3 cell = fract(vWorld / 0.012) - 0.5;
        float dots = 1.0 - smoothstep(0.26, 0.34, length(cell));
        // Hatch on the essential zone: thin darker diagonals.
        float hatch = step(0.82, fract((vWorld.x + vWorld.y + vWorld.z) / 0.01));
        float light = 0.62 + 0.38 * max(dot(normalize(vNormal), normalize(vec3(0.3, 0.6, 0.8))), 0.0);
        vec3 col = mix(essential * (1.0 - 0.35 * hatch), spill, s / max(e + s, 1e-3)) * light;
        // A faint wash under the dots keeps a spillover zone visible from afar, where single dots vanish.
        float alpha = max(e * 0.92, s * max(dots * 0.95, 0.3));
        if (alpha < 0.02) discard;
        gl_FragColor = vec4(col, alpha);
      }
    `,
  })
}
