import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The API the dev server and `npm run serve` proxy /graphql to; the browser only ever talks to
// its own origin, so no CORS setup is needed anywhere.
const apiUrl = process.env.API_URL ?? 'http://127.0.0.1:4000';
// ws: GraphQL subscriptions (graphql-ws) go through the same /graphql path.
const proxy = { '/graphql': { target: apiUrl, changeOrigin: true, ws: true } };

export default defineConfig(({ command }) => ({
  plugins: [react()],
  // A build is always the production one: `npm test` and the dev stack export
  // NODE_ENV=development (for the services), which Vite would otherwise pass to React, React
  // Router and TanStack Query, bundling their development builds (catalog route 169 KB, not 107).
  define: command === 'build' ? { 'process.env.NODE_ENV': JSON.stringify('production') } : {},
  build: {
    outDir: 'dist',
    // bench-web.mjs reads the manifest to size each route's JavaScript.
    manifest: true,
    // Monaco is one big lazy chunk on purpose (IDE route only); don't warn about it.
    chunkSizeWarningLimit: 4000,
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: 5173, proxy },
  preview: { host: '127.0.0.1', port: 5173, strictPort: true, proxy },
  test: {
    environment: 'jsdom',
    setupFiles: ['src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    reporters: ['default', '../tools/test/vitest-summary-reporter.mjs'],
    css: false,
  },
}));
