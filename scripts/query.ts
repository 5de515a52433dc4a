/**
 * "Where does it hurt?" from the command line: ranks trigger points for the places named.
 *
 *   npm run --silent query -- temple "outer elbow"        top 25 candidates, best first, as JSON
 *   npm run --silent query -- --all "left heel"           every candidate
 *
 * Exit status 2 for no places or a place it cannot read (the closest names go to stderr).
 */
import { DATASET } from '../data/dataset'
import { resolveArea, suggestAreas } from '../src/domain/body-areas'
import { rankTriggerPoints, type PainMark } from '../src/domain/ranking'

const TOP = 25

const USAGE = `usage: npm run --silent query -- [--all] <place> [<place> ...]

  Each place is everyday words for where it hurts, optionally with a side:
    npm run --silent query -- temple "outer elbow"
    npm run --silent query -- "left heel" "right calf"
  Prints JSON { areas, candidates } with the top ${TOP} candidates, best first; --all prints every candidate.`

function main(argv: readonly string[]): number {
  const all = argv.includes('--all')
  const unknownFlags = argv.filter((a) => a.startsWith('--') && a !== '--all')
  if (unknownFlags.length > 0) {
    process.stderr.write(`unknown option ${unknownFlags.join(', ')}\n\n${USAGE}\n`)
    return 2
  }
  const places = argv.filter((a) => !a.startsWith('--'))
  if (places.length === 0) {
    process.stderr.write(`${USAGE}\n`)
    return 2
  }

  const marks: PainMark[] = []
  let failed = false
  for (const place of places) {
    const resolved = resolveArea(place, DATASET)
    if (resolved) {
      marks.push(resolved)
      continue
    }
    failed = true
    const close = suggestAreas(place, DATASET, 5).map((s) => `"${s.name}"`)
    process.stderr.write(
      close.length > 0
        ? `Unknown place "${place}". Closest names: ${close.join(', ')}.\n`
        : `Unknown place "${place}": no body area is close to it. Try words like "temple", "outer elbow" or "heel".\n`,
    )
  }
  if (failed) return 2

  const ranked = rankTriggerPoints(marks, DATASET)
  const candidates = (all ? ranked : ranked.slice(0, TOP)).map((c) => ({
    muscle: c.muscle,
    muscleName: c.muscleName,
    triggerPoint: c.triggerPoint,
    ...(c.side ? { side: c.side } : {}),
    match: c.match,
    score: c.score,
    explains: c.explains,
  }))
  process.stdout.write(`${JSON.stringify({ areas: marks.map((m) => m.area), candidates }, null, 2)}\n`)
  return 0
}

process.exitCode = main(process.argv.slice(2))
