import { parseGoTestJson } from '../reports/go-test-json';
import { test2jsonToEvents } from '../reports/go-test2json';
import { SANDBOX, firstErrorLine, type Runner } from './runner';

const BIN = `${SANDBOX.harness}/gotest`;

/**
 * Each package with tests is compiled with `go test -c` and its binary run in the package's
 * folder with `-test.v=test2json`, so test events are only the lines the testing package marks
 * (go-test2json.ts), never what the code under test prints: `go test -json` would turn any
 * printed "--- PASS: TestX" into a pass event. A failed build or binary makes the script exit
 * non-zero, and the other packages still run.
 */
const SCRIPT = [
  `mkdir -p ${BIN}`,
  'status=0',
  'i=0',
  `pkgs=$(go list -f '{{if or .TestGoFiles .XTestGoFiles}}{{.ImportPath}}|{{.Dir}}{{end}}' ./...) || exit $?`,
  'for p in $pkgs; do',
  '  i=$((i+1)); pkg=${p%%|*}; dir=${p#*|}',
  `  if go test -c -o ${BIN}/t$i "$pkg"; then`,
  `    printf '\\026\\026package %s\\n' "$pkg"`,
  `    (cd "$dir" && exec ${BIN}/t$i -test.v=test2json -test.timeout=10m 2>&1) || status=1`,
  '  else status=1; fi',
  'done',
  'exit $status',
].join('\n');

/**
 * Go with `go test -c` per package and the test binaries in test2json mode, standard library only.
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
  testPlan: () => ({ argv: ['/bin/sh', '-c', SCRIPT], reportPath: null }),
  parse: (rawOutcome) => {
    const raw = { ...rawOutcome, stdout: test2jsonToEvents(rawOutcome.stdout) };
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
