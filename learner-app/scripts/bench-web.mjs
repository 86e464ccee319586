// npm run bench:web — the learner-app's weight and speed:
//   1. gzipped JavaScript of the catalog route (the entry chunk and its static imports) and of
//      the IDE route (that, plus the lazy IDE page, Monaco, its editor worker and the syntax mode
//      of a JavaScript file), read from the Vite build manifest of dist/;
//   2. the time from navigation to an interactive editor on /challenges/<slug> in headless
//      Chromium: the median of BENCH_RUNS (5) cold loads, each in a fresh browser context.
// By default the API is answered inside the page with the challenge's real files (read from
// challenges/), so the figure measures the front end alone. With BENCH_API_URL set, the runs go
// to that running platform-api instead (a bench user is signed up once).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const SLUG = process.env.BENCH_SLUG ?? 'js-semver-compare-nan';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const API_URL = process.env.BENCH_API_URL;
const CHROMIUM = process.env.BENCH_CHROMIUM ?? '/usr/bin/chromium';

if (!existsSync(join(dist, '.vite', 'manifest.json'))) {
  console.error('dist/ has no build manifest: run `npm run build -w learner-app` first');
  process.exit(1);
}

// ---- 1. Sizes from the manifest -------------------------------------------------------------
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

/** The chunk of a manifest key and every chunk it imports statically, as file names. */
function closure(key, files = new Set()) {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return files;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) closure(imported, files);
  return files;
}

const keyOf = (suffix) => Object.keys(manifest).find((k) => k.endsWith(suffix));
const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
const catalog = closure(entryKey);
const ide = new Set(catalog);
for (const lazy of ['src/routes/ide/IdePage.tsx', 'src/routes/ide/CodeEditor.tsx'])
  closure(lazy, ide);
closure(keyOf('languages/definitions/javascript/javascript.js'), ide);
// Workers are emitted beside the chunks but are not manifest entries.
const worker = readdirSync(join(dist, 'assets')).find((f) => /^editor\.worker-.*\.js$/.test(f));
if (worker) ide.add(`assets/${worker}`);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const sum = (files) => [...files].filter((f) => f.endsWith('.js')).reduce((n, f) => n + gz(f), 0);
const catalogGz = sum(catalog);
const ideGz = sum(ide);

console.log('learner-app bundle (gzip -9 of the built JavaScript)');
console.log(`  catalog route: ${kb(catalogGz)}  (${[...catalog].join(', ')})`);
console.log(`  IDE route:     ${kb(ideGz)}`);
for (const file of [...ide].filter((f) => !catalog.has(f)))
  console.log(`    + ${file} ${kb(gz(file))}`);
// Candidate mode (/candidate/:token): the landing needs only its lazy page; the session view
// adds the same Monaco chunks as the IDE route.
const candidate = closure(keyOf('src/routes/candidate/CandidatePage.tsx'), new Set(catalog));
console.log(`  candidate landing: ${kb(sum(candidate))}`);
for (const file of [...candidate].filter((f) => !catalog.has(f)))
  console.log(`    + ${file} ${kb(gz(file))}`);
console.log(`  candidate session: ${kb(sum(new Set([...candidate, ...ide])))}`);
console.log(`  catalog budget 150 KB: ${catalogGz <= 150 * 1024 ? 'within' : 'OVER'}`);

// ---- 2. Time to an interactive editor -------------------------------------------------------
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** The attempt the in-page API answers with: the challenge's starter and visible test files. */
function fakeAttempt() {
  const folder = join(root, '..', 'challenges', SLUG);
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
    );
  const starter = walk(join(folder, 'starter')).map((f) => ({
    path: relative(join(folder, 'starter'), f),
    content: readFileSync(f, 'utf8'),
    editable: relative(join(folder, 'starter'), f).startsWith('src/'),
  }));
  const tests = walk(join(folder, 'tests', 'visible')).map((f) => ({
    path: relative(join(folder, 'tests', 'visible'), f),
    content: readFileSync(f, 'utf8'),
    editable: false,
  }));
  const files = [...starter, ...tests];
  const now = new Date().toISOString();
  return {
    id: 'bench',
    status: 'IN_PROGRESS',
    challenge: {
      slug: SLUG,
      title: 'Bench challenge',
      summary: 'A **bench** run.',
      language: 'javascript',
      runtime: 'node',
      framework: 'none',
      difficulty: 1,
      bugTypes: ['api-misuse'],
      tags: [],
      estimatedMinutes: 10,
      sourceKind: 'SYNTHETIC',
      sourceUrl: null,
      learningObjectives: [],
      hintCount: 3,
      files,
      limits: { cpuSeconds: 10, wallSeconds: 20, memoryMb: 256 },
    },
    files,
    hints: [],
    startedAt: now,
    updatedAt: now,
    submittedAt: null,
    runs: [],
    submission: null,
  };
}

const user = { id: 'bench', email: 'bench@example.com', displayName: 'Bench' };
const auth = (n) => ({
  accessToken: `bench-access-${n}`,
  accessTokenExpiresAt: new Date(Date.now() + 900_000).toISOString(),
  refreshToken: `bench-refresh-${n}`,
  user,
});

async function fakeApi(route) {
  const { query } = route.request().postDataJSON();
  const operation = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1];
  const data =
    operation === 'Refresh'
      ? { refresh: auth(2) }
      : operation === 'StartAttempt'
        ? { startAttempt: fakeAttempt() }
        : operation === 'SaveFiles'
          ? { saveFiles: { id: 'bench', updatedAt: new Date().toISOString() } }
          : null;
  await route.fulfill({ contentType: 'application/json', body: JSON.stringify({ data }) });
}

async function gql(query, variables) {
  const response = await fetch(`${API_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  }).catch(() => {
    throw new Error(`BENCH_API_URL ${API_URL} does not answer: start the platform or unset it`);
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(`${API_URL}: ${body.errors[0].message}`);
  return body.data;
}

// Records when the editor first shows the file's text: Monaco is built and wired by then.
const MARK_EDITOR_READY = () => {
  const observer = new MutationObserver(() => {
    const line = document.querySelector('.monaco-editor .view-line');
    if (line && line.textContent.trim()) {
      window.__editorReadyAt = performance.now();
      observer.disconnect();
    }
  });
  document.addEventListener('DOMContentLoaded', () =>
    observer.observe(document.body, { childList: true, subtree: true }),
  );
};

const port = await freePort();
const server = await preview({
  root,
  configFile: join(root, 'vite.config.ts'),
  logLevel: 'warn',
  preview: {
    host: '127.0.0.1',
    port,
    strictPort: true,
    proxy: API_URL ? { '/graphql': { target: API_URL, changeOrigin: true } } : {},
  },
});
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

try {
  let refreshToken = 'bench-refresh-1';
  if (API_URL) {
    const email = `bench-${Date.now()}@example.com`;
    const data = await gql(
      'mutation($input: SignUpInput!) { signUp(input: $input) { refreshToken } }',
      { input: { email, password: 'bench password 123', displayName: 'Bench' } },
    );
    refreshToken = data.signUp.refreshToken;
  }
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(
      (token) => localStorage.setItem('fixpoint.refresh', token),
      refreshToken,
    );
    await context.addInitScript(MARK_EDITOR_READY);
    if (!API_URL) await context.route('**/graphql', fakeApi);
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/challenges/${SLUG}`);
    await page.waitForFunction(() => window.__editorReadyAt !== undefined, null, {
      timeout: 60_000,
    });
    times.push(await page.evaluate(() => window.__editorReadyAt));
    if (run === 0) {
      // Interactive, not just painted: a keystroke lands in the file.
      await page.locator('.monaco-editor .view-lines').click();
      await page.keyboard.type('//');
      await page.waitForFunction(() =>
        document.querySelector('.monaco-editor .view-lines')?.textContent?.includes('//'),
      );
    }
    // Refresh tokens rotate: the next run must use the one this page was given.
    if (API_URL) refreshToken = await page.evaluate(() => localStorage.getItem('fixpoint.refresh'));
    await context.close();
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  console.log(
    `time to interactive editor (${API_URL ? `API ${API_URL}` : 'in-page API'}, ${RUNS} cold loads in headless Chromium)`,
  );
  console.log(
    `  median ${Math.round(median)} ms  (runs: ${times.map((t) => Math.round(t)).join(', ')} ms)`,
  );
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
