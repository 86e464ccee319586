// A fake of the platform's `/widget/v1` contract behind `fetch`, with what each request carried.
import { vi } from 'vitest';
import type { RunResult, WidgetChallenge } from '../api/widget-api.types.js';

export const API = 'https://platform.test';
export const KEY = 'pk_test_acme';
export const SLUG = 'js-semver-compare-nan';
export const TOKEN = 'at_applicant_123';

export const challenge: WidgetChallenge = {
  slug: SLUG,
  title: 'Version compare returns NaN',
  summary:
    '## The bug\n\nComparing **1.10.0** with `1.9.0` gives NaN.\n\nFix `compare` so\nupdates show.',
  language: 'javascript',
  difficulty: 2,
  estimatedMinutes: 15,
  tenantName: 'Acme Robotics',
  files: [
    { path: 'src/version.js', content: 'export const compare = (a, b) => NaN;\n', editable: true },
    { path: 'src/notifier.js', content: 'export const notify = () => {};\n', editable: true },
    { path: 'test/version.test.js', content: "test('compares');\n", editable: false },
  ],
};

export const failingRun: RunResult = {
  status: 'fail',
  passed: 2,
  failed: 1,
  durationMs: 1234,
  tests: [
    { name: 'compares equal versions', status: 'pass' },
    { name: 'orders patch releases', status: 'pass' },
    { name: 'orders minor releases numerically', status: 'fail', message: 'expected 1, got NaN' },
  ],
  stdout: 'ran 3 tests',
};

export interface Problem {
  status: number;
  code: string;
  detail: string;
  headers?: Record<string, string>;
}

export interface FakeOptions {
  /** A problem every request answers with. */
  refuse?: Problem;
  /** A problem the next run answers with. */
  runProblem?: Problem;
  run?: RunResult;
  /** Extra files the attempt comes with (to prove hidden ones are not shown). */
  attemptExtraFiles?: WidgetChallenge['files'];
}

export interface Recorded {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

const problem = (p: Problem) =>
  new Response(
    JSON.stringify({
      type: 'about:blank',
      title: p.code,
      status: p.status,
      detail: p.detail,
      code: p.code,
    }),
    { status: p.status, headers: { 'content-type': 'application/problem+json', ...p.headers } },
  );

/** Installs the fake as the global fetch; returns the requests it received. */
export function fakeWidgetApi(options: FakeOptions = {}) {
  const requests: Recorded[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    const body = init.body ? JSON.parse(String(init.body)) : undefined;
    requests.push({ method: init.method ?? 'GET', url, headers, body });
    if (options.refuse) return problem(options.refuse);
    if (headers['x-fixpoint-key'] !== KEY)
      return problem({ status: 401, code: 'KEY_INVALID', detail: 'Unknown publishable key.' });
    const path = url.replace(`${API}/widget/v1`, '');
    if (path === `/challenges/${SLUG}`) return json(200, challenge);
    if (path === '/attempts' && init.method === 'POST')
      return json(201, {
        attemptId: 'att_1',
        applicantToken: TOKEN,
        files: [...challenge.files, ...(options.attemptExtraFiles ?? [])],
      });
    if (headers.authorization !== `Bearer ${TOKEN}`)
      return problem({ status: 401, code: 'KEY_INVALID', detail: 'Bad applicant token.' });
    if (path === '/attempts/att_1/runs') {
      const refused = options.runProblem;
      options.runProblem = undefined;
      return refused ? problem(refused) : json(200, options.run ?? failingRun);
    }
    if (path === '/attempts/att_1/submit') return json(202, { status: 'submitted' });
    return problem({ status: 404, code: 'NOT_FOUND', detail: 'No such route.' });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { requests, fetch: fetchMock };
}
