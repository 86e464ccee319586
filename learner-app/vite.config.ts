import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The API the dev server and `npm run serve` proxy /graphql to; the browser only ever talks to
// its own origin, so no CORS setup is needed anywhere.
const apiUrl = process.env.API_URL ?? 'http://127.0.0.1:4000';
// ws: GraphQL subscriptions (graphql-ws) go through the same /graphql path.
const proxy = { '/graphql': { target: apiUrl, changeOrigin: true, ws: true } };

export default defineConfig({
  plugins: [react()],
  // package.json's build sets NODE_ENV=production: `npm test` exports development for the
  // services, and Vite would bundle React's and the router's development builds (and JSX's dev
  // runtime) from it: the catalog route was 169 KB gzip, over its budget, instead of 107.
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
});
