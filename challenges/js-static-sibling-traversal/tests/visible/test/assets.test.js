import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../src/app.js';

let server;
let baseUrl;
let tmp;

before(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'docs-portal-'));
  fs.mkdirSync(path.join(tmp, 'public', 'css'), { recursive: true });
  fs.writeFileSync(path.join(tmp, 'public', 'css', 'site.css'), 'body { margin: 0 }\n');
  fs.writeFileSync(path.join(tmp, 'config.json'), '{"secret":"s3cr3t"}\n');

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

test('serves a stylesheet with its content type', async () => {
  const res = await fetch(`${baseUrl}/assets/css/site.css`);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'text/css; charset=utf-8');
  assert.equal(await res.text(), 'body { margin: 0 }\n');
});

test('refuses to serve files from the parent directory', async () => {
  const res = await fetch(`${baseUrl}/assets/..%2Fconfig.json`);
  assert.equal(res.status, 403);
  assert.doesNotMatch(await res.text(), /s3cr3t/);
});
