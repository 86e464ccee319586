import { defineConfig } from 'vitest/config';

// The portal's logic that users notice (CSV parsing, sorting, diffs, roles, the API client)
// lives in plain TypeScript under src/app/core and is tested here without a browser.
export default defineConfig({
  test: {
    include: ['src/**/*.spec.ts'],
    environment: 'node',
    globals: true,
    // Totals for tools/test.sh's one line, like every project's.
    reporters: ['default', '../tools/test/vitest-summary-reporter.mjs'],
  },
});
