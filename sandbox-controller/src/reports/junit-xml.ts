import type { TestResult, TestStatus } from '../result';
import { boundMessage, boundOutput } from './report-bounds';
import { child, findAll, parseXml, type XmlElement } from './xml';

/** One `<testcase>` of a JUnit XML report, before a runner decides how to name it. */
export interface JunitCase {
  /** Names of the enclosing `<testsuite>` elements, outermost first. */
  suites: string[];
  classname: string;
  name: string;
  status: TestStatus;
  /** The failure/error/skipped `message` attribute, else its first text line. */
  message: string | null;
  /** The full failure/error body (stack trace, diff). */
  details: string | null;
  systemOut: string;
  systemErr: string;
  durationMs: number | null;
}

/**
 * Reads the JUnit XML dialects our runners produce: Node's junit reporter, pytest --junitxml,
 * the JUnit Platform console launcher's legacy XML and GoogleTest's --gtest_output=xml.
 */
export function parseJunitXml(xml: string): JunitCase[] {
  const doc = parseXml(xml);
  return findAll(doc, 'testcase').map(({ el, ancestors }) => {
    const failure = child(el, 'failure');
    const error = child(el, 'error');
    const skipped = child(el, 'skipped');
    const problem = failure ?? error ?? skipped;
    let status: TestStatus = 'pass';
    if (failure) status = 'fail';
    else if (error) status = 'error';
    // GoogleTest marks skipped and disabled tests with attributes instead of an element.
    else if (skipped || el.attrs.result === 'skipped' || el.attrs.status === 'notrun')
      status = 'skip';
    const details = problem ? problem.text.trim() || null : null;
    const attrMessage = problem?.attrs.message?.trim();
    const time = Number.parseFloat(el.attrs.time ?? '');
    return {
      suites: ancestors.filter((a) => a.name === 'testsuite').map((a) => a.attrs.name ?? ''),
      classname: el.attrs.classname ?? '',
      name: el.attrs.name ?? '',
      status,
      message: attrMessage || (details ? details.split('\n')[0] : null),
      details,
      // JUnit's console launcher writes several system-out elements per case.
      systemOut: texts(el, 'system-out'),
      systemErr: texts(el, 'system-err'),
      durationMs: Number.isFinite(time) ? Math.round(time * 1000 * 1000) / 1000 : null,
    };
  });
}

const texts = (el: XmlElement, name: string): string =>
  el.children
    .filter((c) => c.name === name)
    .map((c) => c.text)
    .join('\n');

/** Maps a case to the common shape; `name` is chosen by the runner (dialects differ). */
export function junitCaseToTest(
  c: JunitCase,
  name: string,
  override: { message?: string | null; output?: string | null } = {},
): TestResult {
  let message: string | null = null;
  if (override.message !== undefined) message = boundMessage(override.message);
  else if (c.status === 'fail' || c.status === 'error') {
    // The message attribute is usually the assertion diff; the body adds where it happened.
    const both =
      c.message && c.details && !c.details.includes(c.message)
        ? `${c.message}\n${c.details}`
        : (c.details ?? c.message);
    message = boundMessage(both);
  } else if (c.status === 'skip') message = boundMessage(c.message);
  const output =
    override.output !== undefined
      ? override.output
      : [c.systemOut, c.systemErr].filter((s) => s.trim()).join('\n');
  return { name, status: c.status, message, output: boundOutput(output), durationMs: c.durationMs };
}
