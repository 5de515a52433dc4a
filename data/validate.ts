/**
 * Checks the dataset's internal consistency. Pure: returns problems instead of throwing, each naming its entry,
 * e.g. `trigger point infraspinatus-1: condition 'x' does not exist`.
 */
import type { Dataset } from './dataset'
import type { Blob, ReferralZone, SourceRef } from './schema'

export interface Problem {
  readonly entry: string
  readonly message: string
}

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/
const REGIONS = new Set(['head', 'neck', 'shoulder', 'upper-back', 'chest', 'arm', 'forearm', 'hand', 'abdomen', 'low-back', 'hip', 'thigh', 'leg', 'foot'])
const LAYERS = new Set(['superficial', 'intermediate', 'deep'])
const CATEGORIES = new Set(['myofascial', 'ischemia', 'neural-entrapment', 'nerve-compression', 'postural', 'gait'])

export function validateDataset(d: Dataset): Problem[] {
  const out: Problem[] = []
  const say = (entry: string, message: string) => out.push({ entry, message })
  const ids = <T extends { id: string }>(kind: string, list: readonly T[]) => {
    const seen = new Set<string>()
    for (const x of list) {
      if (!KEBAB.test(x.id)) say(`${kind} ${x.id}`, 'id is not kebab-case')
      if (seen.has(x.id)) say(`${kind} ${x.id}`, 'id is used twice')
      seen.add(x.id)
    }
    return seen
  }
  const muscles = ids('muscle', d.muscles)
  ids('trigger point', d.triggerPoints)
  const conditions = ids('condition', d.conditions)
  const areas = ids('body area', d.bodyAreas)
  const landmarks = ids('landmark', d.landmarks)
  const derived = ids('derived landmark', d.derivedLandmarks)
  const sources = ids('source', d.sources)
  const redFlags = new Map(d.conditions.map((c) => [c.id, c.redFlags.length]))

  const source = (entry: string, s: SourceRef | undefined) => {
    if (!s) say(entry, 'has no source')
    else if (!sources.has(s.ref)) say(entry, `source '${s.ref}' does not exist`)
  }
  const blobs = (entry: string, list: readonly Blob[]) => {
    if (list.length === 0) say(entry, 'has no blobs')
    for (const b of list) {
      for (const a of [b.at, b.to]) if (a && !landmarks.has(a.landmark)) say(entry, `landmark '${a.landmark}' does not exist`)
      if (!(b.radius > 0 && b.radius <= 0.2)) say(entry, `blob radius ${b.radius} m is outside (0, 0.2]`)
    }
  }

  for (const m of d.muscles) {
    const e = `muscle ${m.id}`
    for (const k of ['name', 'origin', 'insertion', 'action'] as const) if (!m[k].trim()) say(e, `has no ${k}`)
    if (!REGIONS.has(m.region)) say(e, `region '${m.region}' is unknown`)
    if (!LAYERS.has(m.layer)) say(e, `layer '${m.layer}' is unknown`)
    if (m.innervation.length === 0) say(e, 'has no innervation')
    source(e, m.source)
    if (!d.shapes.some((s) => s.muscle === m.id)) say(e, 'has no shape for the model')
    if (!d.triggerPoints.some((t) => t.muscle === m.id)) say(e, 'has no trigger points')
  }
  for (const s of d.shapes) if (!muscles.has(s.muscle)) say(`shape ${s.muscle}`, 'names a muscle that does not exist')

  for (const t of d.triggerPoints) {
    const e = `trigger point ${t.id}`
    if (!muscles.has(t.muscle)) say(e, `muscle '${t.muscle}' does not exist`)
    else if (!new RegExp(`^${t.muscle}-\\d+$`).test(t.id)) say(e, `id should be '${t.muscle}-<n>'`)
    for (const k of ['u', 'v'] as const) if (!(t.at[k] >= 0 && t.at[k] <= 1)) say(e, `${k} = ${t.at[k]} is outside 0..1`)
    if (t.referral.essential.length === 0) say(e, 'has no essential zone')
    const zone = (z: ReferralZone, kind: string) => {
      blobs(`${e} ${kind} zone`, z.blobs)
      if (z.areas.length === 0) say(e, `a ${kind} zone names no body area`)
      for (const a of z.areas) if (!areas.has(a)) say(e, `body area '${a}' does not exist`)
    }
    t.referral.essential.forEach((z) => zone(z, 'essential'))
    t.referral.spillover.forEach((z) => zone(z, 'spillover'))
    for (const c of t.conditions) if (!conditions.has(c)) say(e, `condition '${c}' does not exist`)
    // Safety: referred pain can hide something serious, so every pattern shows when to see a doctor first.
    if (!t.conditions.some((c) => (redFlags.get(c) ?? 0) > 0))
      say(e, 'has no red flags to show: name a condition (data/conditions.ts) whose red flags fit what this pain can be mistaken for')
    if (t.symptoms.length === 0) say(e, 'has no symptoms')
    if (!t.palpation.trim()) say(e, 'has no palpation hint')
    if (t.landmarks?.length === 0) say(e, 'has an empty landmark list; leave the field out instead')
    for (const [i, l] of (t.landmarks ?? []).entries()) {
      if (!landmarks.has(l) && !derived.has(l)) say(e, `palpation landmark '${l}' does not exist`)
      if (t.landmarks?.indexOf(l) !== i) say(e, `palpation landmark '${l}' is named twice`)
    }
    source(e, t.source)
  }
  sharedPatterns(d, say)
  for (const c of d.conditions) {
    const e = `condition ${c.id}`
    if (!CATEGORIES.has(c.category)) say(e, `category '${c.category}' is unknown`)
    for (const m of c.muscles) if (!muscles.has(m)) say(e, `muscle '${m}' does not exist`)
    if (c.redFlags.length === 0) say(e, 'has no red flags')
    source(e, c.source)
  }
  for (const a of d.bodyAreas) blobs(`body area ${a.id}`, a.blobs)
  for (const l of d.derivedLandmarks) {
    const e = `derived landmark ${l.id}`
    if (landmarks.has(l.id)) say(e, 'id is also a measured landmark')
    if (!l.name.trim()) say(e, 'has no name')
    const from = 'between' in l.at ? l.at.between : [l.at.landmark]
    for (const b of from) if (!landmarks.has(b)) say(e, `measured landmark '${b}' does not exist`)
    if ('between' in l.at && !(l.at.t >= 0 && l.at.t <= 1)) say(e, `t = ${l.at.t} is outside 0..1`)
    const offset = l.at.offset ?? [0, 0, 0]
    if (Math.hypot(...offset) > 0.15) say(e, `offset of ${Math.hypot(...offset).toFixed(3)} m is more than 0.15 m`)
    source(e, l.source)
  }
  return out
}

/**
 * One pattern drawn for several trigger points is said once (`sharedPatternWith`), not copied: a shared pattern must
 * equal its owner's, and two trigger points with the same pattern must say that they share it.
 */
function sharedPatterns(d: Dataset, say: (entry: string, message: string) => void): void {
  const byId = new Map(d.triggerPoints.map((t) => [t.id, t]))
  const ownerOf = new Map<string, string>()
  const key = (t: Dataset['triggerPoints'][number]) => JSON.stringify(t.referral)
  for (const t of d.triggerPoints) {
    const e = `trigger point ${t.id}`
    const owner = t.sharedPatternWith === undefined ? undefined : byId.get(t.sharedPatternWith)
    if (t.sharedPatternWith === undefined) continue
    if (!owner) say(e, `shares the pattern of '${t.sharedPatternWith}', which does not exist`)
    else if (owner.id === t.id) say(e, 'shares its pattern with itself')
    else if (owner.sharedPatternWith !== undefined) say(e, `shares the pattern of '${owner.id}', which shares another's: name '${owner.sharedPatternWith}'`)
    else if (key(owner) !== key(t)) say(e, `shares the pattern of '${owner.id}' but its referral differs`)
    else ownerOf.set(t.id, owner.id)
  }
  const firstWith = new Map<string, string>()
  for (const t of d.triggerPoints) {
    const k = key(t)
    const first = firstWith.get(k)
    if (first === undefined) firstWith.set(k, t.id)
    else if ((ownerOf.get(t.id) ?? t.id) !== (ownerOf.get(first) ?? first))
      say(`trigger point ${t.id}`, `has the same referral as '${first}': say sharedPatternWith '${ownerOf.get(first) ?? first}' if the manual draws one pattern for both, or draw its own`)
  }
}
