import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IntegrityFinding, TestResult } from '../result';

const LINE = /FIXPOINT-INTEGRITY (\{[^\n]*\})(?: ([0-9a-f]{64}))?\n?/g;

const WHAT: Record<string, string> = {
  'freeze-patched': 'pytest reporting code was replaced while the tests ran',
  'freeze-hook': 'a test hook was added or replaced after the tests were collected',
  'freeze-outcome': 'a test body raised but its report said passed',
};

interface PluginBody {
  findings?: { code?: string; what?: string }[];
  /** Report names (`classname::name`) of the tests pytest itself reported passed. */
  passed?: string[];
}

/**
 * Reads the pytest integrity plugin's line(s) from stderr (fixpoint_integrity.py) and removes
 * them from the text people see. A line claiming tampering is believed even if a forger printed
 * a clean one too; a missing line with the plugin loaded means its output was silenced.
 *
 * With the run's `secret` (handed to the plugin on fd 5 before any solution code loaded), each
 * line must carry HMAC-SHA256(secret, its JSON): a line without a valid signature was printed
 * by something else (`freeze-forged`). The signed line lists the tests pytest reported passed,
 * as they were reported: a test the JUnit report shows passing that is not on that list means
 * the report was rewritten after pytest judged (`report-rewritten`), e.g. by an exit hook that
 * read the canaries from the test files and reproduced their outcomes.
 */
export function readFreezeReport(
  stderr: string,
  secret?: string,
  reported: readonly TestResult[] = [],
): {
  stderr: string;
  seen: boolean;
  findings: IntegrityFinding[];
} {
  const findings: IntegrityFinding[] = [];
  let seen = false;
  const passed = new Set<string>();
  for (const m of stderr.matchAll(LINE)) {
    const json = m[1] as string;
    if (secret !== undefined && !signedBy(secret, json, m[2])) {
      findings.push({
        layer: 'separation',
        code: 'freeze-forged',
        message: 'An integrity report line without the run’s signature was printed.',
      });
      continue;
    }
    seen = true;
    try {
      const body = JSON.parse(json) as PluginBody;
      for (const f of body.findings ?? []) {
        const code = String(f.code ?? 'freeze-patched');
        findings.push({
          layer: 'separation',
          code,
          message: `${WHAT[code] ?? 'the test framework was changed'}: ${String(f.what ?? '')}`,
          test: typeof f.what === 'string' ? f.what : undefined,
        });
      }
      for (const name of body.passed ?? []) passed.add(name);
    } catch {
      findings.push({
        layer: 'separation',
        code: 'freeze-garbled',
        message: 'The integrity plugin report was garbled.',
      });
    }
  }
  if (secret !== undefined && seen) {
    for (const t of reported) {
      if (t.status === 'pass' && !passed.has(t.name))
        findings.push({
          layer: 'separation',
          code: 'report-rewritten',
          message: `The report says ${t.name} passed, but pytest did not report it passed: the report was changed after the tests ran.`,
          test: t.name,
        });
    }
  }
  return { stderr: stderr.replace(LINE, ''), seen, findings };
}

function signedBy(secret: string, json: string, mac: string | undefined): boolean {
  if (!mac) return false;
  const want = createHmac('sha256', secret).update(json, 'utf8').digest();
  const got = Buffer.from(mac, 'hex');
  return got.length === want.length && timingSafeEqual(got, want);
}
