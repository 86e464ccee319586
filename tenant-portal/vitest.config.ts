import angular from '@analogjs/vite-plugin-angular';
import { defineConfig } from 'vitest/config';

// The portal's logic that users notice (CSV parsing, sorting, diffs, roles, the API client) is
// tested as plain TypeScript in Node; component specs render through Angular's TestBed in jsdom
// (each starts with `// @vitest-environment jsdom`; src/test-setup.ts sets TestBed up). The
// Analog plugin compiles components ahead of time as the Angular CLI does (signal inputs,
// templates), so plain `vitest run` runs both.
export default defineConfig({
  plugins: [angular({ tsconfig: 'tsconfig.spec.json' })],
  test: {
    include: ['src/**/*.spec.ts'],
    environment: 'node',
    globals: true,
    setupFiles: ['src/test-setup.ts'],
    // Totals for tools/test.sh's one line, like every project's.
    reporters: ['default', '../tools/test/vitest-summary-reporter.mjs'],
  },
});
