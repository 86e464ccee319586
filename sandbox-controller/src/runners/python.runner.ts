import { parseJunitXml, junitCaseToTest } from '../reports/junit-xml';
import { INTEGRITY_HARNESS, SANDBOX, noReportReason, type Runner } from './runner';

const REPORT = `${SANDBOX.harness}/pytest-junit.xml`;

/**
 * CPython with pytest. The base interpreter is mounted at /opt/fixpoint/python (CPython finds
 * its stdlib relative to its executable, so it relocates) and the prepared venv's
 * site-packages at /opt/fixpoint/python-packages on PYTHONPATH, so no host path (like /root)
 * needs to exist inside the sandbox.
 */
export const pythonRunner: Runner = {
  runtime: 'python',
  environment: (tc) => ({
    mounts: [
      { source: tc.paths.base, target: `${SANDBOX.opt}/python` },
      { source: tc.paths.sitePackages, target: `${SANDBOX.opt}/python-packages` },
    ],
    env: {
      PYTHONPATH: `${SANDBOX.opt}/python-packages`,
      PYTHONDONTWRITEBYTECODE: '1',
      PYTHONUNBUFFERED: '1',
      PYTHONHASHSEED: '0',
    },
    path: [`${SANDBOX.opt}/python/bin`],
  }),
  testPlan: (testFiles, _limits, options) => ({
    argv: [
      'python3',
      '-m',
      'pytest',
      // Our integrity plugin first, before any conftest or test module (fixpoint_integrity.py).
      ...(options?.freeze ? ['-p', 'fixpoint_integrity'] : []),
      '-p',
      'no:cacheprovider',
      '--color=no',
      `--junitxml=${REPORT}`,
      '-o',
      'junit_logging=all',
      '-o',
      'junit_family=xunit1',
      // Only test modules; conftest.py and helpers beside them are found by pytest itself.
      ...testFiles.filter((f) => /(^|\/)(test_[^/]*|[^/]*_test)\.py$/.test(f)),
    ],
    reportPath: REPORT,
  }),
  freezeEnv: (base) => ({
    PYTHONPATH: [base.PYTHONPATH, INTEGRITY_HARNESS].filter(Boolean).join(':'),
  }),
  parse: (raw) => {
    if (raw.report === null)
      return { tests: [], error: noReportReason(raw, 'pytest wrote no report') };
    const tests = parseJunitXml(raw.report).map((c) =>
      junitCaseToTest(c, c.classname ? `${c.classname}::${c.name}` : c.name, {
        output: [c.systemOut, c.systemErr].map(stripCaptureHeadings).filter(Boolean).join('\n'),
      }),
    );
    if (tests.length === 0 && raw.exitCode === 5)
      return { tests, error: 'pytest collected no tests' };
    return { tests };
  },
};

/** junit_logging=all wraps each capture in "----- Captured Out -----" headings; keep the text. */
export function stripCaptureHeadings(s: string): string {
  return s
    .split('\n')
    .filter((l) => !/^-+ Captured (Log|Out|Err) -+$/.test(l))
    .join('\n')
    .trim();
}
