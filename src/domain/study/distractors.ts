/** How near a wrong option is to the answer, and the greedy draw of wrong options that are near and distinct. */
import type { MuscleFacts, Region, TriggerPoint } from '../../../data/schema'
import { areaById, triggerPointsOf, type Dataset } from '../dataset'
import type { Random } from './random'

/** Quarters of the body; a student confuses muscles within one and with the next one. */
const QUARTER: Record<Region, number> = {
  head: 0,
  neck: 0,
  'upper-back': 1,
  shoulder: 1,
  chest: 1,
  arm: 1,
  forearm: 1,
  hand: 1,
  abdomen: 2,
  'low-back': 2,
  hip: 3,
  thigh: 3,
  leg: 3,
  foot: 3,
}

/** 3 for the same region, 2 for the same quarter of the body, 1 for the next quarter, 0 for far apart. */
export function nearness(a: Region, b: Region): number {
  if (a === b) return 3
  const d = Math.abs(QUARTER[a] - QUARTER[b])
  return d === 0 ? 2 : d === 1 ? 1 : 0
}

/** Body-area ids a trigger point refers to: its essential zones, or all of them. */
export function referralAreas(tp: TriggerPoint, which: 'essential' | 'all' = 'all'): string[] {
  const zones = which === 'essential' ? tp.referral.essential : [...tp.referral.essential, ...tp.referral.spillover]
  return [...new Set(zones.flatMap((z) => z.areas))]
}

const shapeKind = (id: string, data: Dataset) => data.shapes.find((s) => s.muscle === id)?.shape.kind

/**
 * How plausible muscle `o` is as a wrong answer where `m` is right: 0 when far apart on the body, else more for the
 * same region, the same layer and the same kind of shape (a flat sheet or a belly). With a trigger point, a muscle
 * that refers pain to the same part of the body counts as near too.
 */
export function affinity(m: MuscleFacts, o: MuscleFacts, data: Dataset, tp?: TriggerPoint): number {
  let near = nearness(m.region, o.region)
  if (tp) {
    const regions = new Set(referralAreas(tp, 'essential').map((a) => areaById(a, data)?.region))
    const theirs = triggerPointsOf(o.id, data).flatMap((t) => referralAreas(t).map((a) => areaById(a, data)?.region))
    if (theirs.some((r) => regions.has(r))) near += 3
  }
  if (near === 0) return 0
  return near + (m.layer === o.layer ? 1 : 0) + (shapeKind(m.id, data) === shapeKind(o.id, data) ? 1 : 0)
}

/** The main place of an attachment: its first clause up to an 'and', 'through' or 'by', without a "Short head:" or "Superficial part:" lead. */
export function mainAttachment(text: string): string {
  return text
    .replace(/^[\w\s]*\b(part|head):\s*/i, '')
    .split(/[,.;:]| through | by | and | with /)[0]!
    .trim()
    .toLowerCase()
}

/** True when the two muscles share the attachment: parts of one muscle, or the same main place
 * (one naming it more narrowly than the other). */
export function attachmentsOverlap(a: MuscleFacts, b: MuscleFacts, which: 'origin' | 'insertion'): boolean {
  if (a.group && a.group === b.group) return true
  const x = mainAttachment(a[which]), y = mainAttachment(b[which])
  // "Medial border of the scapula" and "medial border of the scapula at the level of…" are one place.
  return x.startsWith(y) || y.startsWith(x)
}

/**
 * Up to `n` wrong options: the plausible candidates (score above 0), nearer ones first with a seeded jitter so the
 * set varies between questions, skipping any that clashes with one already taken.
 */
export function distractors<T>(
  candidates: readonly T[],
  score: (c: T) => number,
  clash: (a: T, b: T) => boolean,
  n: number,
  random: Random,
): T[] {
  const ranked = candidates
    .map((c) => ({ c, s: score(c) }))
    .filter((x) => x.s > 0)
    .map((x) => ({ ...x, key: x.s + random() * 2 }))
    .sort((a, b) => b.key - a.key)
  const out: T[] = []
  for (const { c } of ranked) {
    if (out.length === n) break
    if (!out.some((o) => clash(o, c))) out.push(c)
  }
  return out
}
