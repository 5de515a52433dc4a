/**
 * Reads a diary file someone chose to import: every field is checked against DIARY_SCHEMA and the rules the schema
 * cannot state, and each problem is told in plain words naming the entry and the field. A file with any problem
 * gives no entries at all, so an import is all or nothing. Pure: no React, no DOM, no storage.
 */
import { DATASET } from '../../../data/dataset'
import type { BodyArea } from '../../../data/schema'
import { DIARY_FORMAT, DIARY_VERSION, normaliseEntry, placeKey, type DiaryEntry } from './entry'
import { AREA_PATTERN, DAY_PATTERN, DIARY_SCHEMA, INSTANT_PATTERN, type JsonSchema } from './schema'

/** One problem: where it is as a JSON path (0-based, for people who edit the file) and in words. */
export interface DiaryProblem {
  /** e.g. `entries[1].marks[0].intensity`; `$` for the file as a whole. */
  readonly path: string
  /** e.g. `Entry 2 (“2025-05-03-7f3a9c21”), mark 1 (left temple), intensity: 12 is outside the range 0 to 10.` */
  readonly text: string
}

export type DiaryReadResult =
  | { readonly ok: true; readonly entries: readonly DiaryEntry[] }
  | {
      readonly ok: false
      /** not-json: unreadable; not-diary: some other kind of file; newer: a later format; invalid: field problems. */
      readonly reason: 'too-large' | 'not-json' | 'not-diary' | 'newer' | 'invalid'
      /** One or two sentences for the person, ending with what to do. */
      readonly summary: string
      readonly problems: readonly DiaryProblem[]
    }

/** Far above any real diary (ten years of daily entries is about 3 MB), small enough to check at once. */
export const MAX_FILE_CHARS = 20_000_000

export interface ReadOptions {
  /** The body areas marks may name; the app's own by default. */
  readonly areas?: readonly Pick<BodyArea, 'id' | 'name' | 'sided'>[]
}

const NOTHING = 'Nothing was imported.'

/** Checks a diary file's text and gives its entries, or every problem found. */
export function readDiaryFile(text: string, options: ReadOptions = {}): DiaryReadResult {
  const fail = (reason: Exclude<DiaryReadResult, { ok: true }>['reason'], summary: string, problems: DiaryProblem[] = []) =>
    ({ ok: false, reason, summary, problems }) as const
  if (text.length > MAX_FILE_CHARS) {
    return fail('too-large', `This file is too large to be a pain diary (${(text.length / 1e6).toFixed(0)} million characters). ${NOTHING}`)
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (e) {
    const why = e instanceof Error ? ` (${e.message})` : ''
    return fail('not-json', `This file is not a JSON file, so it cannot be a diary exported from this app${why}. ${NOTHING}`)
  }
  if (!isObject(data)) {
    return fail('not-diary', `This file holds ${describe(data)}, not a pain diary: a diary file is a group of named fields with “format”, “version” and “entries”. ${NOTHING}`)
  }
  if (data.format !== DIARY_FORMAT) {
    const what = data.format === undefined ? 'has no “format” field' : `says its format is ${describe(data.format)}`
    return fail('not-diary', `This JSON file is not a pain diary from this app: it ${what} (a diary says “${DIARY_FORMAT}”). ${NOTHING}`)
  }
  if (typeof data.version === 'number' && Number.isInteger(data.version) && data.version > DIARY_VERSION) {
    return fail(
      'newer',
      `This diary was exported by a newer version of the app (diary format ${data.version}; this one reads format ${DIARY_VERSION}). ` +
        `Rather than guess at it, nothing was imported. Reload the page to get the newest version, then import the file again.`,
    )
  }
  // Older formats would be migrated here, one version at a time; version 1 is the first.
  const problems = [...checkSchema(data, DIARY_SCHEMA), ...checkRules(data, options.areas ?? DATASET.bodyAreas)].sort(
    (a, b) => entryIndex(a) - entryIndex(b),
  )
  if (problems.length) {
    const n = problems.length
    return fail('invalid', `This diary file has ${n} problem${n === 1 ? '' : 's'}, listed below. ${NOTHING} Your diary is unchanged.`, problems)
  }
  return { ok: true, entries: (data.entries as DiaryEntry[]).map(normaliseEntry) }
}

/** The entry a problem is in (0-based), -1 for the file as a whole: problems are listed entry by entry. */
const entryIndex = (p: DiaryProblem) => Number(/^entries\[(\d+)\]/.exec(p.path)?.[1] ?? -1)

// ─── words ────────────────────────────────────────────────────────────────────────────────────────────────────

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

const short = (s: string) => (s.length > 40 ? `${s.slice(0, 37)}…` : s)

/** A value in words: “the number 12”, “the text “abc””, “a list”. */
function describe(v: unknown): string {
  if (v === null) return 'nothing (null)'
  if (Array.isArray(v)) return 'a list'
  if (typeof v === 'string') return `the text “${short(v)}”`
  if (typeof v === 'number') return `the number ${v}`
  if (typeof v === 'boolean') return `the value ${v}`
  return 'a group of named fields'
}

const TYPE_WORDS: Record<NonNullable<JsonSchema['type']>, string> = {
  object: 'a group of named fields',
  array: 'a list',
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
}

function fitsType(v: unknown, t: NonNullable<JsonSchema['type']>): boolean {
  if (t === 'object') return isObject(v)
  if (t === 'array') return Array.isArray(v)
  if (t === 'integer') return Number.isInteger(v)
  if (t === 'number') return typeof v === 'number' && Number.isFinite(v)
  return typeof v === 'string'
}

/** Where a value sits: JSON path and words, e.g. `entries[1].marks[0]` and `Entry 2 (“…”), mark 1 (left temple)`. */
interface Where {
  readonly path: string
  readonly words: readonly string[]
}

const FILE: Where = { path: '$', words: [] }

const field = (w: Where, key: string, title: string): Where => ({
  path: w.path === '$' ? key : `${w.path}.${key}`,
  words: [...w.words, title],
})

function item(w: Where, i: number, title: string, value: unknown): Where {
  let extra = ''
  if (isObject(value) && typeof value.id === 'string') extra = ` (“${short(value.id)}”)`
  else if (isObject(value) && typeof value.area === 'string') extra = ` (${placeKey({ area: short(value.area), side: value.side === 'left' || value.side === 'right' ? value.side : undefined })})`
  return { path: `${w.path === '$' ? '' : w.path}[${i}]`, words: [...w.words, `${title} ${i + 1}${extra}`] }
}

/** A problem in words: `<where>: <message>`, or `<where> <message>` when the message goes on from the place. */
function say(w: Where, message: string, joiner: ': ' | ' ' = ': '): DiaryProblem {
  // A top-level field (a path without brackets) is named as part of the file: "The file, version".
  const words = w.path.includes('[') ? w.words : ['The file', ...w.words]
  const where = words.join(', ')
  const text = `${where}${joiner}${message}`
  return { path: w.path, text: text.charAt(0).toUpperCase() + text.slice(1) }
}

// ─── the schema, walked ───────────────────────────────────────────────────────────────────────────────────────

function resolve(schema: JsonSchema, root: JsonSchema): JsonSchema {
  if (!schema.$ref) return schema
  const name = /^#\/\$defs\/(.+)$/.exec(schema.$ref)?.[1]
  const target = name ? root.$defs?.[name] : undefined
  if (!target) throw new Error(`diary schema: unresolved $ref ${schema.$ref}`)
  return target
}

const oneOf = (values: readonly string[]) =>
  values.length === 2 ? `“${values[0]}” or “${values[1]}”` : values.map((v) => `“${v}”`).join(', ')

/** Every way `value` departs from `schema`, in words. */
export function checkSchema(value: unknown, schema: JsonSchema, root: JsonSchema = schema, where: Where = FILE): DiaryProblem[] {
  const s = resolve(schema, root)
  if (s.type && !fitsType(value, s.type)) return [say(where, `should be ${TYPE_WORDS[s.type]}, but it is ${describe(value)}.`)]
  const out: DiaryProblem[] = []
  if (s.const !== undefined && value !== s.const) out.push(say(where, `should be “${s.const}”, but it is ${describe(value)}.`))
  if (s.enum && !s.enum.includes(value as string)) out.push(say(where, `should be ${oneOf(s.enum)}, but it is ${describe(value)}.`))
  if (typeof value === 'string') {
    if (s.pattern && !new RegExp(s.pattern, 'u').test(value)) {
      const like = s.examples?.[0] !== undefined ? `; it should look like ${String(s.examples[0])}` : ''
      out.push(say(where, `${describe(value)} is not in the right form${like}.`))
    }
    if (s.maxLength !== undefined && [...value].length > s.maxLength) {
      out.push(say(where, `is ${[...value].length} characters long; at most ${s.maxLength} are kept.`))
    }
  }
  if (typeof value === 'number') {
    const below = s.minimum !== undefined && value < s.minimum
    const above = s.maximum !== undefined && value > s.maximum
    if (below || above) {
      const range = s.minimum !== undefined && s.maximum !== undefined ? `the range ${s.minimum} to ${s.maximum}` : below ? `the least allowed, ${s.minimum}` : `the most allowed, ${s.maximum}`
      out.push(say(where, `${value} is ${s.minimum !== undefined && s.maximum !== undefined ? 'outside' : below ? 'below' : 'above'} ${range}.`))
    }
  }
  if (Array.isArray(value)) {
    const n = value.length
    if (s.minItems !== undefined && s.minItems === s.maxItems && n !== s.minItems) out.push(say(where, `has ${n} values; it should have exactly ${s.minItems}.`))
    else if (s.minItems !== undefined && n < s.minItems) out.push(say(where, `has ${n} values; it should have at least ${s.minItems}.`))
    else if (s.maxItems !== undefined && n > s.maxItems) out.push(say(where, `has ${n} values; it should have at most ${s.maxItems}.`))
    if (s.items) {
      const itemSchema = resolve(s.items, root)
      // A record in a list is named by itself ("mark 1"), a plain value by its list too ("tapped point, coordinate 2").
      const list = itemSchema.type === 'object' ? { path: where.path, words: where.words.slice(0, -1) } : where
      value.forEach((v, i) => out.push(...checkSchema(v, itemSchema, root, item(list, i, itemSchema.title ?? 'item', v))))
    }
  }
  if (isObject(value) && s.properties) {
    for (const key of s.required ?? []) {
      if (!(key in value)) out.push(say(where, `has no ${resolve(s.properties[key]!, root).title ?? key}.`, ' '))
    }
    for (const [key, v] of Object.entries(value)) {
      const p = s.properties[key]
      if (p) out.push(...checkSchema(v, p, root, field(where, key, resolve(p, root).title ?? key)))
      else if (s.additionalProperties === false) out.push(say(where, `has a field “${short(key)}” that this app does not know.`, ' '))
    }
  }
  return out
}

// ─── what the schema cannot say ───────────────────────────────────────────────────────────────────────────────

const DAY = new RegExp(DAY_PATTERN, 'u')
const INSTANT = new RegExp(INSTANT_PATTERN, 'u')
const AREA = new RegExp(AREA_PATTERN, 'u')

/** A real calendar day (no 30 February) from year 1900 on; `s` already matches YYYY-MM-DD. */
function realDay(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number]
  const t = new Date(Date.UTC(y, m - 1, d))
  return y >= 1900 && t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d
}

function realInstant(s: string): boolean {
  const [hh, mm, ss] = s.slice(11, 19).split(':').map(Number) as [number, number, number]
  return realDay(s.slice(0, 10)) && hh < 24 && mm < 60 && ss < 60
}

function checkRules(file: Record<string, unknown>, areas: ReadOptions['areas'] & object): DiaryProblem[] {
  const out: DiaryProblem[] = []
  const byId = new Map(areas.map((a) => [a.id, a]))
  if (typeof file.exportedAt === 'string' && INSTANT.test(file.exportedAt) && !realInstant(file.exportedAt)) {
    out.push(say(field(FILE, 'exportedAt', 'export time'), `“${file.exportedAt}” is not a real moment.`))
  }
  if (!Array.isArray(file.entries)) return out
  const firstWithId = new Map<string, number>()
  file.entries.forEach((e, i) => {
    if (!isObject(e)) return
    const at = item({ path: 'entries', words: [] }, i, 'entry', e)
    if (typeof e.id === 'string') {
      const first = firstWithId.get(e.id)
      if (first === undefined) firstWithId.set(e.id, i)
      else out.push(say(field(at, 'id', 'id'), `“${short(e.id)}” is also the id of entry ${first + 1}; each entry needs its own id.`))
    }
    if (typeof e.date === 'string' && DAY.test(e.date) && !realDay(e.date)) out.push(say(field(at, 'date', 'date'), `“${e.date}” is not a real day.`))
    if (typeof e.savedAt === 'string' && INSTANT.test(e.savedAt) && !realInstant(e.savedAt)) {
      out.push(say(field(at, 'savedAt', 'time saved'), `“${e.savedAt}” is not a real moment.`))
    }
    if (Array.isArray(e.marks)) out.push(...checkMarks(e.marks, at, byId))
  })
  return out
}

function checkMarks(marks: readonly unknown[], entry: Where, areas: ReadonlyMap<string, Pick<BodyArea, 'name' | 'sided'>>): DiaryProblem[] {
  const out: DiaryProblem[] = []
  const seen = new Map<string, number>()
  marks.forEach((m, j) => {
    // An area id of the wrong form is already reported by the schema.
    if (!isObject(m) || typeof m.area !== 'string' || !AREA.test(m.area)) return
    const w = item({ path: `${entry.path}.marks`, words: entry.words }, j, 'mark', m)
    const area = areas.get(m.area)
    if (!area) {
      out.push(say(field(w, 'area', 'body area'), `“${short(m.area)}” is not a body area this app knows.`))
      return
    }
    const name = area.name.toLowerCase()
    if (area.sided && m.side === undefined) out.push(say(w, `has no side: there is a ${name} on each side, so it must say “left” or “right”.`, ' '))
    if (!area.sided && m.side !== undefined) out.push(say(field(w, 'side', 'side'), `the ${name} is on the midline, so it has no side; leave the side out.`))
    const key = placeKey({ area: m.area, side: m.side === 'left' || m.side === 'right' ? m.side : undefined })
    const first = seen.get(key)
    if (first === undefined) seen.set(key, j)
    else out.push(say(w, `marks the same place as mark ${first + 1}; keep one mark per place.`, ' '))
  })
  return out
}
