import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../src/app.js';

let server;
let baseUrl;
let tmp;

function write(rel, content) {
  const file = path.join(tmp, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

before(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'docs-portal-hidden-'));
  write('public/index.html', '<h1>Docs</h1>');
  write('public/guide/index.html', '<h1>Guide</h1>');
  write('public/css/site.css', 'body { margin: 0 }');
  write('public/notes..txt', 'two dots are fine inside a name');
  write('public/..changelog.txt', 'a name may start with two dots');
  write('public-private/payroll.csv', 'name,salary\nalice,SECRET\n');
  write('publicity/plan.txt', 'SECRET launch plan');
  write('.env', 'DB_PASSWORD=SECRET');

  const app = createApp({ publicDir: path.join(tmp, 'public') });
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  baseUrl = `http://127.0.0.1:${server.address().port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const get = (p, init) => fetch(`${baseUrl}${p}`, init);

test('does not serve a sibling directory whose name starts with the public folder name', async () => {
  const res = await get('/assets/..%2Fpublic-private/payroll.csv');
  assert.equal(res.status, 403);
  assert.doesNotMatch(await res.text(), /SECRET/);
});

test('does not serve a sibling directory reached from a nested path', async () => {
  const res = await get('/assets/css/..%2F..%2Fpublicity/plan.txt');
  assert.equal(res.status, 403);
  assert.doesNotMatch(await res.text(), /SECRET/);
});

test('does not serve files above the public folder', async () => {
  for (const p of ['/assets/..%2F.env', '/assets/css%2F..%2F..%2F.env', '/assets/%2E%2E%2F.env']) {
    const res = await get(p);
    assert.equal(res.status, 403, p);
    assert.doesNotMatch(await res.text(), /SECRET/, p);
  }
});

test('serves files inside the public folder with their content type', async () => {
  const res = await get('/assets/css/site.css');
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'text/css; charset=utf-8');
  assert.equal(await res.text(), 'body { margin: 0 }');
});

test('serves index.html for the root and for sub-directories', async () => {
  const root = await get('/assets/');
  assert.equal(root.status, 200);
  assert.equal(await root.text(), '<h1>Docs</h1>');
  const guide = await get('/assets/guide');
  assert.equal(guide.status, 200);
  assert.equal(await guide.text(), '<h1>Guide</h1>');
});

test('a ".." that stays inside the public folder still works', async () => {
  const res = await get('/assets/guide/..%2Fcss/site.css');
  assert.equal(res.status, 200);
  assert.equal(await res.text(), 'body { margin: 0 }');
});

test('file names that merely contain two dots are served', async () => {
  const res = await get('/assets/notes..txt');
  assert.equal(res.status, 200);
  assert.equal(await res.text(), 'two dots are fine inside a name');
});

test('file names that start with two dots are served', async () => {
  const res = await get('/assets/..changelog.txt');
  assert.equal(res.status, 200);
  assert.equal(await res.text(), 'a name may start with two dots');
});

test('missing files are a 404', async () => {
  const res = await get('/assets/nope.css');
  assert.equal(res.status, 404);
  await res.text();
});

test('malformed escapes are a 400', async () => {
  const res = await get('/assets/%E0%A4%A');
  assert.equal(res.status, 400);
  await res.text();
});

test('HEAD returns headers without a body', async () => {
  const res = await get('/assets/css/site.css', { method: 'HEAD' });
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-length'), String('body { margin: 0 }'.length));
  assert.equal(await res.text(), '');
});
