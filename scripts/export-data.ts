/**
 * Writes the open-data export: public/data/trigger-points.json and its JSON Schema, from data/; and the 2D body
 * chart, public/models/chart.json, from data/ and the model (scripts/export/chart.ts).
 * Refuses to export a dataset that validateDataset finds problems in.
 *
 *   npm run export              regenerate
 *   npm run export -- --check   exit 1 when the committed files differ from what the data gives
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { DATASET } from '../data/dataset'
import { validateDataset } from '../data/validate'
import { readProjectMeta, renderExport } from './export/build'
import { renderChart } from './export/chart'

const ROOT = resolve(import.meta.dirname, '..')
const check = process.argv.includes('--check')

const problems = validateDataset(DATASET)
if (problems.length > 0) {
  console.error(`Refusing to export: the dataset has ${problems.length} problem${problems.length === 1 ? '' : 's'}:`)
  for (const p of problems) console.error(`  ${p.entry}: ${p.message}`)
  process.exit(1)
}

// The 2D body chart carries every trigger point's zones, projected from the model: it follows the data too.
const files = [...renderExport(DATASET, readProjectMeta(ROOT)), await renderChart()]
const summary =
  `${DATASET.muscles.length} muscles, ${DATASET.triggerPoints.length} trigger points, ${DATASET.conditions.length} conditions, ` +
  `${DATASET.bodyAreas.length} body areas, ${DATASET.landmarks.length} landmarks, ${DATASET.derivedLandmarks.length} derived landmarks, ` +
  `${DATASET.sources.length} sources`

if (check) {
  const stale = files.filter((f) => {
    const path = resolve(ROOT, f.path)
    return !existsSync(path) || readFileSync(path, 'utf8') !== f.text
  })
  if (stale.length > 0) {
    for (const f of stale) {
      const missing = !existsSync(resolve(ROOT, f.path))
      console.error(`${f.path} ${missing ? 'is missing' : 'is stale: the data in data/, the model or the exporter changed'}.`)
    }
    console.error('Run `npm run export` and commit the result.')
    process.exit(1)
  }
  console.log(`the data export is up to date (${summary})`)
} else {
  for (const f of files) {
    const path = resolve(ROOT, f.path)
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, f.text)
    console.log(`wrote ${f.path}: ${(Buffer.byteLength(f.text) / 1024).toFixed(0)} KiB`)
  }
  console.log(summary)
}
