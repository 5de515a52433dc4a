/**
 * The fixed set of directions of radial bone figures: the vertices of an icosahedron subdivided `level` times,
 * projected onto the unit sphere, in a deterministic order (the 12 corners, then edge midpoints as subdivision makes
 * them). Faces wind outward. Level 1: 42 directions, 2: 162, 3: 642, 4: 2562.
 */
import { normalize, type V3 } from './vec'

export interface Icosphere {
  readonly dirs: readonly V3[]
  readonly faces: readonly (readonly [number, number, number])[]
}

const cache = new Map<number, Icosphere>()

function base(): { dirs: V3[]; faces: [number, number, number][] } {
  const t = (1 + Math.sqrt(5)) / 2
  const corners: V3[] = [
    [-1, t, 0], [1, t, 0], [-1, -t, 0], [1, -t, 0],
    [0, -1, t], [0, 1, t], [0, -1, -t], [0, 1, -t],
    [t, 0, -1], [t, 0, 1], [-t, 0, -1], [-t, 0, 1],
  ]
  const faces: [number, number, number][] = [
    [0, 11, 5], [0, 5, 1], [0, 1, 7], [0, 7, 10], [0, 10, 11],
    [1, 5, 9], [5, 11, 4], [11, 10, 2], [10, 7, 6], [7, 1, 8],
    [3, 9, 4], [3, 4, 2], [3, 2, 6], [3, 6, 8], [3, 8, 9],
    [4, 9, 5], [2, 4, 11], [6, 2, 10], [8, 6, 7], [9, 8, 1],
  ]
  return { dirs: corners.map((c) => normalize(c)), faces }
}

export function icosphere(level: number): Icosphere {
  const hit = cache.get(level)
  if (hit) return hit
  const { dirs, faces: f0 } = base()
  let faces = f0
  for (let l = 0; l < level; l++) {
    const mids = new Map<string, number>()
    const mid = (a: number, b: number) => {
      const k = a < b ? `${a},${b}` : `${b},${a}`
      let i = mids.get(k)
      if (i === undefined) {
        const p = dirs[a]!, q = dirs[b]!
        i = dirs.push(normalize([p[0] + q[0], p[1] + q[1], p[2] + q[2]])) - 1
        mids.set(k, i)
      }
      return i
    }
    const next: [number, number, number][] = []
    for (const [a, b, c] of faces) {
      const ab = mid(a, b), bc = mid(b, c), ca = mid(c, a)
      next.push([a, ab, ca], [b, bc, ab], [c, ca, bc], [ab, bc, ca])
    }
    faces = next
  }
  const out = { dirs, faces }
  cache.set(level, out)
  return out
}

/** Number of directions at a subdivision level. */
export const directionCount = (level: number) => 10 * 4 ** level + 2

/** Index of the direction nearest to unit vector `d` (brute force; build-time use only). */
export function nearestDirection(dirs: readonly V3[], d: V3): number {
  let best = 0, bestDot = -Infinity
  for (let i = 0; i < dirs.length; i++) {
    const q = dirs[i]!
    const s = q[0] * d[0] + q[1] * d[1] + q[2] * d[2]
    if (s > bestDot) {
      bestDot = s
      best = i
    }
  }
  return best
}
