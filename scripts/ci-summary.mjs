// Prints "N passed, N failed" from the vitest JSON reports (unit and end-to-end) for CI.
// A step of `npm test` that failed before any test report counts as one failure.
import { existsSync, readFileSync } from 'node:fs'

let passed = 0
let failed = 0
for (const file of ['reports/vitest.json', 'reports/e2e.json']) {
  if (!existsSync(file)) continue
  const r = JSON.parse(readFileSync(file, 'utf8'))
  passed += r.numPassedTests ?? 0
  failed += r.numFailedTests ?? 0
}
const status = Number(process.argv[2] ?? 0)
if (status !== 0 && failed === 0) failed = 1
console.log(`${passed} passed, ${failed} failed`)
