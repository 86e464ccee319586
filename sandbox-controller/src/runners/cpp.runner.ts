import { parseJunitXml, junitCaseToTest } from '../reports/junit-xml';
import { SANDBOX, noReportReason, type Runner } from './runner';

const BINARY = `${SANDBOX.harness}/tests`;
const REPORT = `${SANDBOX.harness}/gtest.xml`;

/**
 * C++20 with GoogleTest from Debian's libgtest-dev (static libraries under /usr): compile as
 * challenges/README.md says, then run the binary with an XML report.
 */
export const cppRunner: Runner = {
  runtime: 'cpp',
  environment: () => ({ mounts: [], env: {}, path: [] }),
  testPlan: () => {
    const script = [
      'set -e',
      // An unmatched glob stays literal in sh; drop it so a header-only project still builds.
      'set -- src/*.cpp; [ -e "$1" ] || set --',
      `g++ -std=c++20 -Isrc "$@" tests/*_test.cpp -lgtest -lgtest_main -pthread -o ${BINARY}`,
      `exec ${BINARY} --gtest_output=xml:${REPORT} --gtest_color=no`,
    ].join('\n');
    return { argv: ['/bin/sh', '-c', script], reportPath: REPORT };
  },
  parse: (raw) => {
    if (raw.report === null)
      return { tests: [], error: noReportReason(raw, 'g++ or the test binary failed') };
    const tests = parseJunitXml(raw.report).map((c) =>
      junitCaseToTest(c, c.classname ? `${c.classname}.${c.name}` : c.name),
    );
    return { tests };
  },
};
