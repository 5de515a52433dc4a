import { defineConfig } from 'vitest/config'

/**
 * Real-browser tests: Chromium driven by playwright-core against the built app (`npm run build` first).
 * The whole suite runs once on each body: the links it opens carry `body=<name>` (tests/e2e/app.ts).
 */
export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // Software WebGL on two cores can take a few seconds to draw a hover or a selection: polls wait for it.
    expect: { poll: { timeout: 15_000, interval: 100 } },
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/e2e.json' },
    projects: (['male', 'female'] as const).map((body) => ({
      extends: true,
      test: { name: body, include: ['tests/e2e/**/*.e2e.ts'], env: { E2E_BODY: body } },
    })),
  },
})
