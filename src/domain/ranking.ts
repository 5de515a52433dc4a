/**
 * "Where does it hurt?": which trigger points could refer pain to the places a person marked, best first.
 * Pure: no React, no DOM, no three. The dataset is injectable so tests run on small fixtures.
 *
 * Score of a trigger point on one side, for marks m with weights w(m) = (1 + intensity) / 6 (intensity 0–10,
 * default 5, so an ordinary mark weighs 1):
 *
 *   score = prevalence × focus × Σ_explained w(m) · zone(m) / Σ_all w(m)
 *
 *   prevalence  common 1, occasional 0.6, rare 0.3
 *   zone(m)     1 when an essential zone covers the mark's area, 0.3 when only a spillover zone does
 *   focus       1 / (1 + 0.15 (n − 1)), n = the distinct areas of the trigger point's essential zones: a pattern
 *               aimed at one area counts more than a wide one (six areas keep 0.57, so a main zone still outranks
 *               any spillover zone of an equally common trigger point)
 *
 * so the score is the share of the person's pain the trigger point accounts for (1 = all of it, from a common
 * trigger point's main zone aimed at it): essential outranks spillover, common outranks rare, and explaining more
 * of the marks outranks explaining fewer, other things equal. Ties break on trigger point id, then side.
 */
import { DATASET, type Dataset } from '../../data/dataset'
import type { BodyArea, MuscleFacts, Prevalence, Side, TriggerPoint } from '../../data/schema'
import { zoneSides } from '../geometry/zones'

/** What the ranking needs from the dataset. */
export type RankingData = Pick<Dataset, 'muscles' | 'triggerPoints' | 'bodyAreas'>

/** A place a person marked as painful. `side` omitted for midline areas or when unknown: it then matches either side. */
export interface PainMark {
  readonly area: string
  readonly side?: Side
  /** 0–10; 5 when omitted. */
  readonly intensity?: number
}

export type MatchKind = 'essential' | 'spillover'

export interface Candidate {
  readonly muscle: string
  readonly muscleName: string
  readonly triggerPoint: string
  /** The side of the body the trigger point would be on; omitted when either side explains the marks equally. */
  readonly side?: Side
  /** 'essential' when at least one mark lies in a main zone. */
  readonly match: MatchKind
  /** 0..1, see the file comment; rounded to 4 decimals. */
  readonly score: number
  /** Area ids of the marks it explains, in the order of the marks, without repeats. */
  readonly explains: readonly string[]
  /** One plain sentence for the person. */
  readonly reason: string
}

export interface MuscleGroup {
  readonly muscle: string
  readonly muscleName: string
  /** The best score among its candidates. */
  readonly score: number
  /** Its candidates, best first. */
  readonly candidates: readonly Candidate[]
}

export const PREVALENCE_WEIGHT: Readonly<Record<Prevalence, number>> = { common: 1, occasional: 0.6, rare: 0.3 }
export const ZONE_WEIGHT: Readonly<Record<MatchKind, number>> = { essential: 1, spillover: 0.3 }
const FOCUS_STEP = 0.15
const DEFAULT_INTENSITY = 5

/** A mark's weight: intensity 0–10 → 1/6 … 11/6, default 1; a zero mark still counts a little. */
export function markWeight(intensity: number | undefined): number {
  const i = intensity === undefined || !Number.isFinite(intensity) ? DEFAULT_INTENSITY : Math.min(10, Math.max(0, intensity))
  return (1 + i) / 6
}

/**
 * 1 for a trigger point whose main pattern is aimed at one area, less for a wide one: n = the distinct areas of its
 * essential zones. Applied to its spillover matches too, since the main pattern says how diffuse its pain is.
 */
function focus(tp: TriggerPoint): number {
  const n = new Set(tp.referral.essential.flatMap((z) => z.areas)).size
  return 1 / (1 + FOCUS_STEP * Math.max(0, n - 1))
}

interface RankIndex {
  readonly areas: ReadonlyMap<string, BodyArea>
  readonly muscles: ReadonlyMap<string, MuscleFacts>
  /** area id → positions in data.triggerPoints of the trigger points with a zone listing it */
  readonly byArea: ReadonlyMap<string, readonly number[]>
}

/** Look-ups built once per dataset value (datasets are not mutated after they are built). */
const indexes = new WeakMap<RankingData, RankIndex>()

function index(data: RankingData): RankIndex {
  let ix = indexes.get(data)
  if (ix) return ix
  const byArea = new Map<string, number[]>()
  data.triggerPoints.forEach((tp, i) => {
    const ids = new Set([...tp.referral.essential, ...tp.referral.spillover].flatMap((z) => z.areas))
    for (const id of ids) byArea.set(id, [...(byArea.get(id) ?? []), i])
  })
  ix = {
    areas: new Map(data.bodyAreas.map((a) => [a.id, a])),
    muscles: new Map(data.muscles.map((m) => [m.id, m])),
    byArea,
  }
  indexes.set(data, ix)
  return ix
}

interface Mark {
  readonly area: BodyArea
  /** undefined = either side (unknown, or a midline area) */
  readonly side?: Side
  readonly weight: number
}

/** Marks on known areas, the side dropped for midline areas, repeats merged keeping the strongest. */
function cleanMarks(marks: readonly PainMark[], areas: ReadonlyMap<string, BodyArea>): Mark[] {
  const byKey = new Map<string, Mark>()
  for (const m of marks) {
    const area = areas.get(m.area)
    if (!area) continue
    const side = area.sided ? m.side : undefined
    const key = `${area.id}|${side ?? ''}`
    const weight = markWeight(m.intensity)
    const prev = byKey.get(key)
    if (!prev || weight > prev.weight) byKey.set(key, { area, side, weight })
  }
  return [...byKey.values()]
}

interface Hit {
  readonly mark: Mark
  readonly kind: MatchKind
  readonly value: number
}

/** How the trigger point, on `side` (undefined for a midline muscle), explains each mark: its best zone per mark. */
function hitsFor(tp: TriggerPoint, side: Side | undefined, marks: readonly Mark[]): Hit[] {
  const hits: Hit[] = []
  const f = focus(tp)
  for (const mark of marks) {
    let best: Hit | undefined
    for (const kind of ['essential', 'spillover'] as const) {
      for (const zone of tp.referral[kind]) {
        if (!zone.areas.includes(mark.area.id)) continue
        if (side && mark.side && !zoneSides(side, zone.laterality).includes(mark.side)) continue
        const value = mark.weight * ZONE_WEIGHT[kind] * f
        if (!best || value > best.value) best = { mark, kind, value }
      }
    }
    if (best) hits.push(best)
  }
  return hits
}

const round = (x: number): number => Math.round(x * 10_000) / 10_000

/** "Trapezius, upper fibres" → "the upper fibres of the trapezius"; plain names stay as they are. */
export function muscleInSentence(name: string): string {
  const comma = name.indexOf(', ')
  if (comma < 0) return name
  const whole = name.slice(0, comma)
  const part = name.slice(comma + 2)
  return `the ${part} of the ${whole.charAt(0).toLowerCase()}${whole.slice(1)}`
}

/** "Outer thigh" → "the outer thigh"; "Between the shoulder blades" stays without an article. */
export function areaInSentence(name: string): string {
  const lower = /^[A-Z][a-z]/.test(name) && !/^Achilles/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name
  return /^(between|above|below|behind|under)\b/i.test(lower) ? lower : `the ${lower}`
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

function reasonFor(muscleName: string, hits: readonly Hit[]): string {
  const who = capitalise(muscleInSentence(muscleName))
  const names = (kind: MatchKind): string[] => [
    ...new Set(hits.filter((h) => h.kind === kind).map((h) => areaInSentence(h.mark.area.name))),
  ]
  const main = names('essential')
  const some = names('spillover')
  const marks = (n: number): string => (n === 1 ? 'your mark is' : n === 2 ? 'both marks are' : `all ${n} marks are`)
  if (some.length === 0) return `${who} can send pain to ${list(main)}; ${marks(hits.length)} in its main zone.`
  if (main.length === 0) return `${who} sometimes sends pain to ${list(some)}; ${marks(hits.length)} in its occasional zone.`
  return `${who} can send pain to ${list(main)}, its main zone, and sometimes to ${list(some)}, its occasional zone.`
}

function compare(a: Candidate, b: Candidate): number {
  return (
    b.score - a.score ||
    b.explains.length - a.explains.length ||
    (a.triggerPoint < b.triggerPoint ? -1 : a.triggerPoint > b.triggerPoint ? 1 : 0) ||
    (a.side ?? '').localeCompare(b.side ?? '')
  )
}

/**
 * Trigger points that could cause the marked pain, best first (see the file comment for the score). A trigger point
 * appears once per side that explains at least one mark, or once without a side when both sides explain the marks
 * alike. Marks on unknown areas are ignored; no marks → no candidates.
 */
export function rankTriggerPoints(marks: readonly PainMark[], data: RankingData = DATASET): Candidate[] {
  const ix = index(data)
  const clean = cleanMarks(marks, ix.areas)
  if (clean.length === 0) return []
  const total = clean.reduce((s, m) => s + m.weight, 0)
  // Only trigger points with a zone on one of the marked areas, in dataset order.
  const touched = new Set<number>()
  for (const m of clean) for (const i of ix.byArea.get(m.area.id) ?? []) touched.add(i)
  const out: Candidate[] = []

  for (const i of [...touched].sort((a, b) => a - b)) {
    const tp = data.triggerPoints[i]!
    const muscle = ix.muscles.get(tp.muscle)
    const muscleName = muscle?.name ?? tp.muscle
    const prevalence = PREVALENCE_WEIGHT[tp.prevalence]
    const make = (side: Side | undefined, hits: Hit[]): Candidate => ({
      muscle: tp.muscle,
      muscleName,
      triggerPoint: tp.id,
      ...(side ? { side } : {}),
      match: hits.some((h) => h.kind === 'essential') ? 'essential' : 'spillover',
      score: round((prevalence * hits.reduce((s, h) => s + h.value, 0)) / total),
      explains: [...new Set(hits.map((h) => h.mark.area.id))],
      reason: reasonFor(muscleName, hits),
    })

    if (muscle?.midline) {
      const hits = hitsFor(tp, undefined, clean)
      if (hits.length > 0) out.push(make(undefined, hits))
      continue
    }
    const left = hitsFor(tp, 'left', clean)
    const right = hitsFor(tp, 'right', clean)
    const same =
      left.length === right.length &&
      left.every((h, k) => h.mark === right[k]!.mark && h.kind === right[k]!.kind && h.value === right[k]!.value)
    if (same) {
      if (left.length > 0) out.push(make(undefined, left))
    } else {
      if (left.length > 0) out.push(make('left', left))
      if (right.length > 0) out.push(make('right', right))
    }
  }
  return out.sort(compare)
}

/** Candidates gathered by muscle, muscles in the order of their best candidate. */
export function groupByMuscle(candidates: readonly Candidate[]): MuscleGroup[] {
  const groups = new Map<string, { muscle: string; muscleName: string; score: number; candidates: Candidate[] }>()
  for (const c of [...candidates].sort(compare)) {
    const g = groups.get(c.muscle)
    if (g) g.candidates.push(c)
    else groups.set(c.muscle, { muscle: c.muscle, muscleName: c.muscleName, score: c.score, candidates: [c] })
  }
  return [...groups.values()]
}
