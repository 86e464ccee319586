import * as fs from 'node:fs';
import * as path from 'node:path';
import { cppRunner } from '../runners/cpp.runner';
import { javaRunner } from '../runners/java.runner';
import { nodeRunner } from '../runners/node.runner';
import { pythonRunner } from '../runners/python.runner';
import { parseJunitXml } from './junit-xml';
import { parseXml } from './xml';

// Reports captured from real runs of the fixture challenges (test/fixtures/challenges).
const fixture = (name: string) =>
  fs.readFileSync(path.join(__dirname, '__fixtures__', name), 'utf8');
const raw = (report: string) => ({ exitCode: 1, stdout: '', stderr: '', report });

describe('parseXml', () => {
  it('reads attributes, entities, CDATA and nesting, and skips comments and declarations', () => {
    const doc = parseXml(
      '<?xml version="1.0"?><!DOCTYPE x><a k="1 &lt; 2" q=\'&#65;&#x42;\'><!-- c --><b>t&amp;u<![CDATA[<raw>]]></b><c/></a>',
    );
    const a = doc.children[0];
    expect(a.attrs).toEqual({ k: '1 < 2', q: 'AB' });
    expect(a.children.map((c) => c.name)).toEqual(['b', 'c']);
    expect(a.children[0].text).toBe('t&u<raw>');
  });

  it('keeps what it read before a cut', () => {
    const doc = parseXml(
      '<testsuites><testcase name="a"/><testcase name="b"><failure message="x">bo',
    );
    expect(doc.children[0].children.map((c) => c.attrs.name)).toEqual(['a', 'b']);
  });
});

describe('JUnit XML dialects', () => {
  it("maps Node's junit reporter, naming tests by their describe chain", () => {
    const tests = nodeRunner.parse(raw(fixture('node.xml'))).tests;
    expect(tests.map((t) => [t.name, t.status])).toEqual([
      ['range > includes both ends', 'fail'],
      ['range > starts at from', 'pass'],
      ['an empty range when from is after to', 'pass'],
    ]);
    expect(tests[0].message).toContain('Expected values to be strictly deep-equal');
    expect(tests[0].message).toContain('file:///work/test/range.hidden.test.js:7');
    expect(tests[1].durationMs).toBeGreaterThanOrEqual(0);
  });

  it('maps pytest --junitxml with each test output and the assertion message', () => {
    const tests = pythonRunner.parse(raw(fixture('python.xml'))).tests;
    expect(tests.map((t) => [t.name, t.status])).toEqual([
      ['tests.test_mean::test_empty_is_zero', 'pass'],
      ['tests.test_mean_hidden::test_mean_of_three', 'fail'],
      ['tests.test_mean_hidden::test_flask_is_importable', 'pass'],
    ]);
    expect(tests[0].output).toBe('visible test output');
    expect(tests[1].message).toMatch(/^assert 1.5 == 2/);
    expect(tests[1].message).toContain('tests/test_mean_hidden.py:5: AssertionError');
  });

  it("maps the JUnit Platform console launcher's legacy XML", () => {
    const tests = javaRunner.parse(raw(fixture('java.xml'))).tests;
    const byName = Object.fromEntries(tests.map((t) => [t.name, t]));
    expect(byName['fx.NumbersHiddenTest > findsTheLargestNegative()'].status).toBe('fail');
    expect(byName['fx.NumbersHiddenTest > findsTheLargestNegative()'].message).toBe(
      'org.opentest4j.AssertionFailedError: expected: <-2> but was: <0>\n  at fx.NumbersHiddenTest.findsTheLargestNegative(NumbersHiddenTest.java:10)',
    );
    expect(byName['fx.NumbersTest > findsTheLargestPositive()'].status).toBe('pass');
    expect(byName['fx.NumbersTest > findsTheLargestPositive()'].output).toBe('visible test output');
  });

  it("maps GoogleTest's XML", () => {
    const tests = cppRunner.parse(raw(fixture('cpp.xml'))).tests;
    expect(tests.map((t) => [t.name, t.status])).toEqual([
      ['AbsDiffHidden.SmallerFirst', 'fail'],
      ['AbsDiff.BiggerFirst', 'pass'],
    ]);
    expect(tests[0].message).toContain('Which is: -2');
  });

  it('reads error, skipped and GoogleTest not-run cases', () => {
    const cases = parseJunitXml(
      '<testsuite name="s"><testcase classname="C" name="e"><error message="boom">trace</error></testcase>' +
        '<testcase name="s"><skipped message="later"/></testcase><testcase name="d" status="notrun"/></testsuite>',
    );
    expect(cases.map((c) => [c.name, c.status, c.message])).toEqual([
      ['e', 'error', 'boom'],
      ['s', 'skip', 'later'],
      ['d', 'skip', null],
    ]);
  });

  it('says why when there is no report', () => {
    const parsed = cppRunner.parse({
      exitCode: 1,
      stdout: '',
      stderr: "src/a.cpp:3:1: error: expected ';' before '}' token\n",
      report: null,
    });
    expect(parsed.tests).toEqual([]);
    expect(parsed.error).toContain("error: expected ';'");
  });
});

describe('test plans', () => {
  const limits = {
    cpuSeconds: 1,
    wallSeconds: 1,
    memoryMb: 64,
    outputBytes: 1,
    processes: 1,
    openFiles: 1,
    fileSizeBytes: 1,
    scratchBytes: 1,
  };
  it('puts only test files on the command line', () => {
    const files = [
      'test/a.test.js',
      'test/helpers.js',
      'test/data.json',
      'test/b.test.ts',
      'tests/test_x.py',
      'tests/conftest.py',
      'tests/y_test.py',
    ];
    expect(nodeRunner.testPlan(files, limits).argv.slice(6)).toEqual([
      'test/a.test.js',
      'test/b.test.ts',
    ]);
    expect(pythonRunner.testPlan(files, limits).argv.filter((a) => a.endsWith('.py'))).toEqual([
      'tests/test_x.py',
      'tests/y_test.py',
    ]);
  });
});
