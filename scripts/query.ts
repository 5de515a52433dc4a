/**
 * "Where does it hurt?" from the command line: ranks trigger points for the places named.
 *
 *   npm run --silent query -- temple "outer elbow"        top 25 candidates, best first, as JSON
 *   npm run --silent query -- --all "left heel"           every candidate
 *
 * Exit status 2 for no places, an unknown option or a place it cannot read (the closest names go to stderr).
 * The arguments are read and answered by answerQuery (scripts/query-answer.ts), a pure function.
 */
import { answerQuery } from './query-answer'

const answer = answerQuery(process.argv.slice(2))
process.stdout.write(answer.stdout)
process.stderr.write(answer.stderr)
process.exitCode = answer.exitCode
