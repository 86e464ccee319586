import type { TestResult, TestStatus } from '../result';
import { boundMessage, boundOutput } from './report-bounds';

interface GoEvent {
  Action?: string;
  Package?: string;
  ImportPath?: string;
  Test?: string;
  Elapsed?: number;
  Output?: string;
  FailedBuild?: string;
}

export interface GoTestReport {
  tests: TestResult[];
  /** Packages that failed outside any test: build errors, init panics, TestMain, deadlocks. */
  packageFailures: { package: string; output: string }[];
}

// Lines the go test framing adds around a test's own output.
const FRAMING = /^\s*(=== (RUN|PAUSE|CONT|NAME)|--- (PASS|FAIL|SKIP):)/;
// t.Error/t.Fatal lines: "    cache_test.go:12: got 3, want 4".
const T_LOG = /^\s+\S+\.go:\d+: /;

/** Maps `go test -json` output (one event per line; other lines are ignored) to results. */
export function parseGoTestJson(stream: string): GoTestReport {
  const tests = new Map<
    string,
    { pkg: string; test: string; status: TestStatus | null; out: string[]; elapsed: number | null }
  >();
  const pkgOutput = new Map<string, string[]>();
  const pkgFailed = new Set<string>();
  for (const line of stream.split('\n')) {
    if (!line.startsWith('{')) continue;
    let ev: GoEvent;
    try {
      ev = JSON.parse(line) as GoEvent;
    } catch {
      continue; // a cut last line
    }
    const pkg = ev.Package ?? ev.ImportPath ?? '';
    if (ev.Action === 'build-output' || (ev.Action === 'output' && !ev.Test)) {
      const lines = pkgOutput.get(pkg) ?? [];
      lines.push(ev.Output ?? '');
      pkgOutput.set(pkg, lines);
      continue;
    }
    if (ev.Action === 'build-fail' || (ev.Action === 'fail' && !ev.Test)) {
      pkgFailed.add(pkg);
      continue;
    }
    if (!ev.Test) continue;
    const key = `${pkg}\u0000${ev.Test}`;
    let t = tests.get(key);
    if (!t) {
      t = { pkg, test: ev.Test, status: null, out: [], elapsed: null };
      tests.set(key, t);
    }
    if (ev.Action === 'output' && ev.Output !== undefined) t.out.push(ev.Output);
    else if (ev.Action === 'pass' || ev.Action === 'fail' || ev.Action === 'skip') {
      t.status = ev.Action === 'skip' ? 'skip' : ev.Action;
      t.elapsed = typeof ev.Elapsed === 'number' ? Math.round(ev.Elapsed * 1000) : null;
    }
  }

  const packages = new Set([...tests.values()].map((t) => t.pkg));
  const results: TestResult[] = [];
  for (const t of tests.values()) {
    const own = t.out.filter((l) => !FRAMING.test(l)).join('');
    // A test that started but never ended: its package crashed, deadlocked or timed out.
    const status: TestStatus = t.status ?? 'error';
    let message: string | null = null;
    if (status === 'fail') {
      const logs = own.split('\n').filter((l) => T_LOG.test(l));
      message = boundMessage(logs.length ? logs.map((l) => l.trim()).join('\n') : own);
    } else if (status === 'error') {
      message = boundMessage(
        `did not finish: ${(pkgOutput.get(t.pkg) ?? []).join('').trim().split('\n').slice(0, 20).join('\n')}`,
      );
    }
    results.push({
      name: packages.size > 1 ? `${t.pkg}.${t.test}` : t.test,
      status,
      message,
      output: boundOutput(own),
      durationMs: t.elapsed,
    });
  }
  const packageFailures = [...pkgFailed]
    .filter((p) => ![...tests.values()].some((t) => t.pkg === p && t.status === 'fail'))
    .map((p) => ({ package: p, output: (pkgOutput.get(p) ?? []).join('') }));
  return { tests: results, packageFailures };
}
