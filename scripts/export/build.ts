/**
 * Builds the open-data export (public/data/trigger-points.json) from the dataset. Pure: the same dataset and
 * project facts give the same object and the same bytes. Shared by scripts/export-data.ts and the unit tests.
 *
 * The export carries the facts only: muscles without their shape figures, trigger points with their referral
 * zones (blobs relative to landmarks, plus the body areas they cover) and the bony places their palpation hints
 * name, conditions with the trigger points that name them, body areas, the landmarks the blobs refer to, the
 * derived landmarks (placed from measured ones) the hints refer to, and the works cited.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Dataset } from '../../data/dataset'
import type {
  Anchor,
  Blob,
  BodyArea,
  Condition,
  DerivedLandmark,
  Landmark,
  MuscleFacts,
  ReferralZone,
  Source,
  SourceRef,
  TriggerPoint,
} from '../../data/schema'
import { EXPORT_SCHEMA } from './schema'

/** Where the files go, relative to the project root. */
export const EXPORT_JSON_PATH = 'public/data/trigger-points.json'
export const EXPORT_SCHEMA_PATH = 'public/data/trigger-points.schema.json'
/** How the export points at its schema: the two files sit side by side. */
export const SCHEMA_REF = './trigger-points.schema.json'

export const MIT_URL = 'https://opensource.org/license/mit'
export const CC_BY_SA_JP_URL = 'https://creativecommons.org/licenses/by-sa/2.1/jp/deed.en'
export const BODYPARTS3D_CREDIT =
  'BodyParts3D, Copyright (c) 2008 Life Science Integrated Database Center, licensed by CC Display-Inheritance 2.1 Japan'

/** Facts about the project the export is stamped with (package.json and LICENSE). */
export interface ProjectMeta {
  readonly name: string
  readonly version: string
  /** The copyright line of LICENSE, e.g. "Copyright (c) 2026 Trigger Point Explorer contributors". */
  readonly copyright: string
}

/** Reads name, version and the copyright line from the project's package.json and LICENSE. */
export function readProjectMeta(root: string): ProjectMeta {
  const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown }
  if (typeof pkg.name !== 'string' || typeof pkg.version !== 'string') throw new Error('package.json has no name or version')
  const copyright = readFileSync(resolve(root, 'LICENSE'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .find((l) => /^Copyright\b/.test(l))
  if (!copyright) throw new Error('LICENSE has no copyright line')
  return { name: pkg.name, version: pkg.version, copyright }
}

// ─── the shape of the export ──────────────────────────────────────────────────────────────────────────────────

export type Laterality = NonNullable<ReferralZone['laterality']>

/** A referral zone as exported: laterality is always spelled out (the data leaves 'ipsilateral' implicit). */
export interface ExportZone {
  readonly blobs: readonly Blob[]
  readonly areas: readonly string[]
  readonly laterality: Laterality
}

/** A trigger point as exported: `landmarks` is always present, empty when the palpation hint names no bony place. */
export interface ExportTriggerPoint extends Omit<TriggerPoint, 'referral' | 'landmarks'> {
  readonly landmarks: readonly string[]
  readonly referral: {
    readonly essential: readonly ExportZone[]
    readonly spillover: readonly ExportZone[]
  }
}

export interface ExportCondition extends Condition {
  /** Derived: ids of the trigger points whose `conditions` include this one, in dataset order. */
  readonly triggerPoints: readonly string[]
}

export interface LicencePart {
  /** SPDX identifier. */
  readonly licence: string
  readonly name: string
  readonly url: string
  /** Which parts of the file this licence covers, in words. */
  readonly appliesTo: string
}

export interface ExportLicence {
  readonly summary: string
  readonly content: LicencePart & { readonly copyright: string }
  readonly landmarks: LicencePart & { readonly credit: string; readonly source: string }
  readonly facts: { readonly note: string; readonly sources: readonly string[] }
}

export interface Credit {
  readonly text: string
  /** Which parts of the file the credit is for. */
  readonly for: string
  readonly licence: string
  readonly source: string
}

export interface Frame {
  readonly units: 'metres'
  readonly axes: string
  readonly origin: string
  readonly sides: string
  readonly blobs: string
}

export interface DatasetExport {
  readonly $schema: typeof SCHEMA_REF
  readonly name: string
  readonly version: string
  readonly description: string
  readonly licence: ExportLicence
  readonly credits: readonly Credit[]
  readonly frame: Frame
  readonly muscles: readonly MuscleFacts[]
  readonly triggerPoints: readonly ExportTriggerPoint[]
  readonly conditions: readonly ExportCondition[]
  readonly bodyAreas: readonly BodyArea[]
  readonly landmarks: readonly Landmark[]
  readonly derivedLandmarks: readonly DerivedLandmark[]
  readonly sources: readonly Source[]
}

// ─── building ─────────────────────────────────────────────────────────────────────────────────────────────────

/** Drops keys whose value is undefined, so optional fields are absent rather than present-and-undefined. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T
}

// Every record is rebuilt field by field: the key order in the file is fixed here, not by how the data was typed,
// fields the data may gain later do not leak out unreviewed, and nothing aliases the dataset.

const sourceRef = (s: SourceRef): SourceRef => compact({ ref: s.ref, chapter: s.chapter, locator: s.locator })

const anchor = (a: Anchor): Anchor => compact({ landmark: a.landmark, offset: a.offset && ([...a.offset] as const) })

const blob = (b: Blob): Blob =>
  compact({ at: anchor(b.at), to: b.to && anchor(b.to), radius: b.radius, facing: b.facing })

const zone = (z: ReferralZone): ExportZone => ({
  blobs: z.blobs.map(blob),
  areas: [...z.areas],
  laterality: z.laterality ?? 'ipsilateral',
})

const muscle = (m: MuscleFacts): MuscleFacts =>
  compact({
    id: m.id,
    name: m.name,
    synonyms: [...m.synonyms],
    group: m.group,
    region: m.region,
    layer: m.layer,
    midline: m.midline,
    origin: m.origin,
    insertion: m.insertion,
    action: m.action,
    innervation: m.innervation.map((n) => ({ nerve: n.nerve, roots: n.roots })),
    source: sourceRef(m.source),
  })

const triggerPoint = (t: TriggerPoint): ExportTriggerPoint => ({
  id: t.id,
  muscle: t.muscle,
  label: t.label,
  ...(t.sharedPatternWith === undefined ? {} : { sharedPatternWith: t.sharedPatternWith }),
  at: compact({ u: t.at.u, v: t.at.v, depth: t.at.depth }),
  palpation: t.palpation,
  landmarks: [...(t.landmarks ?? [])],
  referral: { essential: t.referral.essential.map(zone), spillover: t.referral.spillover.map(zone) },
  symptoms: [...t.symptoms],
  conditions: [...t.conditions],
  perpetuatingFactors: [...t.perpetuatingFactors],
  selfCare: t.selfCare,
  prevalence: t.prevalence,
  source: sourceRef(t.source),
})

const condition = (c: Condition, triggerPoints: readonly TriggerPoint[]): ExportCondition => ({
  id: c.id,
  name: c.name,
  synonyms: [...c.synonyms],
  category: c.category,
  description: c.description,
  muscles: [...c.muscles],
  triggerPoints: triggerPoints.filter((t) => t.conditions.includes(c.id)).map((t) => t.id),
  redFlags: [...c.redFlags],
  source: sourceRef(c.source),
})

const bodyArea = (a: BodyArea): BodyArea => ({
  id: a.id,
  name: a.name,
  synonyms: [...a.synonyms],
  sided: a.sided,
  region: a.region,
  blobs: a.blobs.map(blob),
})

const landmark = (l: Landmark): Landmark => ({ id: l.id, name: l.name, at: [...l.at] as const, paired: l.paired })

const derivedLandmark = (l: DerivedLandmark): DerivedLandmark => ({
  id: l.id,
  name: l.name,
  at:
    'between' in l.at
      ? compact({ between: [...l.at.between] as const, t: l.at.t, offset: l.at.offset && ([...l.at.offset] as const) })
      : { landmark: l.at.landmark, offset: [...l.at.offset] as const },
  paired: l.paired,
  source: sourceRef(l.source),
})

const source = (s: Source): Source =>
  compact({
    id: s.id,
    title: s.title,
    authors: s.authors,
    year: s.year,
    edition: s.edition,
    publisher: s.publisher,
    licence: s.licence,
    credit: s.credit,
  })

/** The export as one value. Does not validate: run validateDataset first (the CLI refuses invalid data). */
export function buildExport(d: Dataset, meta: ProjectMeta): DatasetExport {
  const cited = new Set([...d.muscles, ...d.triggerPoints, ...d.conditions, ...d.derivedLandmarks].map((x) => x.source.ref))
  return {
    $schema: SCHEMA_REF,
    name: meta.name,
    version: meta.version,
    description:
      'Muscles, myofascial trigger points and their referred-pain zones, the conditions they cause or imitate, and ' +
      'everyday body areas, from Trigger Point Explorer. For learning and explanation, not diagnosis. ' +
      'Generated from data/ by scripts/export-data.ts; do not edit by hand.',
    licence: {
      summary:
        'Text and structure: MIT, the project\'s own work. Landmark coordinates (landmarks[*].at, derivedLandmarks[*].at): ' +
        'CC BY-SA 2.1 JP, measured on BodyParts3D. Facts follow the works in `sources`, cited per entry.',
      content: {
        licence: 'MIT',
        name: 'MIT License',
        url: MIT_URL,
        copyright: meta.copyright,
        appliesTo:
          'Everything in this file except landmarks[*].at and derivedLandmarks[*].at: the wording (descriptions, ' +
          'symptoms, palpation and self-care hints, names and synonyms), the structure, and the blobs placed relative to landmarks are the ' +
          'project\'s own work, under the same licence as its code (LICENSE).',
      },
      landmarks: {
        licence: 'CC-BY-SA-2.1-JP',
        name: 'Creative Commons Attribution-ShareAlike 2.1 Japan',
        url: CC_BY_SA_JP_URL,
        appliesTo:
          'landmarks[*].at: coordinates measured on the BodyParts3D bone meshes; derivedLandmarks[*].at: points ' +
          'placed from them with offsets read off the same meshes. Share works built on them under the same licence, ' +
          'with the credit line.',
        credit: BODYPARTS3D_CREDIT,
        source: 'bodyparts3d',
      },
      facts: {
        note:
          'Anatomical and clinical facts are summarised in our own words; each muscle, trigger point, condition and ' +
          'derived landmark names the work it follows in `source` (an id in `sources`). Those works remain their ' +
          'authors\' and publishers\'.',
        sources: d.sources.filter((s) => cited.has(s.id)).map((s) => s.id),
      },
    },
    credits: [
      { text: BODYPARTS3D_CREDIT, for: 'landmarks[*].at, derivedLandmarks[*].at', licence: 'CC-BY-SA-2.1-JP', source: 'bodyparts3d' },
    ],
    frame: {
      units: 'metres',
      axes: '+x is the body\'s left, +y is up, +z is anterior (the body faces +z).',
      origin: 'On the floor, midway between the heels.',
      sides:
        'Paired landmarks (measured and derived), sided body areas and all blobs are given for the LEFT side (x > 0); ' +
        'mirror x -> -x for the right. Muscles (unless `midline`) and their trigger points exist on both sides; a zone appears on the side ' +
        'given by its laterality relative to the trigger point.',
      blobs:
        'A blob covers the skin within `radius` of its anchor (the landmark\'s position plus `offset`), or of the ' +
        'segment from `at` to `to`, fading out over the last quarter of the radius; with `facing`, only skin whose ' +
        'outward normal points that way belongs to it.',
    },
    muscles: d.muscles.map(muscle),
    triggerPoints: d.triggerPoints.map(triggerPoint),
    conditions: d.conditions.map((c) => condition(c, d.triggerPoints)),
    bodyAreas: d.bodyAreas.map(bodyArea),
    landmarks: d.landmarks.map(landmark),
    derivedLandmarks: d.derivedLandmarks.map(derivedLandmark),
    sources: d.sources.map(source),
  }
}

/** JSON as committed: 2-space indent, trailing newline. */
export function serialise(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}

export interface ExportFile {
  /** Relative to the project root. */
  readonly path: string
  readonly text: string
}

/** The files the exporter writes, with their exact contents. */
export function renderExport(d: Dataset, meta: ProjectMeta): ExportFile[] {
  return [
    { path: EXPORT_JSON_PATH, text: serialise(buildExport(d, meta)) },
    { path: EXPORT_SCHEMA_PATH, text: serialise(EXPORT_SCHEMA) },
  ]
}
