/**
 * Writes public/data/diary.schema.json, the published JSON Schema of an exported pain diary, from
 * src/domain/diary/schema.ts (the same object the import check walks).
 *
 *   npx tsx scripts/diary-schema.ts            regenerate
 *   npx tsx scripts/diary-schema.ts --check    exit 1 when the committed file differs from what the code gives
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { renderDiarySchema } from '../src/domain/diary/schema'

export const DIARY_SCHEMA_PATH = 'public/data/diary.schema.json'

const path = resolve(import.meta.dirname, '..', DIARY_SCHEMA_PATH)
const text = renderDiarySchema()

if (process.argv.includes('--check')) {
  if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
    console.error(`${DIARY_SCHEMA_PATH} is ${existsSync(path) ? 'stale' : 'missing'}: run \`npx tsx scripts/diary-schema.ts\` and commit it.`)
    process.exit(1)
  }
  console.log(`${DIARY_SCHEMA_PATH} is up to date`)
} else {
  writeFileSync(path, text)
  console.log(`wrote ${DIARY_SCHEMA_PATH}`)
}
