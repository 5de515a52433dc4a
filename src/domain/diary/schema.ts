/**
 * The diary file's JSON Schema (draft 2020-12): the one description of the format. The import check (read.ts) walks
 * this object to test every field, and scripts/diary-schema.ts writes it to public/data/diary.schema.json, so the
 * published schema and what the app accepts cannot drift apart.
 *
 * `title` names a field in plain words for messages ("intensity"); `examples[0]` shows the expected form when a
 * value does not match its `pattern`. What JSON Schema cannot say (a body area this app knows, a real calendar day,
 * ids unique within the file, a side only on paired areas) is checked in read.ts and stated in the descriptions.
 */
import type { Side } from '../../../data/schema'
import { DIARY_FORMAT, DIARY_VERSION, NOTE_MAX_LENGTH, type DiaryBody } from './entry'

type JsonType = 'object' | 'array' | 'string' | 'number' | 'integer'

/** The subset of JSON Schema 2020-12 the diary schema uses; read.ts knows each of these keywords. */
export interface JsonSchema {
  readonly $schema?: string
  readonly $ref?: string
  readonly $defs?: Readonly<Record<string, JsonSchema>>
  readonly title?: string
  readonly description?: string
  readonly type?: JsonType
  readonly properties?: Readonly<Record<string, JsonSchema>>
  readonly required?: readonly string[]
  readonly additionalProperties?: false
  readonly items?: JsonSchema
  readonly enum?: readonly string[]
  readonly const?: string
  readonly pattern?: string
  readonly maxLength?: number
  readonly minimum?: number
  readonly maximum?: number
  readonly minItems?: number
  readonly maxItems?: number
  readonly examples?: readonly unknown[]
}

export const SIDES: readonly Side[] = ['left', 'right']
export const BODIES: readonly DiaryBody[] = ['male', 'female']

export const ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$'
export const AREA_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$'
export const DAY_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'
export const INSTANT_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,3})?Z$'
/** Bound on each coordinate of a tapped point, metres: the body is 1.75 m tall, so anything beyond is not on it. */
export const POINT_BOUND_M = 3

/** A closed object: every property is required except those named in `optional`; no others are allowed. */
function record(title: string, description: string, properties: Record<string, JsonSchema>, optional: readonly string[] = []): JsonSchema {
  return {
    type: 'object',
    title,
    description,
    required: Object.keys(properties).filter((k) => !optional.includes(k)),
    properties,
    additionalProperties: false,
  }
}

const instant = (title: string, description: string): JsonSchema => ({
  type: 'string',
  title,
  pattern: INSTANT_PATTERN,
  examples: ['2025-05-03T18:42:07.120Z'],
  description: `${description} ISO 8601 in UTC, a real moment.`,
})

const mark = record(
  'mark',
  'One place that hurt.',
  {
    area: {
      type: 'string',
      title: 'body area',
      pattern: AREA_PATTERN,
      examples: ['temple'],
      description: 'Id of a body area (bodyAreas in trigger-points.json); must be one the app knows.',
    },
    side: {
      type: 'string',
      title: 'side',
      enum: SIDES,
      description: 'Present for paired areas (required there), absent for midline ones.',
    },
    intensity: { type: 'integer', title: 'intensity', minimum: 0, maximum: 10, description: '0 = no pain … 10 = worst imaginable.' },
    point: {
      type: 'array',
      title: 'tapped point',
      items: { type: 'number', title: 'coordinate', minimum: -POINT_BOUND_M, maximum: POINT_BOUND_M },
      minItems: 3,
      maxItems: 3,
      description: 'Where the place was tapped on the canonical body: x, y, z in metres (+X the body\'s left, +Y up, +Z forward). Absent for places typed by name.',
    },
  },
  ['side', 'point'],
)

const entry = record(
  'entry',
  'One day\'s drawing. Ids are unique within the file; a place appears at most once per entry.',
  {
    id: { type: 'string', title: 'id', pattern: ID_PATTERN, examples: ['2025-05-03-7f3a9c21'], description: 'Unique within the diary.' },
    date: {
      type: 'string',
      title: 'date',
      pattern: DAY_PATTERN,
      examples: ['2025-05-03'],
      description: 'The calendar day of the drawing, YYYY-MM-DD, a real day.',
    },
    savedAt: instant('time saved', 'When the entry was saved.'),
    body: { type: 'string', title: 'body', enum: BODIES, description: 'The body the drawing was made on.' },
    note: { type: 'string', title: 'note', maxLength: NOTE_MAX_LENGTH, description: 'The person\'s own words; absent when none.' },
    marks: { type: 'array', title: 'marks', items: { $ref: '#/$defs/mark' }, description: 'The places that hurt; empty on a day without pain.' },
  },
  ['note'],
)

export const DIARY_SCHEMA: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  ...record(
    'Trigger Point Explorer pain diary',
    'A pain diary exported from Trigger Point Explorer. It is written and read on the person\'s own device only. ' +
      `A reader refuses a file whose version is greater than the newest it knows (${DIARY_VERSION} here) rather than guess.`,
    {
      $schema: { type: 'string', title: 'schema link', description: 'Optional link to this schema, for editors.' },
      format: { type: 'string', title: 'format', const: DIARY_FORMAT, description: 'Marks the file as a pain diary.' },
      version: { type: 'integer', title: 'version', minimum: 1, description: `Version of the diary format; this schema describes version ${DIARY_VERSION}.` },
      exportedAt: instant('export time', 'When the file was written.'),
      entries: { type: 'array', title: 'entries', items: { $ref: '#/$defs/entry' }, description: 'Oldest first.' },
    },
    ['$schema'],
  ),
  $defs: { entry, mark },
}

/** The schema as published in public/data/diary.schema.json: two-space JSON with a final newline. */
export function renderDiarySchema(schema: JsonSchema = DIARY_SCHEMA): string {
  return `${JSON.stringify(schema, null, 2)}\n`
}
