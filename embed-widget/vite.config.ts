import { existsSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// The workspace's Vitest reporter (totals for tools/test.sh); it is moving from learner-app to
// tools/test, so take whichever is there.
const summaryReporter = [
  '../tools/test/vitest-summary-reporter.mjs',
  '../learner-app/scripts/vitest-summary-reporter.mjs',
].find((f) => existsSync(new URL(f, import.meta.url)));

// Library build for the platform API to serve from {PLATFORM}/embed/: a stable loader
// (fixpoint-embed.js) and hashed lazy chunks that it imports by relative URL, so they come from
// the same origin as the loader whatever page embeds it.
export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Library mode leaves ES output unminified by default; this file ships to browsers as is.
    minify: true,
    // bench.mjs reads the manifest to tell the loader from the lazy chunks.
    manifest: true,
    // No <link rel=modulepreload> helper: the loader must not write into the host page's head.
    modulePreload: false,
    lib: {
      entry: 'src/fixpoint-embed.ts',
      formats: ['es'],
      fileName: () => 'fixpoint-embed.js',
    },
    rollupOptions: {
      output: { chunkFileNames: '[name]-[hash].js', minify: true },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['src/test/setup.ts'],
    include: ['src/**/*.test.ts'],
    reporters: ['default', ...(summaryReporter ? [summaryReporter] : [])],
  },
});
