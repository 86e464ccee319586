import { parseJunitXml, junitCaseToTest } from '../reports/junit-xml';
import { INTEGRITY_HARNESS, SANDBOX, noReportReason, type Runner } from './runner';

const REPORT = `${SANDBOX.harness}/node-junit.xml`;

/**
 * Node 24 with node:test. The workspace's Node binary and the runtime packages
 * (sandbox-controller/runtimes/node) are mounted read-only; the packages sit at /node_modules
 * so both require() and ESM import find them by walking up from /work.
 */
export const nodeRunner: Runner = {
  runtime: 'node',
  environment: (tc) => ({
    mounts: [
      { source: tc.paths.nodeBin, target: `${SANDBOX.opt}/node/bin/node` },
      { source: tc.paths.modules, target: '/node_modules' },
    ],
    env: { NODE_ENV: 'test', NO_COLOR: '1' },
    path: [`${SANDBOX.opt}/node/bin`],
  }),
  // Only test files go on the command line; helpers and fixtures beside them are just files.
  testPlan: (testFiles) => ({
    // spec to stdout for people, junit to a file for us.
    argv: [
      'node',
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=junit',
      `--test-reporter-destination=${REPORT}`,
      ...testFiles.filter((f) => /\.test\.[cm]?[jt]s$/.test(f)),
    ],
    reportPath: REPORT,
  }),
  // Every node process of the run (the runner and each test file's child) preloads the freeze
  // module: assertion and test modules frozen, early exits refused in test files.
  freezeEnv: () => ({ NODE_OPTIONS: `--import=${INTEGRITY_HARNESS}/node-freeze.mjs` }),
  parse: (raw) => {
    if (raw.report === null)
      return { tests: [], error: noReportReason(raw, 'node --test wrote no report') };
    const tests = parseJunitXml(raw.report).map((c) => {
      const name = [...c.suites.filter((s) => s !== ''), c.name].join(' > ');
      // Node's failure body is an inspected error with a long internal stack: keep the
      // assertion message and the first frame inside the work tree.
      const where = c.details
        ?.split('\n')
        .find((l) => l.includes(`file://${SANDBOX.work}/`))
        ?.trim();
      const message =
        c.status === 'fail' || c.status === 'error'
          ? [c.message, where].filter(Boolean).join('\n')
          : undefined;
      return junitCaseToTest(c, name, { message, output: null });
    });
    return { tests };
  },
};
