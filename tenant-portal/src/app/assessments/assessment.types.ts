// An assessment as the pages show it: the generated type of core/documents/assessments.graphql.ts
// (kind is 'assessment', or 'career_page' for the applicants of an embed key's challenge).
import type { AssessmentFieldsFragment } from '../core/generated/graphql';

export type Assessment = AssessmentFieldsFragment;
export type AssessmentChallenge = Assessment['challenges'][number];

export const STATUS_LABELS: Record<Assessment['status'], string> = {
  draft: 'Draft',
  published: 'Published',
  archived: 'Archived',
};
