/**
 * Reads and writes the whole view in the URL: `?body=female|male`, `?muscle=<id>&side=<left|right>`, `?tp=<id>&side=…`,
 * `?condition=<id>`, `?pain=<place>[:<0–10>][@<x>_<y>_<z>],…`, `?mode=pain`, `?skin=opaque|translucent|hidden`,
 * `?peel=1`, `?skeleton=1`, `?cam=<x>,<y>,<z>,<tx>,<ty>,<tz>` (millimetres). Older links (`?muscle=`, `?tp=`,
 * `?condition=`, `?pain=<place>,<place>`) are a subset of this. Every parameter it cannot use becomes a
 * plain-language problem.
 */
import type { Side } from '../../data/schema'
import { conditionById, DATASET, muscleById, triggerPointById, type Dataset } from './dataset'
import {
  LINK_MODES,
  LINK_SKINS,
  readCamera,
  readFlag,
  readPainMark,
  writeCamera,
  writePainMark,
  type LinkCamera,
  type LinkMode,
  type LinkPainMark,
  type LinkSkin,
} from './link-view'

export type { LinkCamera, LinkMode, LinkPainMark, LinkSkin } from './link-view'

export type LinkBody = 'male' | 'female'

export interface LinkState {
  /** Which body to draw; absent means the person's own saved choice. */
  readonly body?: LinkBody
  readonly muscle?: { readonly id: string; readonly side: Side }
  readonly triggerPoint?: { readonly id: string; readonly side: Side }
  readonly condition?: string
  /** Places from `pain=`, with their intensities and tapped points; the pain finder resolves the words. */
  readonly pain?: readonly LinkPainMark[]
  readonly mode?: LinkMode
  readonly skin?: LinkSkin
  readonly peel?: boolean
  readonly skeleton?: boolean
  readonly camera?: LinkCamera
}

export interface ParsedLink {
  readonly state: LinkState
  readonly problems: readonly string[]
}

/** The parameters a link may carry. */
const KEYS = ['muscle', 'tp', 'side', 'condition', 'pain', 'body', 'mode', 'skin', 'peel', 'skeleton', 'cam'] as const
type Key = (typeof KEYS)[number]
const isKey = (k: string): k is Key => (KEYS as readonly string[]).includes(k)
/** What a parameter is called in a message. */
const NOUN: Record<Key, string> = {
  muscle: 'muscle',
  tp: 'trigger point',
  side: 'side',
  condition: 'condition',
  pain: 'list of places',
  body: 'body',
  mode: 'mode',
  skin: 'skin layer',
  peel: 'surface muscle layer',
  skeleton: 'skeleton layer',
  cam: 'camera',
}

/** Added to shared links by messengers and newsletters; they say nothing about the atlas, so they pass in silence. */
const LINK_DECORATION = /^(utm_.*|fbclid|gclid|msclkid)$/

/** At most this many places from `pain=`, each at most `MAX_WORD` characters: a link is not a way to stall the page. */
export const MAX_PAIN_WORDS = 20
const MAX_WORD = 60

/** Control, format and line-break characters as single spaces, spaces collapsed, trimmed. */
const clean = (v: string) => v.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\s]+/gu, ' ').trim()

/** Text from the link as a message can show it: cleaned and at most 40 characters. */
function quote(v: string): string {
  const chars = Array.from(clean(v))
  return `"${chars.length > 40 ? `${chars.slice(0, 39).join('')}…` : chars.join('')}"`
}

function readPain(raw: string, problems: string[]): LinkPainMark[] {
  const words = raw.split(',').map((w) => clean(w)).filter(Boolean)
  if (words.length > MAX_PAIN_WORDS) problems.push(`The link marks ${words.length} places; only the first ${MAX_PAIN_WORDS} are shown.`)
  const marks: LinkPainMark[] = []
  for (const w of words.slice(0, MAX_PAIN_WORDS)) {
    const { mark, problem } = readPainMark(w, quote)
    if (problem) problems.push(problem)
    if (mark) marks.push({ ...mark, place: Array.from(mark.place).slice(0, MAX_WORD).join('').trim() })
  }
  return marks
}

/** The view parts of a link: mode, layers, camera. */
function readView(get: (key: Key) => string | null, state: { -readonly [K in keyof LinkState]: LinkState[K] }, problems: string[]): void {
  const mode = get('mode')
  if (mode !== null) {
    if ((LINK_MODES as readonly string[]).includes(mode)) state.mode = mode as LinkMode
    else problems.push(`The link asks for a mode ${quote(mode)} that this atlas does not have; showing the muscles.`)
  }
  const skin = get('skin')
  if (skin !== null) {
    if ((LINK_SKINS as readonly string[]).includes(skin)) state.skin = skin as LinkSkin
    else problems.push(`The link's skin layer ${quote(skin)} is not opaque, translucent or hidden; showing the usual skin.`)
  }
  for (const key of ['peel', 'skeleton'] as const) {
    const raw = get(key)
    if (raw === null) continue
    const on = readFlag(raw)
    if (on === null) problems.push(`The link's ${NOUN[key]} ${quote(raw)} is not 1 or 0; it was left as usual.`)
    else state[key] = on
  }
  const cam = get('cam')
  if (cam !== null) {
    const camera = readCamera(cam)
    if (camera) state.camera = camera
    else problems.push(`The link's camera ${quote(cam)} could not be read; showing the usual view.`)
  }
}

/**
 * The state a link asks for, and a plain sentence for every part of it that is not used: unknown names, a wrong
 * side or body, an empty or repeated parameter, a muscle that contradicts the trigger point, a parameter the atlas
 * does not read. Never throws, whatever the text.
 */
export function parseLink(search: string, data: Dataset = DATASET): ParsedLink {
  const params = new URLSearchParams(search)
  const problems: string[] = []
  const state: { -readonly [K in keyof LinkState]: LinkState[K] } = {}
  const first = new Map<Key, string>()
  const unread = new Set<string>()
  for (const [key, value] of params) {
    if (!isKey(key)) {
      if (key.trim() && !LINK_DECORATION.test(key)) unread.add(key)
      else if (!key.trim() && value.trim()) unread.add(`=${value}`)
      continue
    }
    if (!first.has(key)) first.set(key, value)
    else if (value !== first.get(key)) problems.push(`The link names more than one ${NOUN[key]}; only the first, ${quote(first.get(key)!)}, is used.`)
  }
  for (const key of unread) problems.push(`The link has a part ${quote(key)} that this atlas does not read; it was left out.`)
  /** The parameter's value, or null when absent or empty (an empty one is reported). */
  const get = (key: Key): string | null => {
    const v = first.get(key)
    if (v === undefined) return null
    if (key !== 'pain' && !v.trim()) {
      problems.push(`The link's ${NOUN[key]} is empty${key === 'side' ? '; showing the left side' : ''}.`)
      return null
    }
    return v
  }

  const sideParam = get('side')
  let side: Side = 'left'
  if (sideParam === 'right' || sideParam === 'left') side = sideParam
  else if (sideParam !== null) problems.push(`The link's side ${quote(sideParam)} is not left or right; showing the left side.`)

  const tp = get('tp')
  if (tp !== null) {
    const found = triggerPointById(tp, data)
    if (found) {
      state.triggerPoint = { id: tp, side }
      state.muscle = { id: found.muscle, side }
    } else problems.push(`The link names a trigger point ${quote(tp)} that this atlas does not have.`)
  }
  const id = get('muscle')
  if (id !== null && state.muscle && id !== state.muscle.id) {
    problems.push(`The link names the muscle ${quote(id)} and a trigger point of another muscle; showing the trigger point.`)
  } else if (id !== null && !state.muscle) {
    if (muscleById(id, data)) state.muscle = { id, side }
    else problems.push(`The link names a muscle ${quote(id)} that this atlas does not have. Search for it by name instead.`)
  }
  const condition = get('condition')
  if (condition !== null) {
    if (conditionById(condition, data)) state.condition = condition
    else problems.push(`The link names a condition ${quote(condition)} that this atlas does not cover.`)
  }
  const body = get('body')
  if (body === 'male' || body === 'female') state.body = body
  else if (body !== null) problems.push(`The link asks for a body ${quote(body)}; this atlas has a male and a female body.`)
  const pain = get('pain')
  if (pain !== null) state.pain = readPain(pain, problems)
  readView(get, state, problems)
  return { state, problems }
}

export function formatLink(state: LinkState): string {
  const params = new URLSearchParams()
  if (state.body) params.set('body', state.body)
  if (state.triggerPoint) {
    params.set('tp', state.triggerPoint.id)
    params.set('side', state.triggerPoint.side)
  } else if (state.muscle) {
    params.set('muscle', state.muscle.id)
    params.set('side', state.muscle.side)
  }
  if (state.condition) params.set('condition', state.condition)
  if (state.pain?.length) params.set('pain', state.pain.map(writePainMark).join(','))
  if (state.mode) params.set('mode', state.mode)
  if (state.skin) params.set('skin', state.skin)
  if (state.peel !== undefined) params.set('peel', state.peel ? '1' : '0')
  if (state.skeleton !== undefined) params.set('skeleton', state.skeleton ? '1' : '0')
  if (state.camera) params.set('cam', writeCamera(state.camera))
  // Commas, colons and @ are legal in a query and keep a link readable.
  const s = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%40/g, '@')
  return s ? `?${s}` : ''
}
