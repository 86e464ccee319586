import type { TestResult, TestStatus } from '../result';
import { boundMessage, boundOutput } from './report-bounds';

/**
 * Maps Rust's libtest human output to results. `cargo test` prints each test binary's block
 * ("running N tests" ... "test result:") on stdout and the matching "Running <target>" /
 * "Doc-tests <crate>" lines on stderr, in the same order; the k-th block is paired with the
 * k-th label, which qualifies its test names (`tests/hidden.rs::name`). Always, not only when
 * there are several targets: a test keeps its name whichever suites run with it, so a run's
 * names can be checked against the set the challenge was validated with (tests.json).
 */
export function parseLibtest(stdout: string, stderr = ''): TestResult[] {
  const labels = [...stderr.matchAll(/^\s*(?:Running (\S+)|Doc-tests (\S+))/gm)].map((m) =>
    m[1] ? m[1] : `doc-tests ${m[2]}`,
  );
  const blocks = stdout.split(/^running \d+ tests?$/m).slice(1);
  const results: TestResult[] = [];
  blocks.forEach((block, k) => {
    const label = labels[k];
    const sections = failureSections(block);
    for (const m of block.matchAll(/^test (.+?) \.\.\. (ok|FAILED|ignored(?:, .*)?)$/gm)) {
      const name = m[1];
      const verdict = m[2];
      const status: TestStatus = verdict === 'ok' ? 'pass' : verdict === 'FAILED' ? 'fail' : 'skip';
      const section = sections.get(name) ?? '';
      results.push({
        name: label ? `${label}::${name}` : name,
        status,
        message: status === 'fail' ? boundMessage(panicMessage(section) ?? section) : null,
        output: boundOutput(section.trim() ? section : null),
        durationMs: null,
      });
    }
  });
  return results;
}

/** "---- name stdout ----" sections of a block's failure list. */
function failureSections(block: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /^---- (.+?) stdout ----$/gm;
  const heads = [...block.matchAll(re)];
  heads.forEach((h, i) => {
    const start = (h.index ?? 0) + h[0].length;
    const next = heads[i + 1]?.index ?? block.search(/^failures:$(?![\s\S]*^---- )/m);
    const end = next !== undefined && next > start ? next : block.length;
    out.set(
      h[1],
      block
        .slice(start, end)
        .replace(/\n\s*\nfailures:[\s\S]*$/, '')
        .trim(),
    );
  });
  return out;
}

/** The panic payload: the lines after "thread '...' panicked at file:line:col:". */
function panicMessage(section: string): string | null {
  const m =
    /thread '.*?'(?: \(\d+\))? panicked at ([^\n]*?):?\n([\s\S]*?)(?:\nnote: |\nstack backtrace:|$)/.exec(
      section,
    );
  if (!m) return null;
  return `${m[2].trim()}\n  at ${m[1]}`;
}
