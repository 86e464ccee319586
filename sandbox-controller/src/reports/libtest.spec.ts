import * as fs from 'node:fs';
import * as path from 'node:path';
import { rustRunner } from '../runners/rust.runner';
import { parseLibtest } from './libtest';

const read = (f: string) => fs.readFileSync(path.join(__dirname, '__fixtures__', f), 'utf8');

describe('libtest output', () => {
  it('pairs each test binary with its target and reads the panic message', () => {
    const tests = parseLibtest(read('libtest.stdout.txt'), read('libtest.stderr.txt'));
    expect(tests.map((t) => [t.name, t.status])).toEqual([
      ['tests/clamp.rs::raises_low_values', 'pass'],
      ['tests/clamp_hidden.rs::keeps_values_inside', 'pass'],
      ['tests/clamp_hidden.rs::lowers_high_values', 'fail'],
    ]);
    const failed = tests[2];
    expect(failed.message).toBe(
      'assertion `left == right` failed\n  left: 0\n right: 10\n  at tests/clamp_hidden.rs:5:5',
    );
    expect(failed.durationMs).toBeNull();
  });

  it('reads ignored tests, and names them unqualified when no target is named', () => {
    const tests = parseLibtest(
      'running 2 tests\ntest a ... ok\ntest b ... ignored\n\ntest result: ok.\n',
      '',
    );
    expect(tests.map((t) => [t.name, t.status])).toEqual([
      ['a', 'pass'],
      ['b', 'skip'],
    ]);
  });

  it('qualifies names by their target even when it is the only one (stable across suites)', () => {
    const tests = parseLibtest(
      'running 1 test\ntest a ... ok\n\ntest result: ok.\n',
      '     Running tests/visible.rs (target/debug/deps/visible-1a2b)\n',
    );
    expect(tests.map((t) => t.name)).toEqual(['tests/visible.rs::a']);
  });

  it('turns a compile error into a run error with the first error line', () => {
    const parsed = rustRunner.parse({
      exitCode: 101,
      stdout: '',
      stderr:
        '   Compiling x v0.1.0 (/work)\nerror[E0425]: cannot find value `y` in this scope\n --> src/lib.rs:2:5\n',
      report: null,
    });
    expect(parsed.error).toBe(
      'cargo test did not run: error[E0425]: cannot find value `y` in this scope',
    );
  });
});
