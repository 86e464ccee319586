import { parseLibtest } from '../reports/libtest';
import { SANDBOX, firstErrorLine, type Runner } from './runner';

/**
 * Rust with `cargo test --offline` on a crate without dependencies. The toolchain (rustc,
 * cargo, std) is mounted read-only and is relocatable; cargo's home and the target directory
 * are per-run scratch. Linking goes through /usr/bin/cc (gcc).
 */
export const rustRunner: Runner = {
  runtime: 'rust',
  environment: (tc) => ({
    mounts: [{ source: tc.paths.sysroot, target: `${SANDBOX.opt}/rust` }],
    env: {
      CARGO_HOME: `${SANDBOX.tmp}/.cargo`,
      CARGO_TARGET_DIR: `${SANDBOX.harness}/target`,
      CARGO_NET_OFFLINE: 'true',
      CARGO_TERM_COLOR: 'never',
      CARGO_INCREMENTAL: '0',
      RUST_BACKTRACE: '0',
    },
    path: [`${SANDBOX.opt}/rust/bin`],
  }),
  testPlan: () => ({ argv: ['cargo', 'test', '--offline', '--no-fail-fast'], reportPath: null }),
  parse: (raw) => {
    const tests = parseLibtest(raw.stdout, raw.stderr);
    if (tests.length === 0 && raw.exitCode !== 0) {
      const line =
        firstErrorLine(raw.stderr, /^error(\[E\d+\])?:/) ??
        raw.stderr.trim().split('\n').slice(-1)[0];
      return { tests, error: `cargo test did not run: ${line ?? `exit code ${raw.exitCode}`}` };
    }
    return { tests };
  },
};
