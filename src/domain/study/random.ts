/** A small seeded random source (mulberry32), so a question drawn from a seed is always the same question. */

export type Random = () => number

/** Uniform numbers in [0, 1) from a 32-bit seed; the same seed gives the same sequence. */
export function seeded(seed: number): Random {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
  }
}

/** A seed from a text and a number (FNV-1a), e.g. a card id and the question's number in a session. */
export function seedOf(text: string, n = 0): number {
  let h = 0x811c9dc5 ^ n
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/** A shuffled copy (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

export function pick<T>(items: readonly T[], random: Random): T {
  if (!items.length) throw new Error('pick from an empty list')
  return items[Math.floor(random() * items.length)]!
}
