import type { ChallengeIntegrityFieldsFragment } from '../core/generated/graphql';

/** A graded run's integrity and its review, as the report query returns it. */
export type ChallengeIntegrity = ChallengeIntegrityFieldsFragment;
export type IntegrityFinding = ChallengeIntegrity['findings'][number];

/** What a layer's finding is about, in a recruiter's words. */
export const LAYER_LABELS: Record<string, string> = {
  canary: 'Planted check',
  'test-set': 'Test set',
  scan: 'Code scan',
  separation: 'Report separation',
};

/** What a finding shows as evidence: where (file:line), the line itself, and labelled values. */
export interface Evidence {
  where: string | null;
  excerpt: string | null;
  facts: { label: string; value: string }[];
}

/**
 * A finding's evidence in a recruiter's words. Scan: the file and line with the line's text.
 * Planted check (canary): its name, what it was planted to do and what came back. Test set:
 * the missing or extra test and what was expected.
 */
export function evidenceOf(finding: IntegrityFinding): Evidence {
  const where = finding.file ? `${finding.file}${finding.line ? `:${finding.line}` : ''}` : null;
  const facts: Evidence['facts'] = [];
  if (finding.test) {
    facts.push({
      label: finding.layer === 'canary' ? 'Check' : 'Test',
      value: finding.test,
    });
  }
  if (finding.expected) facts.push({ label: 'Expected', value: finding.expected });
  if (finding.actual) facts.push({ label: 'Actual', value: finding.actual });
  return { where, excerpt: finding.excerpt, facts };
}

const LAYER_ORDER = ['canary', 'scan', 'separation', 'test-set'];

/**
 * Findings in the order a recruiter reads them (planted checks and the scan first: they say
 * what was done), with the test-set findings folded into the missing and extra test names, so
 * eleven "not reported" tests read as one finding with its list.
 */
export function groupFindings(findings: IntegrityFinding[]) {
  const rank = (f: IntegrityFinding) => {
    const i = LAYER_ORDER.indexOf(f.layer);
    return i < 0 ? LAYER_ORDER.length : i;
  };
  const others = findings.filter((f) => f.layer !== 'test-set').sort((a, b) => rank(a) - rank(b));
  const testSet = findings.filter((f) => f.layer === 'test-set');
  const names = (code: string) =>
    testSet.filter((f) => f.code === code).map((f) => f.test ?? f.message);
  const folded = new Set(['test-missing', 'test-extra']);
  return {
    findings: [...others, ...testSet.filter((f) => !folded.has(f.code))],
    missing: names('test-missing'),
    extra: names('test-extra'),
  };
}
