/**
 * JSON Schema (draft 2020-12) of public/data/trigger-points.json, written by hand as a typed object and serialised
 * by scripts/export-data.ts to public/data/trigger-points.schema.json.
 *
 * Only a small set of keywords is used (type, required, properties, additionalProperties, items, enum, const,
 * pattern, minLength, minimum, maximum, exclusiveMinimum, minItems, maxItems, uniqueItems, $ref, $defs), so that
 * the unit test can check the export against it with a validator of a few dozen lines. Cross-references (a trigger
 * point's muscle, a zone's body areas, a blob's landmark) cannot be said in JSON Schema; the test checks those.
 */
import type { ConditionCategory, Facing, Layer, Prevalence, Region, ReferralZone } from '../../data/schema'

type JsonType = 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean'

/** The subset of JSON Schema 2020-12 this file uses. */
export interface JsonSchema {
  readonly $schema?: string
  readonly $id?: string
  readonly $ref?: string
  readonly $defs?: Readonly<Record<string, JsonSchema>>
  readonly title?: string
  readonly description?: string
  readonly type?: JsonType | readonly JsonType[]
  readonly properties?: Readonly<Record<string, JsonSchema>>
  readonly required?: readonly string[]
  readonly additionalProperties?: boolean
  readonly items?: JsonSchema
  readonly enum?: readonly string[]
  readonly const?: string
  readonly pattern?: string
  readonly minLength?: number
  readonly minimum?: number
  readonly maximum?: number
  readonly exclusiveMinimum?: number
  readonly minItems?: number
  readonly maxItems?: number
  readonly uniqueItems?: boolean
}

/**
 * Every member of a string union, checked by the compiler: leaving one out (or adding one the type lacks) fails
 * to compile, so the enums below follow data/schema.ts.
 */
const every =
  <T extends string>() =>
  <const A extends readonly T[]>(values: A & (Exclude<T, A[number]> extends never ? unknown : { missing: Exclude<T, A[number]> })) =>
    values

export const REGIONS = every<Region>()([
  'head', 'neck', 'shoulder', 'upper-back', 'chest', 'arm', 'forearm', 'hand', 'abdomen', 'low-back', 'hip', 'thigh', 'leg', 'foot',
])
export const AREA_REGIONS = REGIONS
export const LAYERS = every<Layer>()(['superficial', 'intermediate', 'deep'])
export const CATEGORIES = every<ConditionCategory>()([
  'myofascial', 'ischemia', 'neural-entrapment', 'nerve-compression', 'postural', 'gait',
])
export const PREVALENCES = every<Prevalence>()(['common', 'occasional', 'rare'])
export const FACINGS = every<Facing>()(['anterior', 'posterior', 'lateral', 'medial', 'superior', 'inferior'])
export const LATERALITIES = every<NonNullable<ReferralZone['laterality']>>()(['ipsilateral', 'contralateral', 'bilateral'])

export const ID_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$'

// ─── building blocks ──────────────────────────────────────────────────────────────────────────────────────────

const ref = (name: string): JsonSchema => ({ $ref: `#/$defs/${name}` })
const text = (description: string): JsonSchema => ({ type: 'string', minLength: 1, description })
const texts = (description: string): JsonSchema => ({ type: 'array', items: { type: 'string', minLength: 1 }, description })
const ids = (description: string, minItems = 0): JsonSchema => ({
  type: 'array',
  items: ref('id'),
  uniqueItems: true,
  ...(minItems > 0 ? { minItems } : {}),
  description,
})
const oneOf = (values: readonly string[], description: string): JsonSchema => ({ type: 'string', enum: values, description })
const list = (item: string, description: string): JsonSchema => ({ type: 'array', items: ref(item), description })

/** A closed object: every property is required except those named in `optional`; no others are allowed. */
function record(description: string, properties: Record<string, JsonSchema>, optional: readonly string[] = []): JsonSchema {
  return {
    type: 'object',
    description,
    required: Object.keys(properties).filter((k) => !optional.includes(k)),
    properties,
    additionalProperties: false,
  }
}

const licencePart = {
  licence: text('SPDX licence identifier.'),
  name: text('Full name of the licence.'),
  url: text('Where the licence text is.'),
  appliesTo: text('Which parts of the file it covers.'),
}

// ─── the schema ───────────────────────────────────────────────────────────────────────────────────────────────

const TOP = record(
  'Muscles, myofascial trigger points with their referred-pain zones, conditions, body areas, landmarks and cited ' +
    'works, as exported by scripts/export-data.ts. Every array of records is in dataset order and ids are unique within it.',
  {
    $schema: { type: 'string', const: './trigger-points.schema.json', description: 'This schema, beside the file.' },
    name: text('Package name of the project the data comes from.'),
    version: { type: 'string', pattern: '^\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?$', description: 'Project version (semver).' },
    description: text('What the file holds.'),
    licence: ref('licence'),
    credits: { type: 'array', items: ref('credit'), minItems: 1, description: 'Credit lines to show wherever the data is used.' },
    frame: ref('frame'),
    muscles: list('muscle', 'Selectable muscles and muscle parts: anatomical facts, no shape figures.'),
    triggerPoints: list('triggerPoint', 'Trigger points, head to toe.'),
    conditions: list('condition', 'Conditions trigger points cause, feed or imitate.'),
    bodyAreas: list('bodyArea', 'Everyday areas of the body surface that referral zones cover.'),
    landmarks: list('landmark', 'Named points on the skeleton that blobs are anchored to.'),
    derivedLandmarks: list('derivedLandmark', 'Bony places that palpation hints name, placed from entries in `landmarks`.'),
    sources: list('source', 'Works the data cites.'),
  },
)

export const EXPORT_SCHEMA: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Trigger Point Explorer dataset',
  ...TOP,
  $defs: {
    id: { type: 'string', pattern: ID_PATTERN, description: 'kebab-case id.' },
    vec3: {
      type: 'array',
      items: { type: 'number' },
      minItems: 3,
      maxItems: 3,
      description: 'x, y, z in metres, in the frame described by `frame`.',
    },
    sourceRef: record(
      'A citation: which work, and where in it.',
      {
        ref: { ...ref('id'), description: 'Id of an entry in `sources`.' },
        chapter: { type: ['integer', 'string'], description: 'Chapter number or title.' },
        locator: text('Pages, figure or section.'),
      },
      ['chapter', 'locator'],
    ),
    licence: record('Who may do what with which part of the file.', {
      summary: text('The licensing in one paragraph.'),
      content: record('The project\'s own work: the wording, structure and blobs.', {
        ...licencePart,
        copyright: text('Copyright line, as in LICENSE.'),
      }),
      landmarks: record('Landmark coordinates measured on BodyParts3D.', {
        ...licencePart,
        credit: text('Credit line required by the licence.'),
        source: { ...ref('id'), description: 'Id of the work in `sources`.' },
      }),
      facts: record('How the facts are sourced.', {
        note: text('How the facts relate to the works cited.'),
        sources: ids('Ids of the works the muscles, trigger points and conditions cite.', 1),
      }),
    }),
    credit: record('A credit line and what it is for.', {
      text: text('The line to show.'),
      for: text('Which parts of the file it is for.'),
      licence: text('SPDX licence identifier of those parts.'),
      source: { ...ref('id'), description: 'Id of the work in `sources`.' },
    }),
    frame: record('The coordinate frame of landmarks and blob offsets.', {
      units: { type: 'string', const: 'metres' },
      axes: text('Which way the axes point.'),
      origin: text('Where the origin is.'),
      sides: text('How left and right are written.'),
      blobs: text('What a blob covers.'),
    }),
    innervation: record('A nerve supplying a muscle.', {
      nerve: text('Nerve name, e.g. "Suprascapular nerve".'),
      roots: text('Spinal roots, e.g. "C5–C6"; cranial nerves as "CN V3".'),
    }),
    muscle: record(
      'Anatomical facts of one selectable muscle or muscle part.',
      {
        id: { ...ref('id'), description: 'Parts are `<group>-<part>`, e.g. `trapezius-upper`.' },
        name: text('Anatomical name.'),
        synonyms: texts('Everyday names and abbreviations a person might type ("traps", "SCM").'),
        group: { ...ref('id'), description: 'The whole muscle this is a part of, when it is a part.' },
        region: oneOf(REGIONS, 'Region of the body.'),
        layer: oneOf(LAYERS, 'Depth below the skin.'),
        midline: { type: 'boolean', description: 'True when the muscle lies on the midline as one piece.' },
        origin: text('Where it arises.'),
        insertion: text('Where it inserts.'),
        action: text('What it does.'),
        innervation: { type: 'array', items: ref('innervation'), minItems: 1 },
        source: ref('sourceRef'),
      },
      ['group', 'midline'],
    ),
    anchor: record(
      'A point fixed to a landmark: its position (mirrored for the right side) plus `offset`.',
      {
        landmark: { ...ref('id'), description: 'Id of an entry in `landmarks`.' },
        offset: { ...ref('vec3'), description: 'Added to the landmark\'s position, left-side frame; [0, 0, 0] when absent.' },
      },
      ['offset'],
    ),
    blob: record(
      'A soft region of the skin around an anchor, or around the segment from `at` to `to` (a capsule).',
      {
        at: ref('anchor'),
        to: ref('anchor'),
        radius: { type: 'number', exclusiveMinimum: 0, maximum: 0.2, description: 'metres' },
        facing: oneOf(FACINGS, 'Only skin facing this way belongs to the blob.'),
      },
      ['to', 'facing'],
    ),
    blobs: { type: 'array', items: ref('blob'), minItems: 1 },
    zone: record('One zone of referred pain.', {
      blobs: ref('blobs'),
      areas: ids('Ids of the entries in `bodyAreas` this zone covers.', 1),
      laterality: oneOf(LATERALITIES, 'Side relative to the trigger point.'),
    }),
    triggerPoint: record('A myofascial trigger point and the pain it refers.', {
      id: { ...ref('id'), description: '`<muscle id>-<n>`, e.g. `infraspinatus-1`.' },
      muscle: { ...ref('id'), description: 'Id of an entry in `muscles`.' },
      label: text('As the literature numbers or names it: "TrP1", "central", "attachment".'),
      sharedPatternWith: {
        ...ref('id'),
        description: 'Id of the trigger point whose referral pattern this one shares: the manual draws one pattern for both, and `referral` repeats it.',
      },
      at: record(
        'Location on the muscle\'s surface.',
        {
          u: { type: 'number', minimum: 0, maximum: 1, description: 'Across the fibres, 0..1.' },
          v: { type: 'number', minimum: 0, maximum: 1, description: 'Along the fibres, origin (0) to insertion (1).' },
          depth: { type: 'number', minimum: 0, maximum: 1, description: '0 at the superficial face, 1 at the deep face.' },
        },
        ['depth'],
      ),
      palpation: text('Where and how to palpate, in one line.'),
      landmarks: ids('Ids of entries in `landmarks` or `derivedLandmarks`: the bony places the palpation hint names.'),
      referral: record('Where the pain is felt.', {
        essential: { type: 'array', items: ref('zone'), minItems: 1, description: 'Felt in nearly everyone with this trigger point.' },
        spillover: { type: 'array', items: ref('zone'), description: 'Felt in some.' },
      }),
      symptoms: { ...texts('What a person notices, in everyday words.'), minItems: 1 },
      conditions: ids('Ids of entries in `conditions`.'),
      perpetuatingFactors: texts('What keeps it going.'),
      selfCare: text('What a person can do themselves.'),
      prevalence: oneOf(PREVALENCES, 'How often it is a source of pain in practice.'),
      source: ref('sourceRef'),
    }, ['sharedPatternWith']),
    condition: record('A condition trigger points cause, feed or imitate.', {
      id: ref('id'),
      name: text('Name.'),
      synonyms: texts('Other names.'),
      category: oneOf(CATEGORIES, 'Kind of condition.'),
      description: text('In words for clients.'),
      muscles: ids('Ids of muscles whose trigger points cause or mimic it.'),
      triggerPoints: ids('Derived: ids of the trigger points whose `conditions` include this one.'),
      redFlags: { ...texts('Signs that need a clinician, not a massage.'), minItems: 1 },
      source: ref('sourceRef'),
    }),
    bodyArea: record('A named area of the body surface.', {
      id: ref('id'),
      name: text('Name.'),
      synonyms: texts('Everyday and anatomical words for it.'),
      sided: { type: 'boolean', description: 'True when it exists on each side; false for midline areas.' },
      region: oneOf(AREA_REGIONS, 'Region of the body.'),
      blobs: ref('blobs'),
    }),
    landmark: record('A named point measured on the skeleton (left side for paired points).', {
      id: ref('id'),
      name: text('Name.'),
      at: { ...ref('vec3'), description: 'metres; CC BY-SA 2.1 JP, measured on BodyParts3D.' },
      paired: { type: 'boolean', description: 'True when it exists on each side (mirror x for the right).' },
    }),
    derivedLandmark: record('A bony place placed from measured landmarks (left side for paired places).', {
      id: ref('id'),
      name: text('Name.'),
      at: record(
        'Where it lies: the point `t` of the way from `between[0]` to `between[1]`, or the position of `landmark`; ' +
          'plus `offset`. Either `between` with `t`, or `landmark` with `offset`.',
        {
          between: { type: 'array', items: ref('id'), minItems: 2, maxItems: 2, description: 'Ids of two entries in `landmarks`.' },
          t: { type: 'number', minimum: 0, maximum: 1, description: 'How far from `between[0]` (0) to `between[1]` (1).' },
          landmark: { ...ref('id'), description: 'Id of an entry in `landmarks`.' },
          offset: { ...ref('vec3'), description: 'Added to the point, left-side frame; [0, 0, 0] when absent.' },
        },
        ['between', 't', 'landmark', 'offset'],
      ),
      paired: { type: 'boolean', description: 'True when it exists on each side (mirror x for the right).' },
      source: ref('sourceRef'),
    }),
    source: record(
      'A work the data cites.',
      {
        id: ref('id'),
        title: text('Title.'),
        authors: text('Authors.'),
        year: { type: 'integer', minimum: 1000, maximum: 9999 },
        edition: text('Edition.'),
        publisher: text('Publisher.'),
        licence: text('Licence of figures taken from it, when it is a dataset.'),
        credit: text('Credit line to show where its figures are used.'),
      },
      ['edition', 'publisher', 'licence', 'credit'],
    ),
  },
}
