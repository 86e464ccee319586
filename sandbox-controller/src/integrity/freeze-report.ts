import type { IntegrityFinding } from '../result';

const LINE = /FIXPOINT-INTEGRITY (\{[^\n]*\})\n?/g;

const WHAT: Record<string, string> = {
  'freeze-patched': 'pytest reporting code was replaced while the tests ran',
  'freeze-hook': 'a test hook was added or replaced after the tests were collected',
  'freeze-outcome': 'a test body raised but its report said passed',
};

/**
 * Reads the pytest integrity plugin's line(s) from stderr (fixpoint_integrity.py) and removes
 * them from the text people see. A line claiming tampering is believed even if a forger printed
 * a clean one too; a missing line with the plugin loaded means its output was silenced.
 */
export function readFreezeReport(stderr: string): {
  stderr: string;
  seen: boolean;
  findings: IntegrityFinding[];
} {
  const findings: IntegrityFinding[] = [];
  let seen = false;
  for (const m of stderr.matchAll(LINE)) {
    seen = true;
    try {
      const body = JSON.parse(m[1] as string) as { findings?: { code?: string; what?: string }[] };
      for (const f of body.findings ?? []) {
        const code = String(f.code ?? 'freeze-patched');
        findings.push({
          layer: 'separation',
          code,
          message: `${WHAT[code] ?? 'the test framework was changed'}: ${String(f.what ?? '')}`,
          test: typeof f.what === 'string' ? f.what : undefined,
        });
      }
    } catch {
      findings.push({
        layer: 'separation',
        code: 'freeze-garbled',
        message: 'The integrity plugin report was garbled.',
      });
    }
  }
  return { stderr: stderr.replace(LINE, ''), seen, findings };
}
