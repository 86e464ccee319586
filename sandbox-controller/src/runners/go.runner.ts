import { parseGoTestJson } from '../reports/go-test-json';
import { SANDBOX, firstErrorLine, type Runner } from './runner';

/**
 * Go with `go test -json ./...`, standard library only.
 *
 * The warm GOCACHE (the standard library compiled by prepare.sh with these same settings) is
 * mounted read-only. The go command treats cache writes as best-effort: it reads the warm
 * entries, compiles the challenge's own packages each run, and silently skips storing them
 * (checked with Go 1.26). So no per-run cache copy or overlay is needed, and nothing a run
 * does can poison the cache for the next one.
 */
export const goRunner: Runner = {
  runtime: 'go',
  environment: (tc) => ({
    mounts: [
      { source: tc.paths.cache, target: `${SANDBOX.opt}/gocache` },
      // /usr/local/go is already under the read-only /usr; a GOROOT elsewhere is mounted as is.
      ...(tc.paths.goroot.startsWith('/usr/')
        ? []
        : [{ source: tc.paths.goroot, target: tc.paths.goroot }]),
    ],
    env: {
      GOROOT: tc.paths.goroot,
      GOCACHE: `${SANDBOX.opt}/gocache`,
      GOPATH: `${SANDBOX.tmp}/go`,
      GOTOOLCHAIN: 'local',
      GOPROXY: 'off',
      GOFLAGS: '-mod=mod',
      CGO_ENABLED: '0',
      GOTELEMETRY: 'off',
    },
    path: [`${tc.paths.goroot}/bin`],
  }),
  testPlan: () => ({ argv: ['go', 'test', '-json', './...'], reportPath: null }),
  parse: (raw) => {
    const report = parseGoTestJson(raw.stdout);
    // People read the plain `go test` text, not the event stream.
    const stdout = raw.stdout
      .split('\n')
      .map((l) => {
        if (!l.startsWith('{')) return l ? `${l}\n` : '';
        try {
          return (JSON.parse(l) as { Output?: string }).Output ?? '';
        } catch {
          return '';
        }
      })
      .join('');
    if (report.tests.length === 0) {
      const why = report.packageFailures.map((p) => p.output).join('\n') || raw.stderr;
      const line =
        firstErrorLine(why, /\S+\.go:\d+:\d+: |cannot |no Go files|undefined|error/) ??
        why.trim().split('\n')[0];
      return {
        tests: [],
        error: line ? `go test did not run: ${line}` : 'go test found no tests',
        stdout,
      };
    }
    return { tests: report.tests, stdout };
  },
};
