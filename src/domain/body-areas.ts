/**
 * "Where does it hurt?": everyday words and taps on the body turned into body areas (data/body-areas.ts).
 * Pure: no React, no DOM, no three. The dataset is injectable so tests run on small fixtures.
 */
import Fuse from 'fuse.js'
import { DATASET, type Dataset } from '../../data/dataset'
import type { BodyArea, Side, Vec3 } from '../../data/schema'
import { blobWeights, landmarkMap, type LandmarkMap } from '../geometry/zones'

/** What `resolveArea` and the body-area functions need from the dataset. */
export type AreaData = Pick<Dataset, 'bodyAreas' | 'landmarks'>

/** A body area read from words: its id, and the side when the words named one and the area is paired. */
export interface ResolvedArea {
  readonly area: string
  readonly side?: Side
}

export interface AreaSuggestion {
  readonly area: string
  readonly name: string
  readonly side?: Side
  /** 0 = exact … 1 = poor */
  readonly score: number
}

export interface AreaAtPoint {
  readonly area: string
  /** Omitted for midline areas. */
  readonly side?: Side
  /** 0..1, how deep inside the area the point lies. */
  readonly weight: number
}

/** Best Fuse score (0 = exact) accepted as a resolution; looser matches are only suggestions. */
const RESOLVE_THRESHOLD = 0.3
/** Share of a name's length a fuzzy match must cover to resolve (see `covers`). */
const MIN_COVER = 0.6
/** Looser bound for "did you mean" suggestions. */
const SUGGEST_THRESHOLD = 0.6
/** Bound for one word of the query matched on its own, for suggestions. */
const WORD_THRESHOLD = 0.4
/** Words of the query matched on their own, at most: a pasted paragraph must not stall typing (one search each). */
const MAX_SUGGEST_WORDS = 12

const SIDE_WORDS: Record<string, Side | 'both'> = {
  left: 'left',
  lt: 'left',
  right: 'right',
  rt: 'right',
  both: 'both',
  bilateral: 'both',
}

/** Words that carry no place: dropped from the query and from the area names alike. */
const FILLER = new Set([
  'my', 'the', 'a', 'an', 'and', 'in', 'on', 'at', 'of', 'to', 'around',
  'pain', 'pains', 'painful', 'ache', 'aches', 'aching', 'achy', 'hurts', 'hurt', 'hurting', 'sore', 'soreness',
])

/** Compatibility forms (full-width, "fancy" letters) unfolded before lower-casing, so they lower-case too. */
const folded = (text: string): string => text.normalize('NFKD').toLowerCase()

function words(text: string): string[] {
  return folded(text)
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]s\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0)
}

/** Lower-case words without filler, one space apart. "Back of the head" → "back head". */
function normalize(text: string): string {
  return words(text)
    .filter((w) => !FILLER.has(w))
    .join(' ')
}

/** A crude singular: "temples" → "temple", "toes" stays a word the index also knows in the plural. */
function singular(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1)
  return w
}

const singularPhrase = (s: string): string => s.split(' ').map(singular).join(' ')

/** The query's side words taken out; `side` is set only when exactly one side was named. */
function splitSide(text: string): { rest: string; side?: Side } {
  // "left-hand side", "on the right side": the side word takes "hand" and "side" with it, but "left side of the
  // neck" keeps its "side of".
  const all = words(
    folded(text)
      .replace(/\b(left|right|both)\s*-?\s*hand(?=\s+sides?\b)/g, '$1')
      .replace(/\b(left|right|both)\s+sides?\b(?!\s+of\b)/g, '$1'),
  )
  const named = new Set(all.map((w) => SIDE_WORDS[w]).filter((s) => s !== undefined))
  const rest = all.filter((w) => SIDE_WORDS[w] === undefined).join(' ')
  const side = named.size === 1 && !named.has('both') ? ([...named][0] as Side) : undefined
  return side ? { rest, side } : { rest }
}

interface Term {
  readonly area: BodyArea
  /** normalised term */
  readonly text: string
  /** the term singularised word by word, for exact look-up */
  readonly singular: string
  readonly weight: number
}

interface AreaIndex {
  readonly byId: ReadonlyMap<string, BodyArea>
  readonly exact: ReadonlyMap<string, BodyArea>
  readonly fuse: Fuse<Term>
  readonly landmarks: LandmarkMap
}

const indexes = new WeakMap<AreaData, AreaIndex>()

function index(data: AreaData): AreaIndex {
  let ix = indexes.get(data)
  if (ix) return ix
  const terms: Term[] = []
  for (const area of data.bodyAreas) {
    const add = (raw: string, weight: number): void => {
      const text = normalize(raw)
      if (text) terms.push({ area, text, singular: singularPhrase(text), weight })
    }
    add(area.name, 1)
    add(area.id.replace(/-/g, ' '), 0.9)
    for (const s of area.synonyms) add(s, 0.95)
  }
  // Exact look-up: first claim wins, names before synonyms (areas are listed head to toe).
  const exact = new Map<string, BodyArea>()
  for (const pass of [1, 0.9, 0.95]) {
    for (const t of terms) {
      if (t.weight !== pass) continue
      if (!exact.has(t.text)) exact.set(t.text, t.area)
      if (!exact.has(t.singular)) exact.set(t.singular, t.area)
    }
  }
  const fuse = new Fuse(terms, {
    keys: ['text'],
    includeScore: true,
    threshold: SUGGEST_THRESHOLD,
    ignoreLocation: true,
    shouldSort: true,
  })
  ix = { byId: new Map(data.bodyAreas.map((a) => [a.id, a])), exact, fuse, landmarks: landmarkMap(data.landmarks) }
  indexes.set(data, ix)
  return ix
}

type Scored = { area: BodyArea; score: number }

/**
 * Fuse hits for a normalised query, best first, one entry per area, scores scaled by the term's weight. `strict`
 * keeps only the terms the query covers (see `covers`): for resolving, not for suggesting.
 */
function fuzzy(ix: AreaIndex, q: string, strict = false): Scored[] {
  const seen = new Set<string>()
  return ix.fuse
    .search(q.slice(0, 32))
    .filter((r) => !strict || covers(q, r.item.text))
    .map((r) => ({ area: r.item.area, score: Math.min(1, (r.score ?? 1) / r.item.weight) }))
    .sort((a, b) => a.score - b.score || a.area.id.localeCompare(b.area.id))
    .filter((r) => !seen.has(r.area.id) && seen.add(r.area.id))
}

/** Areas matching the whole of `rest` (side words already removed), best first, one entry per area. */
function match(rest: string, data: AreaData, threshold: number, limit: number, strict = false): Scored[] {
  const q = normalize(rest)
  if (!q) return []
  const ix = index(data)
  const hit = ix.exact.get(q) ?? ix.exact.get(singularPhrase(q))
  const out: Scored[] = hit ? [{ area: hit, score: 0 }] : []
  for (const r of fuzzy(ix, q, strict)) {
    if (r.score > threshold || r.area.id === hit?.id) continue
    out.push(r)
  }
  return out.slice(0, limit)
}

/** Edits between two short words: insert, delete, substitute, or swap two neighbours ("tempel"). */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i]!
      const up = d[i - 1]!
      row[j] = Math.min(up[j]! + 1, row[j - 1]! + 1, up[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1)
    }
  }
  return d[a.length]![b.length]!
}

/** A query word that may stand for a word of a name: more than half of its beginning, or a typo of it (one per 4 letters). */
function nearWord(q: string, w: string): boolean {
  if (w.startsWith(q)) return q.length >= 3 && q.length > 0.5 * w.length
  return q.length >= 4 && editDistance(q, w) <= Math.floor(w.length / 4)
}

/**
 * Whether a fuzzy match of the query in a name may resolve. The search finds "b" in "buttock" and "all" in "hallux"
 * with a perfect score, but a letter or a piece of a word names no place (it is still suggested). The query needs
 * three letters or more, and to be most of the name ("shoulderblade") or each of its words near a word of the name
 * ("knee" of "kneecap", "tempel", "tennis elb").
 */
function covers(q: string, term: string): boolean {
  if (q.length < 3) return false
  if (q.length >= MIN_COVER * term.length) return true
  const names = term.split(' ')
  return q.split(' ').every((qw) => names.some((w) => nearWord(qw, w)))
}

const withSide = (area: BodyArea, side: Side | undefined): ResolvedArea =>
  area.sided && side ? { area: area.id, side } : { area: area.id }

/**
 * The body area meant by everyday words ("left temple", "tennis elbow", "temples"), or null when nothing is close.
 * The side is kept only for paired areas.
 */
export function resolveArea(text: string, data: AreaData = DATASET): ResolvedArea | null {
  const { rest, side } = splitSide(text)
  const best = match(rest, data, RESOLVE_THRESHOLD, 1, true)[0]
  return best ? withSide(best.area, side) : null
}

/**
 * The closest areas to the words, best first, for "did you mean" lists; loose on purpose. Whole-phrase matches come
 * first, then the best matches of each word in turn, so "elbw pit" offers both elbow areas and pits.
 */
export function suggestAreas(text: string, data: AreaData = DATASET, limit = 5): AreaSuggestion[] {
  const { rest, side } = splitSide(text)
  const ix = index(data)
  const out: Scored[] = match(rest, data, SUGGEST_THRESHOLD, limit)
  const seen = new Set(out.map((o) => o.area.id))
  const perWord = [...new Set(normalize(rest).split(' '))]
    .filter((w) => w.length >= 3)
    .slice(0, MAX_SUGGEST_WORDS)
    .map((w) => fuzzy(ix, w).filter((r) => r.score <= WORD_THRESHOLD))
  for (let rank = 0; out.length < limit && perWord.some((hits) => hits.length > rank); rank++) {
    for (const hits of perWord) {
      const r = hits[rank]
      if (r && !seen.has(r.area.id) && out.length < limit) {
        seen.add(r.area.id)
        out.push(r)
      }
    }
  }
  return out.map(({ area, score }) => ({ ...withSide(area, side), name: area.name, score }))
}

/** The area with this id, if the dataset has it. */
export function bodyArea(id: string, data: AreaData = DATASET): BodyArea | undefined {
  return index(data).byId.get(id)
}

/**
 * The areas a tapped skin point (with its outward normal) lies in, strongest first. Paired areas are tested on the
 * side the point is on (left for x > 0, right for x < 0, both exactly on the midline); midline areas carry no side.
 */
export function areasAtPoint(point: Vec3, normal: Vec3, data: AreaData = DATASET): AreaAtPoint[] {
  const ix = index(data)
  const sides: Side[] = point[0] > 0 ? ['left'] : point[0] < 0 ? ['right'] : ['left', 'right']
  const out: AreaAtPoint[] = []
  const w = new Float32Array(1)
  for (const area of data.bodyAreas) {
    for (const side of area.sided ? sides : (['left'] as const)) {
      w[0] = 0
      blobWeights(point, normal, area.blobs, ix.landmarks, side, w)
      const weight = w[0]!
      if (weight > 0) out.push(area.sided ? { area: area.id, side, weight } : { area: area.id, weight })
    }
  }
  return out.sort(
    (a, b) => b.weight - a.weight || a.area.localeCompare(b.area) || (a.side ?? '').localeCompare(b.side ?? ''),
  )
}
