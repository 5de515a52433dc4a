import { defineConfig } from 'vitest/config'

/** Real-browser tests: Chromium driven by playwright-core against the built app (`npm run build` first). */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/e2e.json' },
  },
})
