export interface AssessmentChallenge {
  position: number;
  slug: string;
  title: string;
  language: string;
  difficulty: number;
  estimatedMinutes: number;
  private: boolean;
}

export interface Assessment {
  id: string;
  title: string;
  instructions: string;
  timeLimitMinutes: number;
  hintsAllowed: boolean;
  hintPenalty: number;
  status: 'draft' | 'published' | 'archived';
  /** 'career_page': the applicants of an embed key's challenge. */
  kind: 'assessment' | 'career_page';
  challenges: AssessmentChallenge[];
  candidateCount: number;
  createdAt: string;
  updatedAt: string;
}

export const ASSESSMENT_FIELDS = `id title instructions timeLimitMinutes hintsAllowed hintPenalty status kind
  candidateCount createdAt updatedAt
  challenges { position slug title language difficulty estimatedMinutes private }`;

export const STATUS_LABELS: Record<Assessment['status'], string> = {
  draft: 'Draft',
  published: 'Published',
  archived: 'Archived',
};
