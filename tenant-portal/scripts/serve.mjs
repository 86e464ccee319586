// npm run serve: serves the built portal (dist/) with the SPA fallback and proxies the API's
// routes (/graphql; /embed/ and /widget/ for career-page widgets; /ats/ and /docs/api) to the API, as the platform's
// ingress would: the browser and embed snippets talk to one origin. Configuration, validated here (exit 78 names
// the bad variable): PORTAL_HOST (127.0.0.1), PORTAL_PORT (4200; 0 = any free port),
// API_URL (http://127.0.0.1:4000), PORTAL_DIST_DIR (the built portal, tenant-portal/dist).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(
  process.env.PORTAL_DIST_DIR || join(dirname(fileURLToPath(import.meta.url)), '..', 'dist'),
);

function fail(message) {
  console.error(`tenant-portal: ${message}`);
  process.exit(78);
}

const host = process.env.PORTAL_HOST || '127.0.0.1';
const port = Number(process.env.PORTAL_PORT ?? 4200);
if (!Number.isInteger(port) || port < 0 || port > 65535)
  fail(`PORTAL_PORT: must be a port number (got "${process.env.PORTAL_PORT}")`);
let api;
try {
  api = new URL(process.env.API_URL || 'http://127.0.0.1:4000');
  if (!/^https?:$/.test(api.protocol)) throw new Error();
} catch {
  fail(`API_URL: must be an http(s) URL (got "${process.env.API_URL}")`);
}
if (!existsSync(join(root, 'index.html')))
  fail('dist/ is missing: run `npm run build -w tenant-portal` first');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};
const index = readFileSync(join(root, 'index.html'));
const SECURITY = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'",
};

// The client's address appended to what earlier proxies said (never replacing it, never
// taking a client-chosen value as the client): the API counts TRUSTED_PROXY_HOPS from the right.
const forwardedFor = (req) =>
  [req.headers['x-forwarded-for'], req.socket.remoteAddress].filter(Boolean).join(', ');

const badRequest = (res) => {
  res.writeHead(400, { ...SECURITY, 'content-type': 'text/plain; charset=utf-8' });
  res.end('Bad request: the address is not a valid URL path.\n');
};

const server = createServer((req, res) => {
  // A malformed URL (a lone %, bad escapes) is the client's mistake: 400, and the server lives on.
  try {
    handle(req, res);
  } catch {
    if (!res.headersSent) badRequest(res);
    else res.destroy();
  }
});

function handle(req, res) {
  const url = new URL(req.url ?? '/', 'http://portal');
  // The ATS API and its reference page (/ats/v1/…, /docs/api) are the API's too.
  if (
    url.pathname === '/graphql' ||
    /^\/(embed|widget|ats)\//.test(url.pathname) ||
    /^\/docs\/api(\.css)?$/.test(url.pathname)
  ) {
    const upstream = request(
      new URL(url.pathname + url.search, api),
      {
        method: req.method,
        // The applicant's address, for the API's per-client rate limits (TRUSTED_PROXY_HOPS).
        headers: {
          ...req.headers,
          host: api.host,
          'x-forwarded-for': forwardedFor(req),
        },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      res.writeHead(502, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          errors: [
            {
              message: 'The Fixpoint API is not reachable.',
              extensions: { code: 'SERVICE_UNAVAILABLE' },
            },
          ],
        }),
      );
    });
    req.pipe(upstream);
    return;
  }
  let decoded;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return badRequest(res);
  }
  if (decoded.includes('\0')) return badRequest(res);
  const path = normalize(join(root, decoded));
  // Inside dist/ itself: a sibling such as dist-old/ shares the prefix but is not served.
  const inside = path.startsWith(root + sep);
  const isFile = inside && existsSync(path) && statSync(path).isFile();
  if (isFile) {
    res.writeHead(200, {
      ...SECURITY,
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'cache-control': /-[A-Z0-9]{8}\.(js|css)$/.test(path)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    });
    res.end(readFileSync(path));
    return;
  }
  // Client-side routes (/assessments/…, /join?token=…) all load the app.
  res.writeHead(200, { ...SECURITY, 'content-type': TYPES['.html'], 'cache-control': 'no-cache' });
  res.end(index);
}

server.listen(port, host, () => {
  const address = server.address();
  console.log(
    `tenant-portal on http://${host}:${typeof address === 'object' ? address.port : port} (API ${api.origin})`,
  );
});
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => server.close(() => process.exit(0)));
