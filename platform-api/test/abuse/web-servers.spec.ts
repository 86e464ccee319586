import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../support/free-port';

/**
 * Issue 13, item 8: `GET /%` crashed the tenant portal's server (and with it the proxied API
 * routes), and its static-path check let sibling folders (dist-old/ beside dist/) through. Both
 * front ends' servers run here as the processes `npm start` runs, on a throw-away build.
 */
const REPO = join(__dirname, '..', '..', '..');
const SECRET = 'sibling secret: must never be served';
const MALFORMED = ['/%', '/%E0%A4%A', '/%%30', '/assets/%', '/%00', '/a%00.js'];
const ESCAPES = [
  '/..%2fdist-old/secret.txt',
  '/%2e%2e/dist-old/secret.txt',
  '/%2e%2e%2fdist-old%2fsecret.txt',
  '/..%2f..%2fsecret.txt',
  '/..%5cdist-old%5csecret.txt',
  '/../dist-old/secret.txt',
];

interface Answer {
  status: number;
  body: string;
}

/** A raw GET: the path goes out exactly as written (fetch would normalise it). */
function get(port: number, path: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** A fake build: dist/ with an app, a sibling dist-old/ and a file above both. */
function fakeBuild() {
  const dir = mkdtempSync(join(tmpdir(), 'fixpoint-web-'));
  mkdirSync(join(dir, 'dist', 'assets'), { recursive: true });
  mkdirSync(join(dir, 'dist-old'));
  writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html><title>the app</title>');
  writeFileSync(join(dir, 'dist', 'assets', 'app.js'), 'console.log("app")');
  writeFileSync(join(dir, 'dist-old', 'secret.txt'), SECRET);
  writeFileSync(join(dir, 'secret.txt'), SECRET);
  return dir;
}

async function startServer(script: string, env: Record<string, string>, port: number) {
  const child = spawn(process.execPath, [join(REPO, script)], {
    env: { ...process.env, API_URL: 'http://127.0.0.1:9', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const deadline = Date.now() + 20_000;
  while (!output.includes(`:${port}`)) {
    if (child.exitCode !== null) throw new Error(`${script} exited: ${output}`);
    if (Date.now() > deadline) throw new Error(`${script} did not start: ${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return child;
}

const servers = [
  {
    name: 'tenant portal',
    script: 'tenant-portal/scripts/serve.mjs',
    dist: 'PORTAL_DIST_DIR',
    host: 'PORTAL_HOST',
    port: 'PORTAL_PORT',
  },
  {
    name: 'learner app',
    script: 'learner-app/scripts/serve.mjs',
    dist: 'WEB_DIST_DIR',
    host: 'WEB_HOST',
    port: 'WEB_PORT',
  },
];

describe.each(servers)("the $name's server", ({ script, dist, host, port: portVar }) => {
  let dir: string;
  let child: ChildProcess;
  let port: number;

  beforeAll(async () => {
    dir = fakeBuild();
    port = await freePort();
    child = await startServer(
      script,
      { [dist]: join(dir, 'dist'), [host]: '127.0.0.1', [portVar]: String(port) },
      port,
    );
  });

  afterAll(() => {
    child?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the build', async () => {
    expect((await get(port, '/assets/app.js')).body).toBe('console.log("app")');
    expect((await get(port, '/some/client/route')).body).toContain('the app');
  });

  it('answers malformed URLs with 400 and keeps serving', async () => {
    for (const path of MALFORMED) {
      const answer = await get(port, path);
      expect({ path, status: answer.status }).toEqual({ path, status: 400 });
    }
    expect(child.exitCode).toBeNull();
    expect((await get(port, '/')).status).toBe(200);
  });

  it('never serves a file outside its build folder, a sibling sharing its prefix included', async () => {
    for (const path of ESCAPES) {
      const answer = await get(port, path);
      expect({ path, leaked: answer.body.includes(SECRET) }).toEqual({ path, leaked: false });
      expect([200, 400, 403, 404]).toContain(answer.status);
    }
    expect(child.exitCode).toBeNull();
    expect((await get(port, '/')).body).toContain('the app');
  });
});
