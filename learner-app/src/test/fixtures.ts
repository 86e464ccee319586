import type {
  Attempt,
  CandidateLanding,
  CandidateSession,
  ChallengeSummary,
  Run,
} from '../api/types';

export function challengeSummary(overrides: Partial<ChallengeSummary> = {}): ChallengeSummary {
  return {
    slug: 'js-semver-compare-nan',
    title: 'The update notifier only knows about major releases',
    language: 'javascript',
    framework: 'none',
    difficulty: 1,
    bugTypes: ['api-misuse'],
    tags: ['semver'],
    estimatedMinutes: 10,
    sourceKind: 'GITHUB',
    sourceUrl: 'https://github.com/lodash/lodash/issues/4325',
    ...overrides,
  };
}

export function run(overrides: Partial<Run> = {}): Run {
  return {
    id: 'r1',
    suite: 'visible',
    status: 'FAIL',
    passed: 1,
    failed: 1,
    total: 2,
    redacted: false,
    tests: [
      {
        name: 'announces a major release',
        status: 'PASS',
        message: null,
        output: null,
        durationMs: 3,
      },
      {
        name: 'announces a minor release',
        status: 'FAIL',
        message: 'Expected values to be strictly equal:\n\nfalse !== true',
        output: 'checking 1.4.0 against 1.5.0',
        durationMs: 4,
      },
    ],
    stdout: 'tests 2\npass 1\nfail 1',
    stderr: '',
    durationMs: 812,
    limitHit: null,
    createdAt: '2025-01-01T10:05:00.000Z',
    ...overrides,
  };
}

export function attempt(overrides: Partial<Attempt> = {}): Attempt {
  const starter = [
    { path: 'package.json', content: '{ "type": "module" }', editable: false },
    {
      path: 'src/version.js',
      content: 'export const parts = s.split(".").map(parseInt);\n',
      editable: true,
    },
    { path: 'test/notifier.test.js', content: "import test from 'node:test';\n", editable: false },
  ];
  return {
    id: 'a1',
    status: 'IN_PROGRESS',
    challenge: {
      ...challengeSummary(),
      summary: 'Users on **1.4.0** were never told about `1.5.0`.',
      runtime: 'node',
      learningObjectives: ['Know which arguments Array.prototype.map passes to its callback'],
      hintCount: 4,
      files: starter,
      limits: { cpuSeconds: 10, wallSeconds: 20, memoryMb: 256 },
    },
    files: starter,
    hints: [],
    startedAt: new Date(Date.now() - 65_000).toISOString(),
    updatedAt: new Date().toISOString(),
    submittedAt: null,
    runs: [],
    submission: null,
    ...overrides,
  };
}

export function candidateLanding(overrides: Partial<CandidateLanding> = {}): CandidateLanding {
  return {
    companyName: 'Acme Robotics',
    assessmentTitle: 'Backend debugging',
    instructions: 'Fix **both** bugs. Run the tests as often as you like.',
    candidateName: 'Grace',
    timeLimitMinutes: 90,
    challengeCount: 2,
    hintsAllowed: true,
    status: 'invited',
    ...overrides,
  };
}

/** A session; `in_progress` ones get a deadline `secondsLeft` from now and two challenges. */
export function candidateSession(
  overrides: Partial<CandidateSession> = {},
  secondsLeft = 3600,
): CandidateSession {
  const phase = overrides.phase ?? 'in_progress';
  const begun = phase !== 'not_started';
  return {
    id: 's1',
    phase,
    companyName: 'Acme Robotics',
    assessmentTitle: 'Backend debugging',
    instructions: 'Fix **both** bugs. Run the tests as often as you like.',
    hintsAllowed: true,
    timeLimitSeconds: 5400,
    startedAt: begun ? new Date(Date.now() - 60_000).toISOString() : null,
    deadline: begun ? new Date(Date.now() + secondsLeft * 1000).toISOString() : null,
    challenges: begun
      ? [
          {
            position: 1,
            attemptId: 'a1',
            slug: 'js-semver-compare-nan',
            title: 'The update notifier only knows about major releases',
            language: 'javascript',
          },
          {
            position: 2,
            attemptId: 'a2',
            slug: 'py-off-by-one',
            title: 'The last page is always empty',
            language: 'python',
          },
        ]
      : [],
    ...overrides,
  };
}
