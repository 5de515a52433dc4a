/** Citations in a short, readable form. */
import { SOURCES } from '../../data/sources'
import type { Source, SourceRef } from '../../data/schema'

const ALL: readonly Source[] = SOURCES

export function formatSource(ref: SourceRef): string {
  const s = ALL.find((x) => x.id === ref.ref)
  const work = s ? `${s.authors}, ${s.title}${s.edition ? `, ${s.edition} ed.` : ''} (${s.year})` : ref.ref
  const chapter = ref.chapter !== undefined ? `, ch. ${ref.chapter}` : ''
  const loc = ref.locator ? `, ${ref.locator}` : ''
  return `${work}${chapter}${loc}`
}
