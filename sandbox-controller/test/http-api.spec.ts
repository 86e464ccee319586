import { startHarness, TOKEN, type Harness } from './support/harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    SANDBOX_MAX_FILES: '5',
    SANDBOX_MAX_REQUEST_FILE_BYTES: '1000',
    SANDBOX_MAX_REQUEST_TOTAL_BYTES: '3000',
  });
});
afterAll(() => h.close());

const expectProblem = (
  r: { status: number; body: Record<string, unknown> },
  status: number,
  code: string,
) => {
  expect({ status: r.status, code: r.body.code }).toEqual({ status, code });
  expect(r.body.type).toBe(`https://fixpoint.dev/problems/${code}`);
  expect(typeof r.body.title).toBe('string');
  expect(typeof r.body.detail).toBe('string');
  expect(r.body.status).toBe(status);
};

describe('GET /healthz and /v1/runtimes', () => {
  it('reports health without a token', async () => {
    const r = await h.get('/healthz', null);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      status: 'ok',
      driver: { name: 'local', features: { bubblewrap: true, cgroups: true } },
    });
  });

  it('lists every runtime with its toolchain version', async () => {
    const r = await h.get('/v1/runtimes');
    expect(r.status).toBe(200);
    const runtimes = r.body.runtimes as { id: string; version: string }[];
    expect(runtimes.map((x) => x.id).sort()).toEqual([
      'cpp',
      'go',
      'java',
      'node',
      'python',
      'rust',
    ]);
    expect(runtimes.find((x) => x.id === 'node')).toMatchObject({
      languages: ['javascript', 'typescript'],
      version: expect.stringMatching(/^24\./),
    });
  });

  it('refuses a missing or wrong token with 401 and a problem', async () => {
    expectProblem(await h.get('/v1/runtimes', null), 401, 'unauthorized');
    expectProblem(await h.get('/v1/runtimes', `${TOKEN}x`), 401, 'unauthorized');
    expectProblem(
      await h.post({ challenge: 'fx-node-range' }, { authorization: 'Bearer nope' }),
      401,
      'unauthorized',
    );
  });

  it('answers 404 and 405 as problems', async () => {
    expectProblem(await h.get('/v1/nothing'), 404, 'not-found');
    const res = await fetch(`${h.url}/v1/runs`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(405);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(res.headers.get('allow')).toBe('POST');
  });
});

describe('POST /v1/runs refuses bad input precisely', () => {
  const run = (files: Record<string, unknown>) => h.post({ challenge: 'fx-node-range', files });

  it('unknown challenge: 422, naming it', async () => {
    const r = await h.post({ challenge: 'no-such-challenge' });
    expectProblem(r, 422, 'unknown-challenge');
    expect(r.body.challenge).toBe('no-such-challenge');
    expectProblem(await h.post({ challenge: '../fx-node-range' }), 422, 'unknown-challenge');
  });

  it.each([
    ['..', '../../etc/passwd'],
    ['a parent segment inside', 'src/../../x.js'],
    ['absolute', '/etc/passwd'],
    ['NUL', 'src/range.js\u0000.txt'],
    ['backslash', 'src\\..\\..\\x.js'],
    ['an empty segment', 'src//range.js'],
  ])('a path with %s: 422 invalid-path, naming the path', async (_what, p) => {
    const r = await run({ [p]: 'x' });
    expectProblem(r, 422, 'invalid-path');
    expect(r.body.path).toBe(p);
  });

  it('a path the challenge does not mark editable: 422 path-not-editable', async () => {
    const r = await run({ 'test/range.test.js': 'cheat' });
    expectProblem(r, 422, 'path-not-editable');
    expect(r.body.path).toBe('test/range.test.js');
    expectProblem(await run({ 'package.json': '{}' }), 422, 'path-not-editable');
  });

  it('too many files, a file too large, too many bytes in all: 413', async () => {
    expectProblem(
      await run(Object.fromEntries([1, 2, 3, 4, 5, 6].map((i) => [`src/f${i}.js`, '']))),
      413,
      'too-many-files',
    );
    expectProblem(await run({ 'src/a.js': 'x'.repeat(1001) }), 413, 'file-too-large');
    expectProblem(
      await run({
        'src/a.js': 'x'.repeat(900),
        'src/b.js': 'x'.repeat(900),
        'src/c.js': 'x'.repeat(900),
        'src/d.js': 'x'.repeat(900),
      }),
      413,
      'files-too-large',
    );
  });

  it('a body over the size limit: 413 body-too-large', async () => {
    expectProblem(
      await h.post({ challenge: 'fx-node-range', files: { 'src/a.js': 'x'.repeat(100_000) } }),
      413,
      'body-too-large',
    );
  });

  it('non-UTF-8 content: 422 not-utf8, for raw bytes and for a lone surrogate', async () => {
    const raw = Buffer.concat([
      Buffer.from('{"challenge":"fx-node-range","files":{"src/range.js":"'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('"}}'),
    ]);
    expectProblem(await h.post(new Uint8Array(raw)), 422, 'not-utf8');
    expectProblem(
      await h.post('{"challenge":"fx-node-range","files":{"src/range.js":"\\ud800"}}'),
      422,
      'not-utf8',
    );
  });

  it('malformed JSON, a wrong shape or a wrong media type: 400/415', async () => {
    expectProblem(await h.post('{"challenge":'), 400, 'invalid-request');
    expectProblem(
      await h.post({ challenge: 'fx-node-range', suite: 'secret' }),
      400,
      'invalid-request',
    );
    expectProblem(await h.post({ challenge: 'fx-node-range', extra: 1 }), 400, 'invalid-request');
    expectProblem(await h.post({ runtime: 'cobol', command: ['x'] }), 400, 'invalid-request');
    expectProblem(
      await h.post('{}', { 'content-type': 'text/plain' }),
      415,
      'unsupported-media-type',
    );
  });

  it('still runs a good request after all of that', async () => {
    const r = await h.run({ challenge: 'fx-node-range', suite: 'visible' });
    expect(r.status).toBe('pass');
  });
});

describe('ad-hoc runs', () => {
  it('runs a command on a file tree and answers the result shape', async () => {
    const r = await h.run({
      runtime: 'python',
      files: { 'main.py': 'print("hello from", __name__)' },
      command: ['python3', 'main.py'],
    });
    expect(r).toMatchObject({
      status: 'pass',
      stdout: 'hello from __main__\n',
      stderr: '',
      tests: [],
    });
    expect(r.durationMs).toBeGreaterThan(0);
  });

  it('answers fail with the exit code when the command fails', async () => {
    const r = await h.run({
      runtime: 'node',
      files: {},
      command: ['node', '-e', 'process.exit(3)'],
    });
    expect(r).toMatchObject({ status: 'fail', message: 'The command exited with code 3.' });
  });

  it('reads a JUnit report the command leaves at $FIXPOINT_REPORT', async () => {
    const r = await h.run({
      runtime: 'node',
      files: { 't.test.js': "require('node:test').test('one', () => {});" },
      command: [
        'sh',
        '-c',
        'node --test --test-reporter=junit --test-reporter-destination="$FIXPOINT_REPORT" t.test.js',
      ],
    });
    expect(r.status).toBe('pass');
    expect(r.tests.map((t) => [t.name, t.status])).toEqual([['test > one', 'pass']]);
  });
});

describe('graded runs', () => {
  it('a hidden run is graded by default: integrity with the seed sent, canaries taken out of tests', async () => {
    const r = await h.run({ challenge: 'fx-node-range', suite: 'hidden', seed: 'replay-42' });
    expect(r.status).toBe('fail');
    expect(r.integrity).toMatchObject({ seed: 'replay-42', canaries: expect.any(Number) });
    expect(r.integrity?.canaries).toBeGreaterThanOrEqual(2);
    expect(r.integrity?.findings.filter((f) => f.layer === 'canary')).toEqual([]);
    expect(r.tests.map((t) => t.name).sort()).toEqual([
      'range > includes both ends',
      'range > starts at from',
    ]);
  });

  it('a visible run is not graded unless asked; a graded one draws a fresh seed', async () => {
    const practice = await h.run({ challenge: 'fx-node-range', suite: 'visible' });
    expect(practice.integrity).toBeUndefined();
    const a = await h.run({ challenge: 'fx-node-range', suite: 'visible', graded: true });
    const b = await h.run({ challenge: 'fx-node-range', suite: 'visible', graded: true });
    expect(a.integrity?.seed).toMatch(/^[0-9a-f]{16}$/);
    expect(a.integrity?.seed).not.toBe(b.integrity?.seed);
  });

  it('refuses a seed that is not a short token', async () => {
    const r = await h.post({ challenge: 'fx-node-range', suite: 'hidden', seed: 'a b' });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ code: 'invalid-request' });
  });
});
