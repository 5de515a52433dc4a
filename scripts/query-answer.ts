/**
 * The query CLI's arguments read and answered, as a pure function: argv in, exit status and output text out
 * (scripts/query.ts writes them). Never throws; every refusal says what was wrong and what to do.
 */
import { DATASET, type Dataset } from '../data/dataset'
import { resolveArea, suggestAreas } from '../src/domain/body-areas'
import { rankTriggerPoints, type PainMark } from '../src/domain/ranking'

/** Candidates printed without --all. */
export const TOP = 25

export const USAGE = `usage: npm run --silent query -- [--all] <place> [<place> ...]

  Each place is everyday words for where it hurts, optionally with a side:
    npm run --silent query -- temple "outer elbow"
    npm run --silent query -- "left heel" "right calf"
  Prints JSON { areas, candidates } with the top ${TOP} candidates, best first; --all prints every candidate.
  --help prints this; after --, every argument is a place.`

export interface QueryAnswer {
  /** 0 answered (or help), 2 the arguments could not be used. */
  readonly exitCode: 0 | 2
  readonly stdout: string
  readonly stderr: string
}

/** Characters JSON leaves as they are but a terminal would act on: DEL, C1 controls, bidi and other format marks. */
const INVISIBLE = /[\p{Cc}\p{Zl}\p{Zp}]|(?!\u200d)\p{Cf}/gu

/** `\uXXXX` for each UTF-16 unit, as JSON writes them. */
export const escape16 = (c: string): string =>
  Array.from({ length: c.length }, (_, i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`).join('')

/**
 * An argument as a message shows it: JSON-quoted and shortened, with every control and format character escaped, so
 * one message stays one line and reads as what was typed.
 */
function shown(arg: string): string {
  const chars = Array.from(arg)
  const quoted = JSON.stringify(chars.length > 60 ? `${chars.slice(0, 59).join('')}…` : arg)
  return quoted.replace(INVISIBLE, (c) => escape16(c))
}

interface Args {
  readonly all: boolean
  readonly help: boolean
  readonly places: readonly string[]
  readonly unknownOptions: readonly string[]
}

/** `--x` and `-x` are options until a lone `--`; everything else, and everything after `--`, is a place. */
function readArgs(argv: readonly string[]): Args {
  let all = false
  let help = false
  let optionsEnded = false
  const places: string[] = []
  const unknownOptions: string[] = []
  for (const arg of argv) {
    if (optionsEnded || !/^-./s.test(arg)) places.push(arg)
    else if (arg === '--') optionsEnded = true
    else if (arg === '--all') all = true
    else if (arg === '--help' || arg === '-h') help = true
    else unknownOptions.push(arg)
  }
  return { all, help, places, unknownOptions }
}

/** Why a place was not read, in one line. */
function placeProblem(place: string, data: Dataset): string {
  if (!place.trim()) return 'An empty place was given: name where it hurts, e.g. "temple" or "left heel".'
  const close = suggestAreas(place, data, 5).map((s) => JSON.stringify(s.name))
  return close.length > 0
    ? `Unknown place ${shown(place)}. Closest names: ${close.join(', ')}.`
    : `Unknown place ${shown(place)}: no body area is close to it. Try words like "temple", "outer elbow" or "heel".`
}

/** Answers the query CLI's arguments: ranked trigger points as JSON, or what was wrong with the arguments. */
export function answerQuery(argv: readonly string[], data: Dataset = DATASET): QueryAnswer {
  const args = readArgs(argv)
  if (args.help) return { exitCode: 0, stdout: `${USAGE}\n`, stderr: '' }
  const problems: string[] = []
  if (args.unknownOptions.length > 0) problems.push(`Unknown option ${args.unknownOptions.map(shown).join(', ')}.`)
  if (args.places.length === 0) problems.push('No place given: name at least one place where it hurts.')
  const marks: PainMark[] = []
  for (const place of args.places) {
    const resolved = resolveArea(place, data)
    if (resolved) marks.push(resolved)
    else problems.push(placeProblem(place, data))
  }
  if (problems.length > 0) {
    const usage = args.unknownOptions.length > 0 || args.places.length === 0 ? `\n${USAGE}\n` : ''
    return { exitCode: 2, stdout: '', stderr: `${problems.join('\n')}\n${usage}` }
  }

  const ranked = rankTriggerPoints(marks, data)
  const candidates = (args.all ? ranked : ranked.slice(0, TOP)).map((c) => ({
    muscle: c.muscle,
    muscleName: c.muscleName,
    triggerPoint: c.triggerPoint,
    ...(c.side ? { side: c.side } : {}),
    match: c.match,
    score: c.score,
    explains: c.explains,
  }))
  return { exitCode: 0, stdout: `${JSON.stringify({ areas: marks.map((m) => m.area), candidates }, null, 2)}\n`, stderr: '' }
}
