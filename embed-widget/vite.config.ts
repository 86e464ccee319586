import { defineConfig } from 'vitest/config';

// Library build for the platform API to serve from {PLATFORM}/embed/: a stable loader
// (fixpoint-embed.js) and hashed lazy chunks that it imports by relative URL, so they come from
// the same origin as the loader whatever page embeds it.
export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
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
      // Library mode leaves ES output unminified by default; these files ship to browsers as is.
      output: { chunkFileNames: '[name]-[hash].js', minify: true },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['src/test/setup.ts'],
    include: ['src/**/*.test.ts'],
    reporters: ['default', '../tools/test/vitest-summary-reporter.mjs'],
  },
});
