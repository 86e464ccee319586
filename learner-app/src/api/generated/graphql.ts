/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AttemptStatus =
  | 'IN_PROGRESS'
  | 'SUBMITTED';

export type CandidateStatus =
  | 'expired'
  | 'invited'
  | 'revoked'
  | 'started'
  | 'submitted';

export type ChallengeFilter = {
  bugTypes?: Array<string> | null | undefined;
  difficulties?: Array<number> | null | undefined;
  languages?: Array<string> | null | undefined;
  sourceKind?: SourceKind | null | undefined;
  tag?: string | null | undefined;
  /** Words to find in the title, brief or tags. */
  text?: string | null | undefined;
};

export type ChallengeOrder =
  | 'DIFFICULTY_ASC'
  | 'DIFFICULTY_DESC'
  | 'ESTIMATED_MINUTES_ASC'
  | 'NEWEST'
  | 'TITLE_ASC';

export type ChangeEmailInput = {
  currentPassword: string;
  newEmail: string;
};

export type ChangePasswordInput = {
  currentPassword: string;
  /** At least 10 characters. */
  newPassword: string;
};

export type CompetitionKind =
  | 'HIRING'
  | 'PUBLIC_CONTEST';

export type CompetitionPhase =
  | 'CANCELLED'
  | 'ENDED'
  | 'FINAL'
  | 'FROZEN'
  | 'LIVE'
  | 'REGISTRATION'
  | 'SCHEDULED';

export type CompetitionWhen =
  | 'LIVE'
  | 'PAST'
  | 'UPCOMING';

export type FileInput = {
  content: string;
  path: string;
};

export type LogInInput = {
  email: string;
  password: string;
};

export type MasteryDimension =
  | 'BUG_TYPE'
  | 'LANGUAGE';

export type ResetPasswordInput = {
  /** At least 10 characters. */
  password: string;
  /** From the reset link. */
  token: string;
};

export type RunStatus =
  | 'ERROR'
  | 'FAIL'
  | 'PASS'
  | 'TAMPERED'
  | 'TIMEOUT';

export type SessionPhase =
  | 'expired'
  | 'in_progress'
  | 'not_started'
  | 'submitted';

export type SignUpInput = {
  displayName: string;
  email: string;
  /** At least 10 characters. */
  password: string;
};

export type SourceKind =
  | 'GITHUB'
  | 'SYNTHETIC';

export type TestStatus =
  | 'ERROR'
  | 'FAIL'
  | 'PASS'
  | 'SKIPPED';

export type UserFieldsFragment = { id: string, email: string, displayName: string };

export type AuthFieldsFragment = { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, user: { id: string, email: string, displayName: string } };

export type ChallengeSummaryFieldsFragment = { slug: string, title: string, language: string, framework: string, difficulty: number, bugTypes: Array<string>, tags: Array<string>, estimatedMinutes: number, sourceKind: SourceKind, sourceUrl: string | null };

export type RunFieldsFragment = { id: string, suite: string, status: RunStatus, passed: number, failed: number, total: number, redacted: boolean, durationMs: number, stdout: string, stderr: string, createdAt: string, tests: Array<{ name: string, status: TestStatus, message: string | null, output: string | null, durationMs: number | null }>, limitHit: { kind: string, limit: number, unit: string, message: string } | null };

export type SubmissionFieldsFragment = { id: string, score: number | null, reviewRequired: boolean, hiddenPassed: number, hiddenTotal: number, createdAt: string, breakdown: { correctness: number, timeFactor: number, hintPenalty: number, efficiency: number, total: number } | null };

export type ChallengeDetailFieldsFragment = { slug: string, title: string, language: string, framework: string, difficulty: number, bugTypes: Array<string>, tags: Array<string>, estimatedMinutes: number, sourceKind: SourceKind, sourceUrl: string | null, summary: string, runtime: string, learningObjectives: Array<string>, hintCount: number, files: Array<{ path: string, content: string, editable: boolean }>, limits: { cpuSeconds: number, wallSeconds: number, memoryMb: number } };

export type AttemptFieldsFragment = { id: string, status: AttemptStatus, startedAt: string, updatedAt: string, submittedAt: string | null, challenge: { slug: string, title: string, language: string, framework: string, difficulty: number, bugTypes: Array<string>, tags: Array<string>, estimatedMinutes: number, sourceKind: SourceKind, sourceUrl: string | null, summary: string, runtime: string, learningObjectives: Array<string>, hintCount: number, files: Array<{ path: string, content: string, editable: boolean }>, limits: { cpuSeconds: number, wallSeconds: number, memoryMb: number } }, files: Array<{ path: string, content: string, editable: boolean }>, hints: Array<{ level: number, text: string }>, runs: Array<{ id: string, suite: string, status: RunStatus, passed: number, failed: number, total: number, redacted: boolean, durationMs: number, stdout: string, stderr: string, createdAt: string, tests: Array<{ name: string, status: TestStatus, message: string | null, output: string | null, durationMs: number | null }>, limitHit: { kind: string, limit: number, unit: string, message: string } | null }>, submission: { id: string, score: number | null, reviewRequired: boolean, hiddenPassed: number, hiddenTotal: number, createdAt: string, breakdown: { correctness: number, timeFactor: number, hintPenalty: number, efficiency: number, total: number } | null } | null };

export type MailSentFieldsFragment = { email: string, message: string };

export type RefreshMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RefreshMutation = { refresh: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, user: { id: string, email: string, displayName: string } } };

export type LogOutMutationVariables = Exact<{
  refreshToken: string;
}>;


export type LogOutMutation = { logOut: boolean };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { email: string, message: string } };

export type VerifyEmailMutationVariables = Exact<{
  token: string;
}>;


export type VerifyEmailMutation = { verifyEmail: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, user: { id: string, email: string, displayName: string } } };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: { email: string, message: string } };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, user: { id: string, email: string, displayName: string } } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, user: { id: string, email: string, displayName: string } } };

export type UpdateProfileMutationVariables = Exact<{
  displayName: string;
}>;


export type UpdateProfileMutation = { updateProfile: { id: string, email: string, displayName: string } };

export type RequestEmailChangeMutationVariables = Exact<{
  input: ChangeEmailInput;
}>;


export type RequestEmailChangeMutation = { requestEmailChange: { email: string, message: string } };

export type DevInboxQueryVariables = Exact<{
  email: string;
}>;


export type DevInboxQuery = { devInbox: Array<{ to: string, subject: string, text: string, links: Array<string>, createdAt: string }> };

export type LogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type LogInMutation = { logIn: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, user: { id: string, email: string, displayName: string } } };

export type ChallengesQueryVariables = Exact<{
  filter?: ChallengeFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  orderBy?: ChallengeOrder | null | undefined;
}>;


export type ChallengesQuery = { challenges: { totalCount: number, nodes: Array<{ slug: string, title: string, language: string, framework: string, difficulty: number, bugTypes: Array<string>, tags: Array<string>, estimatedMinutes: number, sourceKind: SourceKind, sourceUrl: string | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type StartAttemptMutationVariables = Exact<{
  slug: string;
}>;


export type StartAttemptMutation = { startAttempt: { id: string, status: AttemptStatus, startedAt: string, updatedAt: string, submittedAt: string | null, challenge: { slug: string, title: string, language: string, framework: string, difficulty: number, bugTypes: Array<string>, tags: Array<string>, estimatedMinutes: number, sourceKind: SourceKind, sourceUrl: string | null, summary: string, runtime: string, learningObjectives: Array<string>, hintCount: number, files: Array<{ path: string, content: string, editable: boolean }>, limits: { cpuSeconds: number, wallSeconds: number, memoryMb: number } }, files: Array<{ path: string, content: string, editable: boolean }>, hints: Array<{ level: number, text: string }>, runs: Array<{ id: string, suite: string, status: RunStatus, passed: number, failed: number, total: number, redacted: boolean, durationMs: number, stdout: string, stderr: string, createdAt: string, tests: Array<{ name: string, status: TestStatus, message: string | null, output: string | null, durationMs: number | null }>, limitHit: { kind: string, limit: number, unit: string, message: string } | null }>, submission: { id: string, score: number | null, reviewRequired: boolean, hiddenPassed: number, hiddenTotal: number, createdAt: string, breakdown: { correctness: number, timeFactor: number, hintPenalty: number, efficiency: number, total: number } | null } | null } };

export type SaveFilesMutationVariables = Exact<{
  attemptId: string | number;
  files: Array<FileInput> | FileInput;
}>;


export type SaveFilesMutation = { saveFiles: { id: string, updatedAt: string } };

export type ResetAttemptMutationVariables = Exact<{
  attemptId: string | number;
}>;


export type ResetAttemptMutation = { resetAttempt: { id: string, status: AttemptStatus, startedAt: string, updatedAt: string, submittedAt: string | null, challenge: { slug: string, title: string, language: string, framework: string, difficulty: number, bugTypes: Array<string>, tags: Array<string>, estimatedMinutes: number, sourceKind: SourceKind, sourceUrl: string | null, summary: string, runtime: string, learningObjectives: Array<string>, hintCount: number, files: Array<{ path: string, content: string, editable: boolean }>, limits: { cpuSeconds: number, wallSeconds: number, memoryMb: number } }, files: Array<{ path: string, content: string, editable: boolean }>, hints: Array<{ level: number, text: string }>, runs: Array<{ id: string, suite: string, status: RunStatus, passed: number, failed: number, total: number, redacted: boolean, durationMs: number, stdout: string, stderr: string, createdAt: string, tests: Array<{ name: string, status: TestStatus, message: string | null, output: string | null, durationMs: number | null }>, limitHit: { kind: string, limit: number, unit: string, message: string } | null }>, submission: { id: string, score: number | null, reviewRequired: boolean, hiddenPassed: number, hiddenTotal: number, createdAt: string, breakdown: { correctness: number, timeFactor: number, hintPenalty: number, efficiency: number, total: number } | null } | null } };

export type RunTestsMutationVariables = Exact<{
  attemptId: string | number;
  files?: Array<FileInput> | FileInput | null | undefined;
}>;


export type RunTestsMutation = { runTests: { id: string, suite: string, status: RunStatus, passed: number, failed: number, total: number, redacted: boolean, durationMs: number, stdout: string, stderr: string, createdAt: string, tests: Array<{ name: string, status: TestStatus, message: string | null, output: string | null, durationMs: number | null }>, limitHit: { kind: string, limit: number, unit: string, message: string } | null } };

export type RevealHintMutationVariables = Exact<{
  attemptId: string | number;
}>;


export type RevealHintMutation = { revealHint: { level: number, text: string } };

export type SubmitMutationVariables = Exact<{
  attemptId: string | number;
  files?: Array<FileInput> | FileInput | null | undefined;
}>;


export type SubmitMutation = { submit: { id: string, score: number | null, reviewRequired: boolean, hiddenPassed: number, hiddenTotal: number, createdAt: string, breakdown: { correctness: number, timeFactor: number, hintPenalty: number, efficiency: number, total: number } | null } };

export type MyProgressQueryVariables = Exact<{ [key: string]: never; }>;


export type MyProgressQuery = { myProgress: { streakDays: number, longestStreakDays: number, solvedCount: number, attemptCount: number, mastery: Array<{ dimension: MasteryDimension, key: string, level: number, solved: number }>, achievements: Array<{ code: string, title: string, description: string, earnedAt: string }> } };

export type MyAttemptsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyAttemptsQuery = { myAttempts: { nodes: Array<{ id: string, status: AttemptStatus, startedAt: string, submittedAt: string | null, challenge: { slug: string, title: string, language: string, difficulty: number }, submission: { score: number | null, reviewRequired: boolean } | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type AttemptQueryVariables = Exact<{
  id: string | number;
}>;


export type AttemptQuery = { attempt: { id: string, status: AttemptStatus, startedAt: string, updatedAt: string, submittedAt: string | null, challenge: { slug: string, title: string, language: string, framework: string, difficulty: number, bugTypes: Array<string>, tags: Array<string>, estimatedMinutes: number, sourceKind: SourceKind, sourceUrl: string | null, summary: string, runtime: string, learningObjectives: Array<string>, hintCount: number, files: Array<{ path: string, content: string, editable: boolean }>, limits: { cpuSeconds: number, wallSeconds: number, memoryMb: number } }, files: Array<{ path: string, content: string, editable: boolean }>, hints: Array<{ level: number, text: string }>, runs: Array<{ id: string, suite: string, status: RunStatus, passed: number, failed: number, total: number, redacted: boolean, durationMs: number, stdout: string, stderr: string, createdAt: string, tests: Array<{ name: string, status: TestStatus, message: string | null, output: string | null, durationMs: number | null }>, limitHit: { kind: string, limit: number, unit: string, message: string } | null }>, submission: { id: string, score: number | null, reviewRequired: boolean, hiddenPassed: number, hiddenTotal: number, createdAt: string, breakdown: { correctness: number, timeFactor: number, hintPenalty: number, efficiency: number, total: number } | null } | null } };

export type CandidateSessionFieldsFragment = { id: string, phase: SessionPhase, companyName: string, assessmentTitle: string, instructions: string, hintsAllowed: boolean, timeLimitSeconds: number, startedAt: string | null, deadline: string | null, challenges: Array<{ position: number, attemptId: string, slug: string, title: string, language: string }> };

export type CandidateInviteQueryVariables = Exact<{
  token: string;
}>;


export type CandidateInviteQuery = { candidateInvite: { companyName: string, assessmentTitle: string, instructions: string, candidateName: string | null, timeLimitMinutes: number, challengeCount: number, hintsAllowed: boolean, status: CandidateStatus } };

export type OpenCandidateSessionMutationVariables = Exact<{
  token: string;
}>;


export type OpenCandidateSessionMutation = { openCandidateSession: { token: string, session: { id: string, phase: SessionPhase, companyName: string, assessmentTitle: string, instructions: string, hintsAllowed: boolean, timeLimitSeconds: number, startedAt: string | null, deadline: string | null, challenges: Array<{ position: number, attemptId: string, slug: string, title: string, language: string }> } } };

export type CandidateSessionQueryVariables = Exact<{ [key: string]: never; }>;


export type CandidateSessionQuery = { candidateSession: { id: string, phase: SessionPhase, companyName: string, assessmentTitle: string, instructions: string, hintsAllowed: boolean, timeLimitSeconds: number, startedAt: string | null, deadline: string | null, challenges: Array<{ position: number, attemptId: string, slug: string, title: string, language: string }> } };

export type SessionStateChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type SessionStateChangedSubscription = { sessionStateChanged: { id: string, phase: SessionPhase, companyName: string, assessmentTitle: string, instructions: string, hintsAllowed: boolean, timeLimitSeconds: number, startedAt: string | null, deadline: string | null, challenges: Array<{ position: number, attemptId: string, slug: string, title: string, language: string }> } };

export type BeginAssessmentMutationVariables = Exact<{
  consent: boolean;
}>;


export type BeginAssessmentMutation = { beginAssessment: { id: string, phase: SessionPhase, companyName: string, assessmentTitle: string, instructions: string, hintsAllowed: boolean, timeLimitSeconds: number, startedAt: string | null, deadline: string | null, challenges: Array<{ position: number, attemptId: string, slug: string, title: string, language: string }> } };

export type RecordIntegrityMutationVariables = Exact<{
  pastes: number;
  focusLosses: number;
}>;


export type RecordIntegrityMutation = { recordIntegrity: boolean };

export type SubmitAssessmentMutationVariables = Exact<{ [key: string]: never; }>;


export type SubmitAssessmentMutation = { submitAssessment: { id: string, phase: SessionPhase, companyName: string, assessmentTitle: string, instructions: string, hintsAllowed: boolean, timeLimitSeconds: number, startedAt: string | null, deadline: string | null, challenges: Array<{ position: number, attemptId: string, slug: string, title: string, language: string }> } };

export type CompetitionSummaryFieldsFragment = { id: string, title: string, kind: CompetitionKind, phase: CompetitionPhase, startsAt: string, endsAt: string, entrants: number, registered: boolean };

export type LeaderboardEntryFieldsFragment = { rank: number, userId: string, displayName: string, points: number, lastImprovementMs: number | null };

export type CompetitionsQueryVariables = Exact<{
  when: CompetitionWhen;
}>;


export type CompetitionsQuery = { competitions: Array<{ id: string, title: string, kind: CompetitionKind, phase: CompetitionPhase, startsAt: string, endsAt: string, entrants: number, registered: boolean }> };

export type CompetitionQueryVariables = Exact<{
  id: string | number;
}>;


export type CompetitionQuery = { competition: { description: string, registrationOpensAt: string, freezeMinutes: number, failedSubmitPenalty: number, pausedAt: string | null, consentNotice: string | null, id: string, title: string, kind: CompetitionKind, phase: CompetitionPhase, startsAt: string, endsAt: string, entrants: number, registered: boolean, challenges: Array<{ position: number, challengeId: string, slug: string, title: string, language: string, difficulty: number, maxPoints: number, solved: boolean }> } };

export type LeaderboardQueryVariables = Exact<{
  id: string | number;
}>;


export type LeaderboardQuery = { leaderboard: { frozen: boolean, total: number, entries: Array<{ rank: number, userId: string, displayName: string, points: number, lastImprovementMs: number | null }> } };

export type LeaderboardAroundMeQueryVariables = Exact<{
  id: string | number;
}>;


export type LeaderboardAroundMeQuery = { leaderboardAroundMe: { frozen: boolean, total: number, entries: Array<{ rank: number, userId: string, displayName: string, points: number, lastImprovementMs: number | null }> } };

export type LeaderboardChangedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type LeaderboardChangedSubscription = { leaderboardChanged: { phase: CompetitionPhase, frozen: boolean, changed: Array<string>, top: Array<{ rank: number, userId: string, displayName: string, points: number, lastImprovementMs: number | null }> } };

export type RegisterForCompetitionMutationVariables = Exact<{
  id: string | number;
  consent: boolean;
}>;


export type RegisterForCompetitionMutation = { registerForCompetition: { id: string, registered: boolean, entrants: number } };

export type StartCompetitionAttemptMutationVariables = Exact<{
  slug: string;
}>;


export type StartCompetitionAttemptMutation = { startAttempt: { id: string } };

export type SubmitCompetitionAttemptMutationVariables = Exact<{
  id: string | number;
  attemptId: string | number;
}>;


export type SubmitCompetitionAttemptMutation = { submitCompetitionAttempt: { correctnessPermille: number, counts: boolean, points: number } };

export type MyRatingQueryVariables = Exact<{ [key: string]: never; }>;


export type MyRatingQuery = { myRating: { rating: number, contests: number, history: Array<{ competitionId: string, competitionTitle: string, rank: number, ratingBefore: number, ratingAfter: number }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const UserFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserFields on User {
  id
  email
  displayName
}
    `, {"fragmentName":"UserFields"}) as unknown as TypedDocumentString<UserFieldsFragment, unknown>;
export const AuthFieldsFragmentDoc = new TypedDocumentString(`
    fragment AuthFields on AuthPayload {
  accessToken
  accessTokenExpiresAt
  refreshToken
  user {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  email
  displayName
}`, {"fragmentName":"AuthFields"}) as unknown as TypedDocumentString<AuthFieldsFragment, unknown>;
export const ChallengeSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment ChallengeSummaryFields on ChallengeSummary {
  slug
  title
  language
  framework
  difficulty
  bugTypes
  tags
  estimatedMinutes
  sourceKind
  sourceUrl
}
    `, {"fragmentName":"ChallengeSummaryFields"}) as unknown as TypedDocumentString<ChallengeSummaryFieldsFragment, unknown>;
export const ChallengeDetailFieldsFragmentDoc = new TypedDocumentString(`
    fragment ChallengeDetailFields on ChallengeDetail {
  slug
  title
  language
  framework
  difficulty
  bugTypes
  tags
  estimatedMinutes
  sourceKind
  sourceUrl
  summary
  runtime
  learningObjectives
  hintCount
  files {
    path
    content
    editable
  }
  limits {
    cpuSeconds
    wallSeconds
    memoryMb
  }
}
    `, {"fragmentName":"ChallengeDetailFields"}) as unknown as TypedDocumentString<ChallengeDetailFieldsFragment, unknown>;
export const RunFieldsFragmentDoc = new TypedDocumentString(`
    fragment RunFields on Run {
  id
  suite
  status
  passed
  failed
  total
  redacted
  durationMs
  stdout
  stderr
  createdAt
  tests {
    name
    status
    message
    output
    durationMs
  }
  limitHit {
    kind
    limit
    unit
    message
  }
}
    `, {"fragmentName":"RunFields"}) as unknown as TypedDocumentString<RunFieldsFragment, unknown>;
export const SubmissionFieldsFragmentDoc = new TypedDocumentString(`
    fragment SubmissionFields on Submission {
  id
  score
  reviewRequired
  hiddenPassed
  hiddenTotal
  createdAt
  breakdown {
    correctness
    timeFactor
    hintPenalty
    efficiency
    total
  }
}
    `, {"fragmentName":"SubmissionFields"}) as unknown as TypedDocumentString<SubmissionFieldsFragment, unknown>;
export const AttemptFieldsFragmentDoc = new TypedDocumentString(`
    fragment AttemptFields on Attempt {
  id
  status
  startedAt
  updatedAt
  submittedAt
  challenge {
    ...ChallengeDetailFields
  }
  files {
    path
    content
    editable
  }
  hints {
    level
    text
  }
  runs {
    ...RunFields
  }
  submission {
    ...SubmissionFields
  }
}
    fragment RunFields on Run {
  id
  suite
  status
  passed
  failed
  total
  redacted
  durationMs
  stdout
  stderr
  createdAt
  tests {
    name
    status
    message
    output
    durationMs
  }
  limitHit {
    kind
    limit
    unit
    message
  }
}
fragment SubmissionFields on Submission {
  id
  score
  reviewRequired
  hiddenPassed
  hiddenTotal
  createdAt
  breakdown {
    correctness
    timeFactor
    hintPenalty
    efficiency
    total
  }
}
fragment ChallengeDetailFields on ChallengeDetail {
  slug
  title
  language
  framework
  difficulty
  bugTypes
  tags
  estimatedMinutes
  sourceKind
  sourceUrl
  summary
  runtime
  learningObjectives
  hintCount
  files {
    path
    content
    editable
  }
  limits {
    cpuSeconds
    wallSeconds
    memoryMb
  }
}`, {"fragmentName":"AttemptFields"}) as unknown as TypedDocumentString<AttemptFieldsFragment, unknown>;
export const MailSentFieldsFragmentDoc = new TypedDocumentString(`
    fragment MailSentFields on AccountMailSent {
  email
  message
}
    `, {"fragmentName":"MailSentFields"}) as unknown as TypedDocumentString<MailSentFieldsFragment, unknown>;
export const CandidateSessionFieldsFragmentDoc = new TypedDocumentString(`
    fragment CandidateSessionFields on CandidateSession {
  id
  phase
  companyName
  assessmentTitle
  instructions
  hintsAllowed
  timeLimitSeconds
  startedAt
  deadline
  challenges {
    position
    attemptId
    slug
    title
    language
  }
}
    `, {"fragmentName":"CandidateSessionFields"}) as unknown as TypedDocumentString<CandidateSessionFieldsFragment, unknown>;
export const CompetitionSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment CompetitionSummaryFields on Competition {
  id
  title
  kind
  phase
  startsAt
  endsAt
  entrants
  registered
}
    `, {"fragmentName":"CompetitionSummaryFields"}) as unknown as TypedDocumentString<CompetitionSummaryFieldsFragment, unknown>;
export const LeaderboardEntryFieldsFragmentDoc = new TypedDocumentString(`
    fragment LeaderboardEntryFields on LeaderboardEntry {
  rank
  userId
  displayName
  points
  lastImprovementMs
}
    `, {"fragmentName":"LeaderboardEntryFields"}) as unknown as TypedDocumentString<LeaderboardEntryFieldsFragment, unknown>;
export const RefreshDocument = new TypedDocumentString(`
    mutation Refresh($refreshToken: String!) {
  refresh(refreshToken: $refreshToken) {
    ...AuthFields
  }
}
    fragment UserFields on User {
  id
  email
  displayName
}
fragment AuthFields on AuthPayload {
  accessToken
  accessTokenExpiresAt
  refreshToken
  user {
    ...UserFields
  }
}`) as unknown as TypedDocumentString<RefreshMutation, RefreshMutationVariables>;
export const LogOutDocument = new TypedDocumentString(`
    mutation LogOut($refreshToken: String!) {
  logOut(refreshToken: $refreshToken)
}
    `) as unknown as TypedDocumentString<LogOutMutation, LogOutMutationVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) {
    ...MailSentFields
  }
}
    fragment MailSentFields on AccountMailSent {
  email
  message
}`) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const VerifyEmailDocument = new TypedDocumentString(`
    mutation VerifyEmail($token: String!) {
  verifyEmail(token: $token) {
    ...AuthFields
  }
}
    fragment UserFields on User {
  id
  email
  displayName
}
fragment AuthFields on AuthPayload {
  accessToken
  accessTokenExpiresAt
  refreshToken
  user {
    ...UserFields
  }
}`) as unknown as TypedDocumentString<VerifyEmailMutation, VerifyEmailMutationVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email, app: LEARNER) {
    ...MailSentFields
  }
}
    fragment MailSentFields on AccountMailSent {
  email
  message
}`) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($input: ResetPasswordInput!) {
  resetPassword(input: $input) {
    ...AuthFields
  }
}
    fragment UserFields on User {
  id
  email
  displayName
}
fragment AuthFields on AuthPayload {
  accessToken
  accessTokenExpiresAt
  refreshToken
  user {
    ...UserFields
  }
}`) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input) {
    ...AuthFields
  }
}
    fragment UserFields on User {
  id
  email
  displayName
}
fragment AuthFields on AuthPayload {
  accessToken
  accessTokenExpiresAt
  refreshToken
  user {
    ...UserFields
  }
}`) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const UpdateProfileDocument = new TypedDocumentString(`
    mutation UpdateProfile($displayName: String!) {
  updateProfile(displayName: $displayName) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  email
  displayName
}`) as unknown as TypedDocumentString<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const RequestEmailChangeDocument = new TypedDocumentString(`
    mutation RequestEmailChange($input: ChangeEmailInput!) {
  requestEmailChange(input: $input, app: LEARNER) {
    ...MailSentFields
  }
}
    fragment MailSentFields on AccountMailSent {
  email
  message
}`) as unknown as TypedDocumentString<RequestEmailChangeMutation, RequestEmailChangeMutationVariables>;
export const DevInboxDocument = new TypedDocumentString(`
    query DevInbox($email: String!) {
  devInbox(email: $email) {
    to
    subject
    text
    links
    createdAt
  }
}
    `) as unknown as TypedDocumentString<DevInboxQuery, DevInboxQueryVariables>;
export const LogInDocument = new TypedDocumentString(`
    mutation LogIn($input: LogInInput!) {
  logIn(input: $input) {
    ...AuthFields
  }
}
    fragment UserFields on User {
  id
  email
  displayName
}
fragment AuthFields on AuthPayload {
  accessToken
  accessTokenExpiresAt
  refreshToken
  user {
    ...UserFields
  }
}`) as unknown as TypedDocumentString<LogInMutation, LogInMutationVariables>;
export const ChallengesDocument = new TypedDocumentString(`
    query Challenges($filter: ChallengeFilter, $first: Int, $after: String, $orderBy: ChallengeOrder) {
  challenges(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
    nodes {
      ...ChallengeSummaryFields
    }
    pageInfo {
      endCursor
      hasNextPage
    }
    totalCount
  }
}
    fragment ChallengeSummaryFields on ChallengeSummary {
  slug
  title
  language
  framework
  difficulty
  bugTypes
  tags
  estimatedMinutes
  sourceKind
  sourceUrl
}`) as unknown as TypedDocumentString<ChallengesQuery, ChallengesQueryVariables>;
export const StartAttemptDocument = new TypedDocumentString(`
    mutation StartAttempt($slug: String!) {
  startAttempt(slug: $slug) {
    ...AttemptFields
  }
}
    fragment RunFields on Run {
  id
  suite
  status
  passed
  failed
  total
  redacted
  durationMs
  stdout
  stderr
  createdAt
  tests {
    name
    status
    message
    output
    durationMs
  }
  limitHit {
    kind
    limit
    unit
    message
  }
}
fragment SubmissionFields on Submission {
  id
  score
  reviewRequired
  hiddenPassed
  hiddenTotal
  createdAt
  breakdown {
    correctness
    timeFactor
    hintPenalty
    efficiency
    total
  }
}
fragment ChallengeDetailFields on ChallengeDetail {
  slug
  title
  language
  framework
  difficulty
  bugTypes
  tags
  estimatedMinutes
  sourceKind
  sourceUrl
  summary
  runtime
  learningObjectives
  hintCount
  files {
    path
    content
    editable
  }
  limits {
    cpuSeconds
    wallSeconds
    memoryMb
  }
}
fragment AttemptFields on Attempt {
  id
  status
  startedAt
  updatedAt
  submittedAt
  challenge {
    ...ChallengeDetailFields
  }
  files {
    path
    content
    editable
  }
  hints {
    level
    text
  }
  runs {
    ...RunFields
  }
  submission {
    ...SubmissionFields
  }
}`) as unknown as TypedDocumentString<StartAttemptMutation, StartAttemptMutationVariables>;
export const SaveFilesDocument = new TypedDocumentString(`
    mutation SaveFiles($attemptId: ID!, $files: [FileInput!]!) {
  saveFiles(attemptId: $attemptId, files: $files) {
    id
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<SaveFilesMutation, SaveFilesMutationVariables>;
export const ResetAttemptDocument = new TypedDocumentString(`
    mutation ResetAttempt($attemptId: ID!) {
  resetAttempt(attemptId: $attemptId) {
    ...AttemptFields
  }
}
    fragment RunFields on Run {
  id
  suite
  status
  passed
  failed
  total
  redacted
  durationMs
  stdout
  stderr
  createdAt
  tests {
    name
    status
    message
    output
    durationMs
  }
  limitHit {
    kind
    limit
    unit
    message
  }
}
fragment SubmissionFields on Submission {
  id
  score
  reviewRequired
  hiddenPassed
  hiddenTotal
  createdAt
  breakdown {
    correctness
    timeFactor
    hintPenalty
    efficiency
    total
  }
}
fragment ChallengeDetailFields on ChallengeDetail {
  slug
  title
  language
  framework
  difficulty
  bugTypes
  tags
  estimatedMinutes
  sourceKind
  sourceUrl
  summary
  runtime
  learningObjectives
  hintCount
  files {
    path
    content
    editable
  }
  limits {
    cpuSeconds
    wallSeconds
    memoryMb
  }
}
fragment AttemptFields on Attempt {
  id
  status
  startedAt
  updatedAt
  submittedAt
  challenge {
    ...ChallengeDetailFields
  }
  files {
    path
    content
    editable
  }
  hints {
    level
    text
  }
  runs {
    ...RunFields
  }
  submission {
    ...SubmissionFields
  }
}`) as unknown as TypedDocumentString<ResetAttemptMutation, ResetAttemptMutationVariables>;
export const RunTestsDocument = new TypedDocumentString(`
    mutation RunTests($attemptId: ID!, $files: [FileInput!]) {
  runTests(attemptId: $attemptId, files: $files) {
    ...RunFields
  }
}
    fragment RunFields on Run {
  id
  suite
  status
  passed
  failed
  total
  redacted
  durationMs
  stdout
  stderr
  createdAt
  tests {
    name
    status
    message
    output
    durationMs
  }
  limitHit {
    kind
    limit
    unit
    message
  }
}`) as unknown as TypedDocumentString<RunTestsMutation, RunTestsMutationVariables>;
export const RevealHintDocument = new TypedDocumentString(`
    mutation RevealHint($attemptId: ID!) {
  revealHint(attemptId: $attemptId) {
    level
    text
  }
}
    `) as unknown as TypedDocumentString<RevealHintMutation, RevealHintMutationVariables>;
export const SubmitDocument = new TypedDocumentString(`
    mutation Submit($attemptId: ID!, $files: [FileInput!]) {
  submit(attemptId: $attemptId, files: $files) {
    ...SubmissionFields
  }
}
    fragment SubmissionFields on Submission {
  id
  score
  reviewRequired
  hiddenPassed
  hiddenTotal
  createdAt
  breakdown {
    correctness
    timeFactor
    hintPenalty
    efficiency
    total
  }
}`) as unknown as TypedDocumentString<SubmitMutation, SubmitMutationVariables>;
export const MyProgressDocument = new TypedDocumentString(`
    query MyProgress {
  myProgress {
    streakDays
    longestStreakDays
    solvedCount
    attemptCount
    mastery {
      dimension
      key
      level
      solved
    }
    achievements {
      code
      title
      description
      earnedAt
    }
  }
}
    `) as unknown as TypedDocumentString<MyProgressQuery, MyProgressQueryVariables>;
export const MyAttemptsDocument = new TypedDocumentString(`
    query MyAttempts($first: Int, $after: String) {
  myAttempts(first: $first, after: $after) {
    nodes {
      id
      status
      startedAt
      submittedAt
      challenge {
        slug
        title
        language
        difficulty
      }
      submission {
        score
        reviewRequired
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<MyAttemptsQuery, MyAttemptsQueryVariables>;
export const AttemptDocument = new TypedDocumentString(`
    query Attempt($id: ID!) {
  attempt(id: $id) {
    ...AttemptFields
  }
}
    fragment RunFields on Run {
  id
  suite
  status
  passed
  failed
  total
  redacted
  durationMs
  stdout
  stderr
  createdAt
  tests {
    name
    status
    message
    output
    durationMs
  }
  limitHit {
    kind
    limit
    unit
    message
  }
}
fragment SubmissionFields on Submission {
  id
  score
  reviewRequired
  hiddenPassed
  hiddenTotal
  createdAt
  breakdown {
    correctness
    timeFactor
    hintPenalty
    efficiency
    total
  }
}
fragment ChallengeDetailFields on ChallengeDetail {
  slug
  title
  language
  framework
  difficulty
  bugTypes
  tags
  estimatedMinutes
  sourceKind
  sourceUrl
  summary
  runtime
  learningObjectives
  hintCount
  files {
    path
    content
    editable
  }
  limits {
    cpuSeconds
    wallSeconds
    memoryMb
  }
}
fragment AttemptFields on Attempt {
  id
  status
  startedAt
  updatedAt
  submittedAt
  challenge {
    ...ChallengeDetailFields
  }
  files {
    path
    content
    editable
  }
  hints {
    level
    text
  }
  runs {
    ...RunFields
  }
  submission {
    ...SubmissionFields
  }
}`) as unknown as TypedDocumentString<AttemptQuery, AttemptQueryVariables>;
export const CandidateInviteDocument = new TypedDocumentString(`
    query CandidateInvite($token: String!) {
  candidateInvite(token: $token) {
    companyName
    assessmentTitle
    instructions
    candidateName
    timeLimitMinutes
    challengeCount
    hintsAllowed
    status
  }
}
    `) as unknown as TypedDocumentString<CandidateInviteQuery, CandidateInviteQueryVariables>;
export const OpenCandidateSessionDocument = new TypedDocumentString(`
    mutation OpenCandidateSession($token: String!) {
  openCandidateSession(token: $token) {
    token
    session {
      ...CandidateSessionFields
    }
  }
}
    fragment CandidateSessionFields on CandidateSession {
  id
  phase
  companyName
  assessmentTitle
  instructions
  hintsAllowed
  timeLimitSeconds
  startedAt
  deadline
  challenges {
    position
    attemptId
    slug
    title
    language
  }
}`) as unknown as TypedDocumentString<OpenCandidateSessionMutation, OpenCandidateSessionMutationVariables>;
export const CandidateSessionDocument = new TypedDocumentString(`
    query CandidateSession {
  candidateSession {
    ...CandidateSessionFields
  }
}
    fragment CandidateSessionFields on CandidateSession {
  id
  phase
  companyName
  assessmentTitle
  instructions
  hintsAllowed
  timeLimitSeconds
  startedAt
  deadline
  challenges {
    position
    attemptId
    slug
    title
    language
  }
}`) as unknown as TypedDocumentString<CandidateSessionQuery, CandidateSessionQueryVariables>;
export const SessionStateChangedDocument = new TypedDocumentString(`
    subscription SessionStateChanged {
  sessionStateChanged {
    ...CandidateSessionFields
  }
}
    fragment CandidateSessionFields on CandidateSession {
  id
  phase
  companyName
  assessmentTitle
  instructions
  hintsAllowed
  timeLimitSeconds
  startedAt
  deadline
  challenges {
    position
    attemptId
    slug
    title
    language
  }
}`) as unknown as TypedDocumentString<SessionStateChangedSubscription, SessionStateChangedSubscriptionVariables>;
export const BeginAssessmentDocument = new TypedDocumentString(`
    mutation BeginAssessment($consent: Boolean!) {
  beginAssessment(consent: $consent) {
    ...CandidateSessionFields
  }
}
    fragment CandidateSessionFields on CandidateSession {
  id
  phase
  companyName
  assessmentTitle
  instructions
  hintsAllowed
  timeLimitSeconds
  startedAt
  deadline
  challenges {
    position
    attemptId
    slug
    title
    language
  }
}`) as unknown as TypedDocumentString<BeginAssessmentMutation, BeginAssessmentMutationVariables>;
export const RecordIntegrityDocument = new TypedDocumentString(`
    mutation RecordIntegrity($pastes: Int!, $focusLosses: Int!) {
  recordIntegrity(pastes: $pastes, focusLosses: $focusLosses)
}
    `) as unknown as TypedDocumentString<RecordIntegrityMutation, RecordIntegrityMutationVariables>;
export const SubmitAssessmentDocument = new TypedDocumentString(`
    mutation SubmitAssessment {
  submitAssessment {
    ...CandidateSessionFields
  }
}
    fragment CandidateSessionFields on CandidateSession {
  id
  phase
  companyName
  assessmentTitle
  instructions
  hintsAllowed
  timeLimitSeconds
  startedAt
  deadline
  challenges {
    position
    attemptId
    slug
    title
    language
  }
}`) as unknown as TypedDocumentString<SubmitAssessmentMutation, SubmitAssessmentMutationVariables>;
export const CompetitionsDocument = new TypedDocumentString(`
    query Competitions($when: CompetitionWhen!) {
  competitions(when: $when) {
    ...CompetitionSummaryFields
  }
}
    fragment CompetitionSummaryFields on Competition {
  id
  title
  kind
  phase
  startsAt
  endsAt
  entrants
  registered
}`) as unknown as TypedDocumentString<CompetitionsQuery, CompetitionsQueryVariables>;
export const CompetitionDocument = new TypedDocumentString(`
    query Competition($id: ID!) {
  competition(id: $id) {
    ...CompetitionSummaryFields
    description
    registrationOpensAt
    freezeMinutes
    failedSubmitPenalty
    pausedAt
    consentNotice
    challenges {
      position
      challengeId
      slug
      title
      language
      difficulty
      maxPoints
      solved
    }
  }
}
    fragment CompetitionSummaryFields on Competition {
  id
  title
  kind
  phase
  startsAt
  endsAt
  entrants
  registered
}`) as unknown as TypedDocumentString<CompetitionQuery, CompetitionQueryVariables>;
export const LeaderboardDocument = new TypedDocumentString(`
    query Leaderboard($id: ID!) {
  leaderboard(competitionId: $id, first: 10) {
    frozen
    total
    entries {
      ...LeaderboardEntryFields
    }
  }
}
    fragment LeaderboardEntryFields on LeaderboardEntry {
  rank
  userId
  displayName
  points
  lastImprovementMs
}`) as unknown as TypedDocumentString<LeaderboardQuery, LeaderboardQueryVariables>;
export const LeaderboardAroundMeDocument = new TypedDocumentString(`
    query LeaderboardAroundMe($id: ID!) {
  leaderboardAroundMe(competitionId: $id, radius: 2) {
    frozen
    total
    entries {
      ...LeaderboardEntryFields
    }
  }
}
    fragment LeaderboardEntryFields on LeaderboardEntry {
  rank
  userId
  displayName
  points
  lastImprovementMs
}`) as unknown as TypedDocumentString<LeaderboardAroundMeQuery, LeaderboardAroundMeQueryVariables>;
export const LeaderboardChangedDocument = new TypedDocumentString(`
    subscription LeaderboardChanged($id: ID!) {
  leaderboardChanged(competitionId: $id) {
    phase
    frozen
    changed
    top {
      ...LeaderboardEntryFields
    }
  }
}
    fragment LeaderboardEntryFields on LeaderboardEntry {
  rank
  userId
  displayName
  points
  lastImprovementMs
}`) as unknown as TypedDocumentString<LeaderboardChangedSubscription, LeaderboardChangedSubscriptionVariables>;
export const RegisterForCompetitionDocument = new TypedDocumentString(`
    mutation RegisterForCompetition($id: ID!, $consent: Boolean!) {
  registerForCompetition(competitionId: $id, consent: $consent) {
    id
    registered
    entrants
  }
}
    `) as unknown as TypedDocumentString<RegisterForCompetitionMutation, RegisterForCompetitionMutationVariables>;
export const StartCompetitionAttemptDocument = new TypedDocumentString(`
    mutation StartCompetitionAttempt($slug: String!) {
  startAttempt(slug: $slug) {
    id
  }
}
    `) as unknown as TypedDocumentString<StartCompetitionAttemptMutation, StartCompetitionAttemptMutationVariables>;
export const SubmitCompetitionAttemptDocument = new TypedDocumentString(`
    mutation SubmitCompetitionAttempt($id: ID!, $attemptId: ID!) {
  submitCompetitionAttempt(competitionId: $id, attemptId: $attemptId) {
    correctnessPermille
    counts
    points
  }
}
    `) as unknown as TypedDocumentString<SubmitCompetitionAttemptMutation, SubmitCompetitionAttemptMutationVariables>;
export const MyRatingDocument = new TypedDocumentString(`
    query MyRating {
  myRating {
    rating
    contests
    history {
      competitionId
      competitionTitle
      rank
      ratingBefore
      ratingAfter
    }
  }
}
    `) as unknown as TypedDocumentString<MyRatingQuery, MyRatingQueryVariables>;