/**
 * Points of the face and head found on a body surface by shape alone (the MakeHuman skin in its rest pose):
 * used to pair the skin with the skull's landmarks. Returns vertex indices, so they hold for any body with the
 * same topology. Pure; metres, Y up, facing +Z, +X the body's left.
 */

/**
 * Vertex indices of: top of the head, nose tip, glabella, chin, back of the head, the left ear's centre, and on the
 * left side the eyebrow, temple, the skin behind the ear, the angle of the jaw and the cheek over the molars.
 */
export function findSkinFeatures(positions: Float32Array, triangles: Uint32Array): Record<string, number> {
  const used = new Set(triangles)
  const n = positions.length / 3
  const P = (i: number) => [positions[i * 3]!, positions[i * 3 + 1]!, positions[i * 3 + 2]!] as const
  const pick = (ok: (p: readonly [number, number, number]) => boolean, score: (p: readonly [number, number, number]) => number) => {
    let best = -1, bestS = -Infinity
    for (let i = 0; i < n; i++) {
      if (!used.has(i)) continue
      const p = P(i)
      if (!ok(p)) continue
      const s = score(p)
      if (s > bestS) {
        bestS = s
        best = i
      }
    }
    if (best < 0) throw new Error('skin feature not found')
    return best
  }
  const midline = (p: readonly number[]) => Math.abs(p[0]!) < 0.004
  const top = pick(() => true, (p) => p[1])
  const topY = P(top)[1]
  const head = (p: readonly number[]) => p[1]! > topY - 0.26
  const noseTip = pick((p) => head(p) && midline(p), (p) => p[2])
  const nose = P(noseTip)
  const glabella = pick((p) => midline(p) && p[1] > nose[1] + 0.03 && p[1] < nose[1] + 0.055, (p) => p[2])
  const chin = pick((p) => head(p) && midline(p) && p[2] > nose[2] - 0.045 && p[1] < nose[1] - 0.04, (p) => -p[1])
  const backOfHead = pick((p) => midline(p) && p[1] > nose[1] && p[1] < nose[1] + 0.04, (p) => -p[2])
  const vertex = pick((p) => midline(p) && head(p), (p) => p[1])
  // The left ear: the head's outermost points at ear height, then the vertex nearest their centre.
  const band = (p: readonly number[]) => head(p) && p[0]! > 0 && p[1]! > nose[1] - 0.03 && p[1]! < nose[1] + 0.05 && p[2]! < nose[2] - 0.06
  const helix = P(pick(band, (p) => p[0]))
  const auricle: number[] = []
  for (let i = 0; i < n; i++) if (used.has(i) && band(P(i)) && P(i)[0] > helix[0] - 0.012) auricle.push(i)
  const c = [0, 0, 0]
  for (const i of auricle) for (let k = 0; k < 3; k++) c[k]! += P(i)[k]! / auricle.length
  const ear = pick(band, (p) => -Math.hypot(p[0] - c[0]!, p[1] - c[1]!, p[2] - c[2]!))
  const E = P(ear), G = P(glabella), C = P(chin)
  const outermost = (y: number, z: number, tol = 0.008) =>
    pick((p) => head(p) && p[0] > 0.01 && Math.abs(p[1] - y) < tol && Math.abs(p[2] - z) < tol, (p) => p[0])
  const eyebrow = pick((p) => Math.abs(p[0] - 0.032) < 0.006 && Math.abs(p[1] - (G[1] + 0.003)) < 0.006 && p[2] > E[2], (p) => p[2])
  const temple = outermost(G[1] + 0.01, E[2] + 0.03)
  const behindEar = outermost(E[1] - 0.01, E[2] - 0.035)
  const jawAngle = outermost(E[1] - 0.045, E[2] + 0.01)
  const cheek = outermost(C[1] + 0.035, nose[2] - 0.05)
  return { vertex, noseTip, glabella, chin, backOfHead, ear, eyebrow, temple, behindEar, jawAngle, cheek }
}
