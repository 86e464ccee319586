// npm run serve: serves the built app (dist/) and proxies /graphql to the API, so the browser
// talks to one origin. Configuration, validated here (exit 78 names the bad variable):
//   WEB_HOST (127.0.0.1), WEB_PORT (5173; 0 = any free port), API_URL (http://127.0.0.1:4000),
//   WEB_DIST_DIR (the built app, learner-app/dist).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function fail(message) {
  console.error(`learner-app: ${message}`);
  process.exit(78);
}

const host = process.env.WEB_HOST || '127.0.0.1';
const port = Number(process.env.WEB_PORT ?? 5173);
if (!Number.isInteger(port) || port < 0 || port > 65535)
  fail(`WEB_PORT: must be a port number (got "${process.env.WEB_PORT}")`);
const apiUrl = process.env.API_URL || 'http://127.0.0.1:4000';
try {
  if (!/^https?:$/.test(new URL(apiUrl).protocol)) throw new Error();
} catch {
  fail(`API_URL: must be an http(s) URL (got "${apiUrl}")`);
}
const dist = resolve(process.env.WEB_DIST_DIR || join(root, 'dist'));
if (!existsSync(join(dist, 'index.html')))
  fail(`${dist} is missing: run \`npm run build -w learner-app\` first`);

/**
 * A malformed URL (a lone %, a broken escape, an encoded NUL) is the client's mistake: 400,
 * before the static handler or the proxy sees it, and the server lives on. Static files come
 * only from inside dist/ (vite's handler resolves them there; anything else gets the app).
 */
const rejectMalformedUrls = {
  name: 'fixpoint-reject-malformed-urls',
  configurePreviewServer(server) {
    server.middlewares.use((req, res, next) => {
      let ok;
      try {
        const { pathname } = new URL(req.url ?? '/', 'http://web');
        ok = !decodeURIComponent(pathname).includes('\0');
      } catch {
        ok = false;
      }
      if (ok) return next();
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Bad request: the address is not a valid URL path.\n');
    });
  },
};

const server = await preview({
  root,
  configFile: join(root, 'vite.config.ts'),
  logLevel: 'warn',
  plugins: [rejectMalformedUrls],
  build: { outDir: dist },
  preview: {
    host,
    port,
    strictPort: true,
    // xfwd appends the client's address to X-Forwarded-For (a client-chosen value is kept
    // only to the left of it); the API counts TRUSTED_PROXY_HOPS from the right.
    proxy: { '/graphql': { target: apiUrl, changeOrigin: true, xfwd: true, ws: true } },
  },
});
const address = server.httpServer.address();
console.log(
  `learner-app on http://${host}:${typeof address === 'object' ? address.port : port} (API ${apiUrl})`,
);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close().then(() => process.exit(0)));
}
