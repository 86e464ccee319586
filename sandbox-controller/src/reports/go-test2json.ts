/**
 * Converts the output of Go test binaries run with `-test.v=test2json` into `go test -json`
 * events (what parseGoTestJson reads). In that mode the testing package starts each line it
 * writes about a test (=== RUN, --- PASS, --- FAIL, the final PASS/FAIL) with the byte 0x16;
 * every other line, whatever it says, is output of the current test. So a solver printing
 * "--- PASS: TestX" makes no event: only the testing package's own lines do (it is the
 * framing `go tool test2json` relies on; we parse it here because the toolchain ships no
 * test2json binary and the sandbox's GOCACHE is read-only, so `go tool` cannot build one).
 * A forger printing the 0x16 byte too is in the run's own process: canaries and the test-set
 * check catch that.
 *
 * The harness separates packages with a line `\x16\x16package <import path>`.
 */
const MARK = '\u0016';
const RUN = /^=== (RUN|PAUSE|CONT|NAME)\s+(\S+)/;
const END = /^\s*--- (PASS|FAIL|SKIP): (\S+) \(([\d.]+)s\)/;

export function test2jsonToEvents(stream: string): string {
  const out: string[] = [];
  let pkg = '';
  let current: string | undefined;
  const emit = (ev: Record<string, unknown>) => out.push(JSON.stringify({ Package: pkg, ...ev }));
  for (const raw of stream.split('\n')) {
    if (raw.startsWith(`${MARK}${MARK}package `)) {
      pkg = raw.slice(10).trim();
      current = undefined;
      continue;
    }
    // Subtests' framing is indented after the marker: "\x16    --- PASS: TestX/a".
    const framed = raw.startsWith(MARK);
    const line = framed ? raw.slice(1) : raw;
    if (framed) {
      const run = RUN.exec(line);
      if (run) {
        current = run[2];
        if (run[1] === 'RUN') emit({ Action: 'run', Test: current });
        emit({ Action: 'output', Test: current, Output: `${line}\n` });
        continue;
      }
      const end = END.exec(line);
      if (end) {
        emit({ Action: 'output', Test: end[2], Output: `${line}\n` });
        emit({ Action: end[1]?.toLowerCase(), Test: end[2], Elapsed: Number(end[3]) });
        current = undefined;
        continue;
      }
      if (/^(PASS|FAIL|ok|FAIL\s)/.test(line.trim())) {
        emit({ Action: 'output', Output: `${line}\n` });
        if (line.trim() === 'FAIL') emit({ Action: 'fail' });
        current = undefined;
        continue;
      }
    }
    if (raw === '') continue;
    emit(
      current
        ? { Action: 'output', Test: current, Output: `${line}\n` }
        : { Action: 'output', Output: `${line}\n` },
    );
  }
  return out.join('\n');
}
