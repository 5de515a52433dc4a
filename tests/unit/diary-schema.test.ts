import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DIARY_VERSION, NOTE_MAX_LENGTH } from '../../src/domain/diary/entry'
import { writeDiaryFile } from '../../src/domain/diary/file'
import { checkSchema } from '../../src/domain/diary/read'
import { DIARY_SCHEMA, renderDiarySchema } from '../../src/domain/diary/schema'

const ROOT = resolve(import.meta.dirname, '../..')

describe('the published diary schema', () => {
  it('is what the code gives (run `npx tsx scripts/diary-schema.ts` after changing src/domain/diary/schema.ts)', () => {
    expect(readFileSync(resolve(ROOT, 'public/data/diary.schema.json'), 'utf8')).toBe(renderDiarySchema())
  })

  it('accepts what the app exports', () => {
    const text = writeDiaryFile(
      [
        {
          id: '2025-05-03-7f3a9c21',
          date: '2025-05-03',
          savedAt: '2025-05-03T18:42:07.120Z',
          body: 'female',
          note: 'n'.repeat(NOTE_MAX_LENGTH),
          marks: [{ area: 'temple', side: 'left', intensity: 10, point: [0.07, 1.66, 0.1] }],
        },
      ],
      new Date('2025-05-04T00:00:00Z'),
    )
    expect(checkSchema(JSON.parse(text), DIARY_SCHEMA)).toEqual([])
  })

  it('states the version it describes, intensities 0–10 and closed records', () => {
    expect(DIARY_SCHEMA.properties?.version?.description).toContain(`version ${DIARY_VERSION}`)
    const mark = DIARY_SCHEMA.$defs!.mark!
    expect([mark.properties!.intensity!.minimum, mark.properties!.intensity!.maximum]).toEqual([0, 10])
    for (const s of [DIARY_SCHEMA, mark, DIARY_SCHEMA.$defs!.entry!]) expect(s.additionalProperties).toBe(false)
  })
})
