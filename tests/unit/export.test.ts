import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DATASET } from '../../data/dataset'
import {
  BODYPARTS3D_CREDIT,
  buildExport,
  EXPORT_JSON_PATH,
  EXPORT_SCHEMA_PATH,
  readProjectMeta,
  renderExport,
  serialise,
  type DatasetExport,
} from '../../scripts/export/build'
import { EXPORT_SCHEMA, type JsonSchema } from '../../scripts/export/schema'
import { TINY } from '../fixtures/tiny-dataset'

const ROOT = resolve(import.meta.dirname, '../..')
const META = readProjectMeta(ROOT)
const exported = buildExport(DATASET, META)

/**
 * A validator for the subset of JSON Schema 2020-12 the export schema uses. Returns the problems as
 * `<path>: <message>`. Throws on a keyword it does not know, so the schema cannot silently outgrow it.
 */
function validate(value: unknown, schema: JsonSchema, root: JsonSchema = schema, path = '$'): string[] {
  const out: string[] = []
  const known = new Set([
    '$schema', '$id', '$ref', '$defs', 'title', 'description', 'type', 'properties', 'required', 'additionalProperties',
    'items', 'enum', 'const', 'pattern', 'minLength', 'minimum', 'maximum', 'exclusiveMinimum', 'minItems', 'maxItems',
    'uniqueItems',
  ])
  for (const k of Object.keys(schema)) if (!known.has(k)) throw new Error(`validator does not know keyword '${k}'`)
  if (schema.$ref) {
    const name = /^#\/\$defs\/(.+)$/.exec(schema.$ref)?.[1]
    const target = name ? root.$defs?.[name] : undefined
    if (!target) throw new Error(`unresolved $ref '${schema.$ref}'`)
    out.push(...validate(value, target, root, path))
  }
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value)
  if (schema.type) {
    const types = typeof schema.type === 'string' ? [schema.type] : schema.type
    const fits = types.some((t) =>
      t === 'object' ? isObject
      : t === 'array' ? Array.isArray(value)
      : t === 'integer' ? Number.isInteger(value)
      : t === 'number' ? typeof value === 'number' && Number.isFinite(value)
      : typeof value === t,
    )
    if (!fits) return [...out, `${path}: expected ${types.join(' or ')}, got ${JSON.stringify(value)}`]
  }
  if (schema.const !== undefined && value !== schema.const) out.push(`${path}: expected ${JSON.stringify(schema.const)}`)
  if (schema.enum && !schema.enum.includes(value as string)) out.push(`${path}: ${JSON.stringify(value)} is not one of ${schema.enum.join(', ')}`)
  if (typeof value === 'string') {
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) out.push(`${path}: '${value}' does not match ${schema.pattern}`)
    if (schema.minLength !== undefined && [...value].length < schema.minLength) out.push(`${path}: shorter than ${schema.minLength}`)
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) out.push(`${path}: ${value} < ${schema.minimum}`)
    if (schema.maximum !== undefined && value > schema.maximum) out.push(`${path}: ${value} > ${schema.maximum}`)
    if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) out.push(`${path}: ${value} <= ${schema.exclusiveMinimum}`)
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) out.push(`${path}: fewer than ${schema.minItems} items`)
    if (schema.maxItems !== undefined && value.length > schema.maxItems) out.push(`${path}: more than ${schema.maxItems} items`)
    if (schema.uniqueItems && new Set(value.map((v) => JSON.stringify(v))).size !== value.length) out.push(`${path}: items are not unique`)
    if (schema.items) value.forEach((v, i) => out.push(...validate(v, schema.items!, root, `${path}[${i}]`)))
  }
  if (isObject) {
    const o = value as Record<string, unknown>
    for (const k of schema.required ?? []) if (!(k in o)) out.push(`${path}: missing '${k}'`)
    for (const [k, v] of Object.entries(o)) {
      const sub = schema.properties?.[k]
      if (sub) out.push(...validate(v, sub, root, `${path}.${k}`))
      else if (schema.additionalProperties === false) out.push(`${path}: unexpected '${k}'`)
    }
  }
  return out
}

/** Index of a derived landmark placed between two measured ones. */
const BETWEEN = exported.derivedLandmarks.findIndex((l) => 'between' in l.at)

/** A deep, mutable copy of the export for breaking on purpose. */
const copy = (): any => structuredClone(exported)

describe('the data export', () => {
  it('has the top-level fields, stamped from package.json', () => {
    const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'))
    expect(exported.$schema).toBe('./trigger-points.schema.json')
    expect(exported.name).toBe(pkg.name)
    expect(exported.version).toBe(pkg.version)
    expect(Object.keys(exported)).toEqual([
      '$schema', 'name', 'version', 'description', 'licence', 'credits', 'frame',
      'muscles', 'triggerPoints', 'conditions', 'bodyAreas', 'landmarks', 'derivedLandmarks', 'sources',
    ])
  })

  it('has every record of the dataset, each with a unique id, in dataset order', () => {
    const kinds = ['muscles', 'triggerPoints', 'conditions', 'bodyAreas', 'landmarks', 'derivedLandmarks', 'sources'] as const
    for (const k of kinds) {
      const list: readonly { id: string }[] = exported[k]
      expect(list.map((x) => x.id), k).toEqual(DATASET[k].map((x) => x.id))
      expect(new Set(list.map((x) => x.id)).size, k).toBe(list.length)
    }
    expect(exported.triggerPoints.length).toBeGreaterThan(100)
  })

  it('gives muscles their facts and no shape figures', () => {
    for (const m of exported.muscles) {
      for (const k of ['id', 'name', 'synonyms', 'region', 'layer', 'origin', 'insertion', 'action', 'innervation', 'source']) {
        expect(m, `${m.id}.${k}`).toHaveProperty(k)
      }
      for (const k of ['shape', 'mid', 'centre', 'radii', 'thickness', 'referenceCentroid']) expect(m, m.id).not.toHaveProperty(k)
    }
    expect(JSON.stringify(exported)).not.toContain('"radii"')
  })

  it('gives every trigger point its required fields', () => {
    for (const t of exported.triggerPoints) {
      for (const k of [
        'id', 'muscle', 'label', 'at', 'palpation', 'landmarks', 'referral', 'symptoms', 'conditions', 'perpetuatingFactors',
        'selfCare', 'prevalence', 'source',
      ]) {
        expect(t, `${t.id}.${k}`).toHaveProperty(k)
      }
      expect(typeof t.at.u, t.id).toBe('number')
      expect(typeof t.at.v, t.id).toBe('number')
      expect(t.palpation.trim(), t.id).not.toBe('')
      expect(t.referral.essential.length, t.id).toBeGreaterThan(0)
      expect(Array.isArray(t.referral.spillover), t.id).toBe(true)
      for (const z of [...t.referral.essential, ...t.referral.spillover]) {
        expect(z.blobs.length, t.id).toBeGreaterThan(0)
        expect(z.areas.length, t.id).toBeGreaterThan(0)
        expect(['ipsilateral', 'contralateral', 'bilateral'], t.id).toContain(z.laterality)
      }
    }
  })

  it('gives each trigger point the bony places its palpation hint names, an empty list when none', () => {
    DATASET.triggerPoints.forEach((t, i) => expect(exported.triggerPoints[i]!.landmarks, t.id).toEqual(t.landmarks ?? []))
    expect(exported.triggerPoints.filter((t) => t.landmarks.length > 0).length).toBeGreaterThan(50)
  })

  it('refers only to things the file holds: muscles, body areas, landmarks, conditions, sources', () => {
    const has = (list: readonly { id: string }[]) => new Set(list.map((x) => x.id))
    const muscles = has(exported.muscles)
    const areas = has(exported.bodyAreas)
    const landmarks = has(exported.landmarks)
    const derived = has(exported.derivedLandmarks)
    const conditions = has(exported.conditions)
    const sources = has(exported.sources)
    const bad: string[] = []
    const blobs = (who: string, list: DatasetExport['bodyAreas'][number]['blobs']) => {
      for (const b of list) for (const a of [b.at, b.to]) if (a && !landmarks.has(a.landmark)) bad.push(`${who}: landmark ${a.landmark}`)
    }
    for (const t of exported.triggerPoints) {
      if (!muscles.has(t.muscle)) bad.push(`${t.id}: muscle ${t.muscle}`)
      for (const z of [...t.referral.essential, ...t.referral.spillover]) {
        for (const a of z.areas) if (!areas.has(a)) bad.push(`${t.id}: body area ${a}`)
        blobs(t.id, z.blobs)
      }
      for (const c of t.conditions) if (!conditions.has(c)) bad.push(`${t.id}: condition ${c}`)
      for (const l of t.landmarks) if (!landmarks.has(l) && !derived.has(l)) bad.push(`${t.id}: palpation landmark ${l}`)
    }
    for (const l of exported.derivedLandmarks) {
      const from = 'between' in l.at ? l.at.between : [l.at.landmark]
      for (const b of from) if (!landmarks.has(b)) bad.push(`${l.id}: landmark ${b}`)
    }
    for (const a of exported.bodyAreas) blobs(a.id, a.blobs)
    for (const c of exported.conditions) for (const m of c.muscles) if (!muscles.has(m)) bad.push(`${c.id}: muscle ${m}`)
    for (const x of [...exported.muscles, ...exported.triggerPoints, ...exported.conditions, ...exported.derivedLandmarks]) {
      if (!sources.has(x.source.ref)) bad.push(`${x.id}: source ${x.source.ref}`)
    }
    for (const s of [...exported.licence.facts.sources, exported.licence.landmarks.source, ...exported.credits.map((c) => c.source)]) {
      if (!sources.has(s)) bad.push(`licence: source ${s}`)
    }
    expect(bad).toEqual([])
  })

  it('lists under each condition exactly the trigger points that name it', () => {
    for (const c of exported.conditions) {
      const expected = DATASET.triggerPoints.filter((t) => t.conditions.includes(c.id)).map((t) => t.id)
      expect(c.triggerPoints, c.id).toEqual(expected)
    }
    expect(exported.conditions.some((c) => c.triggerPoints.length > 0)).toBe(true)
  })

  it('states the licences: MIT for our own work, CC BY-SA 2.1 JP with the BodyParts3D credit for landmarks', () => {
    const { licence, credits } = exported
    expect(licence.content.licence).toBe('MIT')
    expect(readFileSync(resolve(ROOT, 'LICENSE'), 'utf8')).toContain(licence.content.copyright)
    expect(licence.landmarks.licence).toBe('CC-BY-SA-2.1-JP')
    expect(licence.landmarks.credit).toBe(
      'BodyParts3D, Copyright (c) 2008 Life Science Integrated Database Center, licensed by CC Display-Inheritance 2.1 Japan',
    )
    expect(credits.map((c) => c.text)).toContain(BODYPARTS3D_CREDIT)
    // The dataset's own BodyParts3D entry carries the same line.
    expect(DATASET.sources.find((s) => s.id === 'bodyparts3d')?.credit).toBe(BODYPARTS3D_CREDIT)
    // The facts' sources are exactly the works the muscles, trigger points, conditions and derived landmarks cite.
    const cited = new Set(
      [...DATASET.muscles, ...DATASET.triggerPoints, ...DATASET.conditions, ...DATASET.derivedLandmarks].map((x) => x.source.ref),
    )
    expect(new Set(licence.facts.sources)).toEqual(cited)
  })

  it('spells laterality out, defaulting to ipsilateral', () => {
    DATASET.triggerPoints.forEach((t, i) => {
      t.referral.essential.forEach((z, j) => {
        expect(exported.triggerPoints[i]!.referral.essential[j]!.laterality, t.id).toBe(z.laterality ?? 'ipsilateral')
      })
    })
  })
})

describe('the export schema', () => {
  it('is draft 2020-12 and closes every record', () => {
    expect(EXPORT_SCHEMA.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    for (const [name, def] of Object.entries(EXPORT_SCHEMA.$defs ?? {})) {
      if (def.type === 'object') expect(def.additionalProperties, name).toBe(false)
    }
    expect(EXPORT_SCHEMA.$defs?.id?.pattern).toBe('^[a-z0-9]+(-[a-z0-9]+)*$')
  })

  it('accepts the export', () => {
    expect(validate(exported, EXPORT_SCHEMA)).toEqual([])
  })

  it('accepts the export of the tiny fixture too', () => {
    const tiny = buildExport(TINY, META)
    expect(validate(tiny, EXPORT_SCHEMA)).toEqual([])
    expect(tiny.conditions[0]!.triggerPoints).toEqual(['temporalis-1'])
  })

  const breaks: [string, (d: any) => void, string][] = [
    ['an unknown prevalence', (d) => (d.triggerPoints[0].prevalence = 'sometimes'), '$.triggerPoints[0].prevalence'],
    ['a missing palpation hint', (d) => delete d.triggerPoints[0].palpation, "missing 'palpation'"],
    ['an id that is not kebab-case', (d) => (d.muscles[0].id = 'Upper Trapezius'), '$.muscles[0].id'],
    ['a shape figure on a muscle', (d) => (d.muscles[0].shape = { kind: 'tube' }), "unexpected 'shape'"],
    ['an unknown region', (d) => (d.muscles[0].region = 'tail'), '$.muscles[0].region'],
    ['an unknown facing', (d) => (d.bodyAreas[0].blobs[0].facing = 'up'), '$.bodyAreas[0].blobs[0].facing'],
    ['a zone without body areas', (d) => (d.triggerPoints[0].referral.essential[0].areas = []), 'essential[0].areas: fewer than 1'],
    ['a two-number landmark', (d) => (d.landmarks[0].at = [0, 1]), '$.landmarks[0].at: fewer than 3'],
    ['a u outside 0..1', (d) => (d.triggerPoints[0].at.u = 1.5), '$.triggerPoints[0].at.u: 1.5 > 1'],
    ['a missing licence', (d) => delete d.licence, "$: missing 'licence'"],
    ['a palpation landmark id that is not kebab-case', (d) => (d.triggerPoints[0].landmarks = ['Greater Trochanter']), '$.triggerPoints[0].landmarks[0]'],
    ['a derived landmark beyond its two landmarks', (d) => (d.derivedLandmarks[BETWEEN].at.t = 2), `$.derivedLandmarks[${BETWEEN}].at.t: 2 > 1`],
    ['a derived landmark between three landmarks', (d) => (d.derivedLandmarks[BETWEEN].at.between = ['a', 'b', 'c']), 'at.between: more than 2'],
  ]
  for (const [what, change, fragment] of breaks) {
    it(`rejects ${what}`, () => {
      const d = copy()
      change(d)
      const problems = validate(d, EXPORT_SCHEMA)
      expect(problems.some((p) => p.includes(fragment)), JSON.stringify(problems)).toBe(true)
    })
  }
})

describe('the committed files', () => {
  it('serialise deterministically as 2-space JSON with a trailing newline', () => {
    const a = renderExport(DATASET, META)
    const b = renderExport(DATASET, META)
    expect(a).toEqual(b)
    for (const f of a) {
      expect(f.text.endsWith('}\n'), f.path).toBe(true)
      expect(f.text.startsWith('{\n  "$schema": '), f.path).toBe(true)
      expect(serialise(JSON.parse(f.text)), f.path).toBe(f.text)
    }
  })

  it('equal a fresh export (run `npm run export` when this fails)', () => {
    const fresh = renderExport(DATASET, META)
    expect(fresh.map((f) => f.path)).toEqual([EXPORT_JSON_PATH, EXPORT_SCHEMA_PATH])
    for (const f of fresh) {
      const committed = readFileSync(resolve(ROOT, f.path), 'utf8')
      // Compare parsed first for a readable diff, then the bytes.
      expect(JSON.parse(committed), `${f.path} is stale`).toEqual(JSON.parse(f.text))
      expect(committed === f.text, `${f.path} is stale`).toBe(true)
    }
  })
})
