import type { NeutralResult } from '@fixpoint/connector-core';
import { isFinal } from '@fixpoint/connector-core';

/** A `list_tests` entry: both fields required; the name is the label in Greenhouse's UI. */
export interface PartnerTest {
  partner_test_id: string;
  partner_test_name: string;
}

/** The `test_status` answer. `metadata` is flat: every value a JavaScript primitive. */
export interface TestStatus {
  partner_status: string;
  partner_profile_url: string | null;
  partner_score: number | null;
  metadata: Record<string, string | number | boolean | null>;
}

export const listTestsBody = (assessments: { id: string; title: string }[]): PartnerTest[] =>
  assessments.map((a) => ({ partner_test_id: a.id, partner_test_name: a.title }));

/**
 * Greenhouse defines one status, `complete` ("results are available"); anything else means
 * "not yet". We send our own word for the other states so a person reading Greenhouse's logs
 * sees why. A result withheld for an integrity review is `under_review`, not complete, until a
 * recruiter decides.
 */
export const partnerStatusOf = (result: Pick<NeutralResult, 'status'>) =>
  isFinal(result) ? 'complete' : result.status;

export function testStatusBody(result: NeutralResult): TestStatus {
  const final = isFinal(result);
  const metadata: TestStatus['metadata'] = {
    Assessment: result.assessmentTitle,
    Status: result.status.replace('_', ' '),
    'Integrity review': result.integrityStatus.replace('_', ' '),
    'Started at': result.startedAt,
    'Completed at': result.completedAt,
  };
  for (const challenge of result.challenges) {
    metadata[`Challenge ${challenge.position}: ${challenge.title}`] = final
      ? challenge.score
      : null;
  }
  return {
    partner_status: partnerStatusOf(result),
    // Required once complete; before that the report may not exist yet.
    partner_profile_url: final ? result.reportUrl : null,
    partner_score: final ? result.score : null,
    metadata,
  };
}
