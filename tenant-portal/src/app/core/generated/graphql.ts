/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AcceptTeamInviteInput = {
  /** Needed when no account exists yet. */
  displayName?: string | null | undefined;
  password: string;
  token: string;
};

export type ApiKeyInput = {
  name: string;
  /** assessments:read, candidates:write, results:read, webhooks:manage, ats:greenhouse, ats:lever, ats:workday */
  scopes: Array<string>;
};

export type AssessmentInput = {
  /** 1 to 10 slugs, in order: catalog or your own. */
  challengeSlugs: Array<string>;
  /** 0 to 50 points per hint. */
  hintPenalty: number;
  hintsAllowed: boolean;
  instructions: string;
  /** 1 to 600. */
  timeLimitMinutes: number;
  title: string;
};

export type AssessmentStatus =
  | 'archived'
  | 'draft'
  | 'published';

export type CandidateInput = {
  email: string;
  /** 0 to 300. */
  extraTimePercent?: number;
  name?: string | null | undefined;
};

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

export type CompanySignUpInput = {
  companyName: string;
  /** The owner's name. */
  displayName: string;
  email: string;
  /** At least 10 characters. */
  password: string;
};

export type CompetitionPhase =
  | 'CANCELLED'
  | 'ENDED'
  | 'FINAL'
  | 'FROZEN'
  | 'LIVE'
  | 'REGISTRATION'
  | 'SCHEDULED';

export type CompetitionScheduleInput = {
  /** Challenge slugs, in order (1 to 20): catalog ones, or your company’s private challenges. */
  challengeSlugs: Array<string>;
  description?: string | null | undefined;
  endsAt: string;
  failedSubmitPenalty?: number;
  freezeMinutes?: number;
  registrationOpensAt: string;
  startsAt: string;
  title: string;
};

export type EmbedKeyInput = {
  /** Exact origins, e.g. https://careers.example.com. */
  allowedOrigins: Array<string>;
  /** 1 to 10 challenge slugs the key may show. */
  challengeSlugs: Array<string>;
  name: string;
};

export type IntegrityVerdict =
  | 'CLEAN'
  | 'FLAGGED'
  | 'TAMPERED';

export type LogInInput = {
  email: string;
  password: string;
};

export type ResetPasswordInput = {
  /** At least 10 characters. */
  password: string;
  /** From the reset link. */
  token: string;
};

/** ACCEPT releases the computed score; REJECT counts the challenge as 0. */
export type ReviewDecision =
  | 'ACCEPT'
  | 'REJECT';

export type ReviewStatus =
  | 'ACCEPTED'
  | 'NOT_NEEDED'
  | 'PENDING'
  | 'REJECTED';

export type SourceKind =
  | 'GITHUB'
  | 'SYNTHETIC';

export type TeamInviteStatus =
  | 'accepted'
  | 'expired'
  | 'pending'
  | 'revoked';

export type TenantRole =
  | 'admin'
  | 'hiring_manager'
  | 'owner'
  | 'recruiter'
  | 'viewer';

export type WebhookEndpointInput = {
  description?: string | null | undefined;
  events: Array<string>;
  url: string;
};

export type HiringCompetitionFieldsFragment = { id: string, title: string, description: string, registrationOpensAt: string, startsAt: string, endsAt: string, freezeMinutes: number, failedSubmitPenalty: number, phase: CompetitionPhase, entrants: number, pausedAt: string | null, assessmentId: string | null, challenges: Array<{ position: number, slug: string, title: string, maxPoints: number }> };

export type HiringCompetitionsQueryVariables = Exact<{ [key: string]: never; }>;


export type HiringCompetitionsQuery = { hiringCompetitions: Array<{ id: string, title: string, description: string, registrationOpensAt: string, startsAt: string, endsAt: string, freezeMinutes: number, failedSubmitPenalty: number, phase: CompetitionPhase, entrants: number, pausedAt: string | null, assessmentId: string | null, challenges: Array<{ position: number, slug: string, title: string, maxPoints: number }> }>, challenges: { nodes: Array<{ slug: string, title: string, language: string, difficulty: number }> } };

export type CreateHiringCompetitionMutationVariables = Exact<{
  input: CompetitionScheduleInput;
}>;


export type CreateHiringCompetitionMutation = { createHiringCompetition: { id: string } };

export type HiringCompetitionQueryVariables = Exact<{
  id: string | number;
}>;


export type HiringCompetitionQuery = { competition: { id: string, title: string, description: string, registrationOpensAt: string, startsAt: string, endsAt: string, freezeMinutes: number, failedSubmitPenalty: number, phase: CompetitionPhase, entrants: number, pausedAt: string | null, assessmentId: string | null, challenges: Array<{ position: number, slug: string, title: string, maxPoints: number }> }, leaderboard: { total: number, entries: Array<{ rank: number, userId: string, displayName: string, points: number }> } };

export type CompetitionPipelineQueryVariables = Exact<{
  assessmentId: string | number;
}>;


export type CompetitionPipelineQuery = { candidates: Array<{ id: string, email: string, name: string | null, competition: { rank: number | null, points: number, solved: number, challenges: number, integrity: { clean: number, flagged: number, tampered: number, reviewPending: number } } | null }> };

export type FinalistAssessmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type FinalistAssessmentsQuery = { assessments: Array<{ id: string, title: string, status: AssessmentStatus, kind: string }> };

export type PauseHiringCompetitionMutationVariables = Exact<{
  id: string | number;
}>;


export type PauseHiringCompetitionMutation = { pauseHiringCompetition: { id: string } };

export type ResumeHiringCompetitionMutationVariables = Exact<{
  id: string | number;
}>;


export type ResumeHiringCompetitionMutation = { resumeHiringCompetition: { id: string } };

export type ExtendHiringCompetitionMutationVariables = Exact<{
  id: string | number;
  minutes: number;
}>;


export type ExtendHiringCompetitionMutation = { extendHiringCompetition: { id: string } };

export type CancelHiringCompetitionMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelHiringCompetitionMutation = { cancelHiringCompetition: { id: string } };

export type InviteCompetitionFinalistsMutationVariables = Exact<{
  competitionId: string | number;
  assessmentId: string | number;
  top: number;
}>;


export type InviteCompetitionFinalistsMutation = { inviteCompetitionFinalists: { invited: Array<{ email: string, name: string | null }>, errors: Array<{ email: string, message: string }> } };

export type AssessmentFieldsFragment = { id: string, title: string, instructions: string, timeLimitMinutes: number, hintsAllowed: boolean, hintPenalty: number, status: AssessmentStatus, kind: string, candidateCount: number, createdAt: string, updatedAt: string, challenges: Array<{ position: number, slug: string, title: string, language: string, difficulty: number, estimatedMinutes: number, private: boolean }> };

export type PipelineRowFieldsFragment = { id: string, email: string, name: string | null, status: CandidateStatus, score: number | null, underReview: boolean, timeUsedSeconds: number | null, sentAt: string, startedAt: string | null, submittedAt: string | null, extraTimePercent: number, sendCount: number, competition: { rank: number | null, points: number, solved: number, challenges: number, integrity: { clean: number, flagged: number, tampered: number, reviewPending: number } } | null };

export type AssessmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type AssessmentsQuery = { assessments: Array<{ id: string, title: string, instructions: string, timeLimitMinutes: number, hintsAllowed: boolean, hintPenalty: number, status: AssessmentStatus, kind: string, candidateCount: number, createdAt: string, updatedAt: string, challenges: Array<{ position: number, slug: string, title: string, language: string, difficulty: number, estimatedMinutes: number, private: boolean }> }> };

export type AssessmentQueryVariables = Exact<{
  id: string | number;
}>;


export type AssessmentQuery = { assessment: { id: string, title: string, instructions: string, timeLimitMinutes: number, hintsAllowed: boolean, hintPenalty: number, status: AssessmentStatus, kind: string, candidateCount: number, createdAt: string, updatedAt: string, challenges: Array<{ position: number, slug: string, title: string, language: string, difficulty: number, estimatedMinutes: number, private: boolean }> } };

export type PublishAssessmentMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishAssessmentMutation = { publishAssessment: { id: string, title: string, instructions: string, timeLimitMinutes: number, hintsAllowed: boolean, hintPenalty: number, status: AssessmentStatus, kind: string, candidateCount: number, createdAt: string, updatedAt: string, challenges: Array<{ position: number, slug: string, title: string, language: string, difficulty: number, estimatedMinutes: number, private: boolean }> } };

export type ArchiveAssessmentMutationVariables = Exact<{
  id: string | number;
}>;


export type ArchiveAssessmentMutation = { archiveAssessment: { id: string, title: string, instructions: string, timeLimitMinutes: number, hintsAllowed: boolean, hintPenalty: number, status: AssessmentStatus, kind: string, candidateCount: number, createdAt: string, updatedAt: string, challenges: Array<{ position: number, slug: string, title: string, language: string, difficulty: number, estimatedMinutes: number, private: boolean }> } };

export type CreateAssessmentMutationVariables = Exact<{
  input: AssessmentInput;
}>;


export type CreateAssessmentMutation = { createAssessment: { id: string } };

export type UpdateAssessmentMutationVariables = Exact<{
  id: string | number;
  input: AssessmentInput;
}>;


export type UpdateAssessmentMutation = { updateAssessment: { id: string } };

export type AssessmentCatalogQueryVariables = Exact<{
  filter?: ChallengeFilter | null | undefined;
}>;


export type AssessmentCatalogQuery = { challenges: { nodes: Array<{ slug: string, title: string, language: string, difficulty: number, estimatedMinutes: number, bugTypes: Array<string> }> } };

export type ChallengeBriefQueryVariables = Exact<{
  slug: string;
}>;


export type ChallengeBriefQuery = { challenge: { summary: string } };

export type PipelineQueryVariables = Exact<{
  assessmentId: string | number;
}>;


export type PipelineQuery = { candidates: Array<{ id: string, email: string, name: string | null, status: CandidateStatus, score: number | null, underReview: boolean, timeUsedSeconds: number | null, sentAt: string, startedAt: string | null, submittedAt: string | null, extraTimePercent: number, sendCount: number, competition: { rank: number | null, points: number, solved: number, challenges: number, integrity: { clean: number, flagged: number, tampered: number, reviewPending: number } } | null }> };

export type ResendInviteMutationVariables = Exact<{
  id: string | number;
}>;


export type ResendInviteMutation = { resendInvite: { id: string } };

export type RevokeInviteMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeInviteMutation = { revokeInvite: { id: string } };

export type InviteCandidatesMutationVariables = Exact<{
  assessmentId: string | number;
  candidates: Array<CandidateInput> | CandidateInput;
}>;


export type InviteCandidatesMutation = { inviteCandidates: { invited: Array<{ id: string }>, errors: Array<{ index: number, email: string, message: string }> } };

export type SetAccommodationMutationVariables = Exact<{
  id: string | number;
  extraTimePercent: number;
}>;


export type SetAccommodationMutation = { setAccommodation: { id: string } };

export type PipelineCsvQueryVariables = Exact<{
  assessmentId: string | number;
}>;


export type PipelineCsvQuery = { pipelineCsv: string };

export type ChallengeCatalogQueryVariables = Exact<{ [key: string]: never; }>;


export type ChallengeCatalogQuery = { challenges: { nodes: Array<{ slug: string, title: string, language: string, difficulty: number, estimatedMinutes: number, bugTypes: Array<string> }> } };

export type UploadPrivateChallengeMutationVariables = Exact<{
  archiveBase64: string;
}>;


export type UploadPrivateChallengeMutation = { uploadPrivateChallenge: { valid: boolean, slug: string | null, version: number | null, errors: Array<{ file: string, field: string | null, message: string }>, checks: Array<{ name: string, passed: boolean, detail: string }> } };

export type EmbedKeyFieldsFragment = { id: string, name: string, publishableKey: string, allowedOrigins: Array<string>, applicants: number, submitted: number, revokedAt: string | null, createdAt: string, challenges: Array<{ slug: string, title: string, assessmentId: string }> };

export type EmbedKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type EmbedKeysQuery = { embedKeys: Array<{ id: string, name: string, publishableKey: string, allowedOrigins: Array<string>, applicants: number, submitted: number, revokedAt: string | null, createdAt: string, challenges: Array<{ slug: string, title: string, assessmentId: string }> }> };

export type EmbedCatalogQueryVariables = Exact<{ [key: string]: never; }>;


export type EmbedCatalogQuery = { challenges: { nodes: Array<{ slug: string, title: string, language: string }> } };

export type CreateEmbedKeyMutationVariables = Exact<{
  input: EmbedKeyInput;
}>;


export type CreateEmbedKeyMutation = { createEmbedKey: { id: string } };

export type RevokeEmbedKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeEmbedKeyMutation = { revokeEmbedKey: { id: string } };

export type GreenhouseQueryVariables = Exact<{ [key: string]: never; }>;


export type GreenhouseQuery = { greenhouseSetup: { listTestsUrl: string, sendTestUrl: string, testStatusUrl: string, responseErrorUrl: string, scope: string, activeKeys: number }, atsSyncs: Array<{ id: string, invitationId: string, candidateEmail: string, assessmentTitle: string, state: string, attempts: number, lastStatusCode: number | null, lastError: string | null, nextAttemptAt: string | null, deliveredAt: string | null, createdAt: string }> };

export type AtsPartnerCallsQueryVariables = Exact<{
  ats: string;
}>;


export type AtsPartnerCallsQuery = { atsPartnerCalls: Array<{ id: string, operation: string, status: number, createdAt: string }> };

export type AtsSyncsQueryVariables = Exact<{
  ats: string;
}>;


export type AtsSyncsQuery = { atsSyncs: Array<{ id: string, invitationId: string, candidateEmail: string, assessmentTitle: string, state: string, attempts: number, lastError: string | null, nextAttemptAt: string | null }> };

export type RetryAtsSyncMutationVariables = Exact<{
  id: string | number;
}>;


export type RetryAtsSyncMutation = { retryAtsSync: boolean };

export type LeverSetupQueryVariables = Exact<{ [key: string]: never; }>;


export type LeverSetupQuery = { leverSetup: { connected: boolean, authKind: string | null, webhookUrl: string, redirectUri: string, webhookSecretSet: boolean, oauthAvailable: boolean, performAs: string | null, mappings: Array<{ id: string, externalId: string, assessmentId: string, label: string, passThreshold: number, stageOnPass: string | null }> } };

export type LeverAuthorizeUrlMutationVariables = Exact<{ [key: string]: never; }>;


export type LeverAuthorizeUrlMutation = { leverAuthorizeUrl: string };

export type ConnectLeverApiKeyMutationVariables = Exact<{
  apiKey: string;
  signatureToken: string;
  performAs?: string | null | undefined;
}>;


export type ConnectLeverApiKeyMutation = { connectLeverApiKey: boolean };

export type SetLeverWebhookSecretMutationVariables = Exact<{
  signatureToken: string;
  performAs?: string | null | undefined;
}>;


export type SetLeverWebhookSecretMutation = { setLeverWebhookSecret: boolean };

export type SetLeverStageMappingMutationVariables = Exact<{
  stageId: string;
  assessmentId: string | number;
  label: string;
  passThreshold: number;
  stageOnPass?: string | null | undefined;
}>;


export type SetLeverStageMappingMutation = { setLeverStageMapping: { id: string } };

export type TestLeverConnectionMutationVariables = Exact<{ [key: string]: never; }>;


export type TestLeverConnectionMutation = { testLeverConnection: { ok: boolean, detail: string } };

export type DisconnectLeverMutationVariables = Exact<{ [key: string]: never; }>;


export type DisconnectLeverMutation = { disconnectLever: boolean };

export type WorkdaySetupQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkdaySetupQuery = { workdaySetup: { connected: boolean, orderUrl: string, endpoint: string | null, statuses: Array<{ status: string, referenceId: string }> } };

export type ConnectWorkdayMutationVariables = Exact<{
  endpoint: string;
  username: string;
  password: string;
}>;


export type ConnectWorkdayMutation = { connectWorkday: string };

export type SetWorkdayStatusMutationVariables = Exact<{
  status: string;
  referenceId: string;
}>;


export type SetWorkdayStatusMutation = { setWorkdayStatus: boolean };

export type SetWorkdayTestMappingMutationVariables = Exact<{
  testId: string;
  assessmentId: string | number;
}>;


export type SetWorkdayTestMappingMutation = { setWorkdayTestMapping: { id: string } };

export type TestWorkdayConnectionMutationVariables = Exact<{ [key: string]: never; }>;


export type TestWorkdayConnectionMutation = { testWorkdayConnection: { ok: boolean, detail: string } };

export type DisconnectWorkdayMutationVariables = Exact<{ [key: string]: never; }>;


export type DisconnectWorkdayMutation = { disconnectWorkday: boolean };

export type AuditLogQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditLogQuery = { auditLog: Array<{ id: string, actor: string | null, action: string, targetType: string, targetId: string | null, data: unknown, createdAt: string }> };

export type MailboxQueryVariables = Exact<{ [key: string]: never; }>;


export type MailboxQuery = { mailbox: Array<{ id: string, to: string, subject: string, text: string, links: Array<string>, createdAt: string }> };

export type AssessmentTitlesQueryVariables = Exact<{ [key: string]: never; }>;


export type AssessmentTitlesQuery = { assessments: Array<{ id: string, title: string }> };

export type CandidatesOfQueryVariables = Exact<{
  assessmentId: string | number;
}>;


export type CandidatesOfQuery = { candidates: Array<{ id: string, email: string, name: string | null, status: CandidateStatus, score: number | null, underReview: boolean }> };

export type ChallengeIntegrityFieldsFragment = { submissionId: string, verdict: IntegrityVerdict, seed: string | null, canaries: number, reviewStatus: ReviewStatus, reviewedBy: string | null, reviewedAt: string | null, reason: string | null, findings: Array<{ layer: string, code: string, message: string, file: string | null, line: number | null, excerpt: string | null, test: string | null, expected: string | null, actual: string | null }> };

export type CandidateReportQueryVariables = Exact<{
  inviteId: string | number;
}>;


export type CandidateReportQuery = { candidateReport: { assessmentTitle: string, endedBy: string | null, timeLimitSeconds: number, totalScore: number | null, reviewRequired: boolean, invite: { id: string, assessmentId: string, email: string, name: string | null, status: CandidateStatus, timeUsedSeconds: number | null, startedAt: string | null, submittedAt: string | null }, challenges: Array<{ position: number, slug: string, title: string, language: string, score: number | null, breakdown: unknown, hiddenPassed: number, hiddenTotal: number, hintsUsed: number, finalDiff: string, runs: Array<{ at: string, suite: string, status: string, passed: number, failed: number, diff: string }>, integrity: { submissionId: string, verdict: IntegrityVerdict, seed: string | null, canaries: number, reviewStatus: ReviewStatus, reviewedBy: string | null, reviewedAt: string | null, reason: string | null, findings: Array<{ layer: string, code: string, message: string, file: string | null, line: number | null, excerpt: string | null, test: string | null, expected: string | null, actual: string | null }> } | null }>, integrity: { pasteEvents: number, focusLosses: number, similar: Array<{ inviteId: string, candidate: string, challengeSlug: string, similarity: number, mine: string, theirs: string }> } } };

export type DecideIntegrityReviewMutationVariables = Exact<{
  submissionId: string | number;
  decision: ReviewDecision;
  reason: string;
}>;


export type DecideIntegrityReviewMutation = { decideIntegrityReview: { submissionId: string, reviewStatus: ReviewStatus } };

export type ApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysQuery = { apiKeys: Array<{ id: string, name: string, prefix: string, scopes: Array<string>, lastUsedAt: string | null, revokedAt: string | null, createdAt: string }> };

export type CreateApiKeyMutationVariables = Exact<{
  input: ApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey: { secret: string } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { id: string } };

export type WebhookEndpointsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhookEndpointsQuery = { webhookEndpoints: Array<{ id: string, url: string, description: string, events: Array<string>, createdAt: string }> };

export type WebhookDeliveriesQueryVariables = Exact<{
  endpointId: string | number;
}>;


export type WebhookDeliveriesQuery = { webhookDeliveries: Array<{ id: string, eventId: string, eventType: string, attempt: number, statusCode: number | null, durationMs: number, error: string | null, succeeded: boolean, resent: boolean, createdAt: string }> };

export type CreateWebhookEndpointMutationVariables = Exact<{
  input: WebhookEndpointInput;
}>;


export type CreateWebhookEndpointMutation = { createWebhookEndpoint: { secret: string } };

export type DeleteWebhookEndpointMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteWebhookEndpointMutation = { deleteWebhookEndpoint: boolean };

export type ResendWebhookEventMutationVariables = Exact<{
  endpointId: string | number;
  eventId: string | number;
}>;


export type ResendWebhookEventMutation = { resendWebhookEvent: boolean };

export type TeamQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamQuery = { teamMembers: Array<{ id: string, userId: string, displayName: string, email: string, role: TenantRole, createdAt: string }>, teamInvites: Array<{ id: string, email: string, role: TenantRole, status: TeamInviteStatus, expiresAt: string }> };

export type InviteTeamMemberMutationVariables = Exact<{
  email: string;
  role: TenantRole;
}>;


export type InviteTeamMemberMutation = { inviteTeamMember: { id: string } };

export type ChangeMemberRoleMutationVariables = Exact<{
  membershipId: string | number;
  role: TenantRole;
}>;


export type ChangeMemberRoleMutation = { changeMemberRole: { id: string } };

export type RemoveMemberMutationVariables = Exact<{
  membershipId: string | number;
}>;


export type RemoveMemberMutation = { removeMember: boolean };

export type RevokeTeamInviteMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeTeamInviteMutation = { revokeTeamInvite: { id: string } };

export type TeamInvitePreviewQueryVariables = Exact<{
  token: string;
}>;


export type TeamInvitePreviewQuery = { teamInvite: { tenantName: string, email: string, role: TenantRole, accountExists: boolean } };

export type SessionAuthFieldsFragment = { accessToken: string, refreshToken: string, user: { id: string, email: string, displayName: string } };

export type RefreshMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RefreshMutation = { refresh: { accessToken: string, refreshToken: string, user: { id: string, email: string, displayName: string } } };

export type LogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type LogInMutation = { logIn: { accessToken: string, refreshToken: string, user: { id: string, email: string, displayName: string } } };

export type LogOutMutationVariables = Exact<{
  refreshToken: string;
}>;


export type LogOutMutation = { logOut: boolean };

export type SignUpCompanyMutationVariables = Exact<{
  input: CompanySignUpInput;
}>;


export type SignUpCompanyMutation = { signUpCompany: { email: string, message: string } };

export type VerifyEmailMutationVariables = Exact<{
  token: string;
}>;


export type VerifyEmailMutation = { verifyEmail: { accessToken: string, refreshToken: string, user: { id: string, email: string, displayName: string } } };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: { email: string, message: string } };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: { accessToken: string, refreshToken: string, user: { id: string, email: string, displayName: string } } };

export type AcceptTeamInviteMutationVariables = Exact<{
  input: AcceptTeamInviteInput;
}>;


export type AcceptTeamInviteMutation = { acceptTeamInvite: { auth: { accessToken: string, refreshToken: string, user: { id: string, email: string, displayName: string } }, tenant: { id: string } } };

export type MyTenantsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTenantsQuery = { myTenants: Array<{ role: TenantRole, tenant: { id: string, slug: string, name: string } }> };

export type RoleCapabilitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type RoleCapabilitiesQuery = { roleCapabilities: Array<{ role: TenantRole, capabilities: Array<string> }> };

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
export const HiringCompetitionFieldsFragmentDoc = new TypedDocumentString(`
    fragment HiringCompetitionFields on Competition {
  id
  title
  description
  registrationOpensAt
  startsAt
  endsAt
  freezeMinutes
  failedSubmitPenalty
  phase
  entrants
  pausedAt
  assessmentId
  challenges {
    position
    slug
    title
    maxPoints
  }
}
    `, {"fragmentName":"HiringCompetitionFields"}) as unknown as TypedDocumentString<HiringCompetitionFieldsFragment, unknown>;
export const AssessmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment AssessmentFields on Assessment {
  id
  title
  instructions
  timeLimitMinutes
  hintsAllowed
  hintPenalty
  status
  kind
  candidateCount
  createdAt
  updatedAt
  challenges {
    position
    slug
    title
    language
    difficulty
    estimatedMinutes
    private
  }
}
    `, {"fragmentName":"AssessmentFields"}) as unknown as TypedDocumentString<AssessmentFieldsFragment, unknown>;
export const PipelineRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment PipelineRowFields on CandidateInvite {
  id
  email
  name
  status
  score
  underReview
  timeUsedSeconds
  sentAt
  startedAt
  submittedAt
  extraTimePercent
  sendCount
  competition {
    rank
    points
    solved
    challenges
    integrity {
      clean
      flagged
      tampered
      reviewPending
    }
  }
}
    `, {"fragmentName":"PipelineRowFields"}) as unknown as TypedDocumentString<PipelineRowFieldsFragment, unknown>;
export const EmbedKeyFieldsFragmentDoc = new TypedDocumentString(`
    fragment EmbedKeyFields on EmbedKey {
  id
  name
  publishableKey
  allowedOrigins
  challenges {
    slug
    title
    assessmentId
  }
  applicants
  submitted
  revokedAt
  createdAt
}
    `, {"fragmentName":"EmbedKeyFields"}) as unknown as TypedDocumentString<EmbedKeyFieldsFragment, unknown>;
export const ChallengeIntegrityFieldsFragmentDoc = new TypedDocumentString(`
    fragment ChallengeIntegrityFields on ChallengeIntegrity {
  submissionId
  verdict
  seed
  canaries
  reviewStatus
  reviewedBy
  reviewedAt
  reason
  findings {
    layer
    code
    message
    file
    line
    excerpt
    test
    expected
    actual
  }
}
    `, {"fragmentName":"ChallengeIntegrityFields"}) as unknown as TypedDocumentString<ChallengeIntegrityFieldsFragment, unknown>;
export const SessionAuthFieldsFragmentDoc = new TypedDocumentString(`
    fragment SessionAuthFields on AuthPayload {
  accessToken
  refreshToken
  user {
    id
    email
    displayName
  }
}
    `, {"fragmentName":"SessionAuthFields"}) as unknown as TypedDocumentString<SessionAuthFieldsFragment, unknown>;
export const HiringCompetitionsDocument = new TypedDocumentString(`
    query HiringCompetitions {
  hiringCompetitions {
    ...HiringCompetitionFields
  }
  challenges(first: 50) {
    nodes {
      slug
      title
      language
      difficulty
    }
  }
}
    fragment HiringCompetitionFields on Competition {
  id
  title
  description
  registrationOpensAt
  startsAt
  endsAt
  freezeMinutes
  failedSubmitPenalty
  phase
  entrants
  pausedAt
  assessmentId
  challenges {
    position
    slug
    title
    maxPoints
  }
}`) as unknown as TypedDocumentString<HiringCompetitionsQuery, HiringCompetitionsQueryVariables>;
export const CreateHiringCompetitionDocument = new TypedDocumentString(`
    mutation CreateHiringCompetition($input: CompetitionScheduleInput!) {
  createHiringCompetition(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateHiringCompetitionMutation, CreateHiringCompetitionMutationVariables>;
export const HiringCompetitionDocument = new TypedDocumentString(`
    query HiringCompetition($id: ID!) {
  competition(id: $id) {
    ...HiringCompetitionFields
  }
  leaderboard(competitionId: $id, first: 50) {
    total
    entries {
      rank
      userId
      displayName
      points
    }
  }
}
    fragment HiringCompetitionFields on Competition {
  id
  title
  description
  registrationOpensAt
  startsAt
  endsAt
  freezeMinutes
  failedSubmitPenalty
  phase
  entrants
  pausedAt
  assessmentId
  challenges {
    position
    slug
    title
    maxPoints
  }
}`) as unknown as TypedDocumentString<HiringCompetitionQuery, HiringCompetitionQueryVariables>;
export const CompetitionPipelineDocument = new TypedDocumentString(`
    query CompetitionPipeline($assessmentId: ID!) {
  candidates(assessmentId: $assessmentId) {
    id
    email
    name
    competition {
      rank
      points
      solved
      challenges
      integrity {
        clean
        flagged
        tampered
        reviewPending
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompetitionPipelineQuery, CompetitionPipelineQueryVariables>;
export const FinalistAssessmentsDocument = new TypedDocumentString(`
    query FinalistAssessments {
  assessments {
    id
    title
    status
    kind
  }
}
    `) as unknown as TypedDocumentString<FinalistAssessmentsQuery, FinalistAssessmentsQueryVariables>;
export const PauseHiringCompetitionDocument = new TypedDocumentString(`
    mutation PauseHiringCompetition($id: ID!) {
  pauseHiringCompetition(competitionId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<PauseHiringCompetitionMutation, PauseHiringCompetitionMutationVariables>;
export const ResumeHiringCompetitionDocument = new TypedDocumentString(`
    mutation ResumeHiringCompetition($id: ID!) {
  resumeHiringCompetition(competitionId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ResumeHiringCompetitionMutation, ResumeHiringCompetitionMutationVariables>;
export const ExtendHiringCompetitionDocument = new TypedDocumentString(`
    mutation ExtendHiringCompetition($id: ID!, $minutes: Int!) {
  extendHiringCompetition(competitionId: $id, minutes: $minutes) {
    id
  }
}
    `) as unknown as TypedDocumentString<ExtendHiringCompetitionMutation, ExtendHiringCompetitionMutationVariables>;
export const CancelHiringCompetitionDocument = new TypedDocumentString(`
    mutation CancelHiringCompetition($id: ID!) {
  cancelHiringCompetition(competitionId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<CancelHiringCompetitionMutation, CancelHiringCompetitionMutationVariables>;
export const InviteCompetitionFinalistsDocument = new TypedDocumentString(`
    mutation InviteCompetitionFinalists($competitionId: ID!, $assessmentId: ID!, $top: Int!) {
  inviteCompetitionFinalists(
    competitionId: $competitionId
    assessmentId: $assessmentId
    top: $top
  ) {
    invited {
      email
      name
    }
    errors {
      email
      message
    }
  }
}
    `) as unknown as TypedDocumentString<InviteCompetitionFinalistsMutation, InviteCompetitionFinalistsMutationVariables>;
export const AssessmentsDocument = new TypedDocumentString(`
    query Assessments {
  assessments {
    ...AssessmentFields
  }
}
    fragment AssessmentFields on Assessment {
  id
  title
  instructions
  timeLimitMinutes
  hintsAllowed
  hintPenalty
  status
  kind
  candidateCount
  createdAt
  updatedAt
  challenges {
    position
    slug
    title
    language
    difficulty
    estimatedMinutes
    private
  }
}`) as unknown as TypedDocumentString<AssessmentsQuery, AssessmentsQueryVariables>;
export const AssessmentDocument = new TypedDocumentString(`
    query Assessment($id: ID!) {
  assessment(id: $id) {
    ...AssessmentFields
  }
}
    fragment AssessmentFields on Assessment {
  id
  title
  instructions
  timeLimitMinutes
  hintsAllowed
  hintPenalty
  status
  kind
  candidateCount
  createdAt
  updatedAt
  challenges {
    position
    slug
    title
    language
    difficulty
    estimatedMinutes
    private
  }
}`) as unknown as TypedDocumentString<AssessmentQuery, AssessmentQueryVariables>;
export const PublishAssessmentDocument = new TypedDocumentString(`
    mutation PublishAssessment($id: ID!) {
  publishAssessment(id: $id) {
    ...AssessmentFields
  }
}
    fragment AssessmentFields on Assessment {
  id
  title
  instructions
  timeLimitMinutes
  hintsAllowed
  hintPenalty
  status
  kind
  candidateCount
  createdAt
  updatedAt
  challenges {
    position
    slug
    title
    language
    difficulty
    estimatedMinutes
    private
  }
}`) as unknown as TypedDocumentString<PublishAssessmentMutation, PublishAssessmentMutationVariables>;
export const ArchiveAssessmentDocument = new TypedDocumentString(`
    mutation ArchiveAssessment($id: ID!) {
  archiveAssessment(id: $id) {
    ...AssessmentFields
  }
}
    fragment AssessmentFields on Assessment {
  id
  title
  instructions
  timeLimitMinutes
  hintsAllowed
  hintPenalty
  status
  kind
  candidateCount
  createdAt
  updatedAt
  challenges {
    position
    slug
    title
    language
    difficulty
    estimatedMinutes
    private
  }
}`) as unknown as TypedDocumentString<ArchiveAssessmentMutation, ArchiveAssessmentMutationVariables>;
export const CreateAssessmentDocument = new TypedDocumentString(`
    mutation CreateAssessment($input: AssessmentInput!) {
  createAssessment(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateAssessmentMutation, CreateAssessmentMutationVariables>;
export const UpdateAssessmentDocument = new TypedDocumentString(`
    mutation UpdateAssessment($id: ID!, $input: AssessmentInput!) {
  updateAssessment(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateAssessmentMutation, UpdateAssessmentMutationVariables>;
export const AssessmentCatalogDocument = new TypedDocumentString(`
    query AssessmentCatalog($filter: ChallengeFilter) {
  challenges(filter: $filter, first: 50) {
    nodes {
      slug
      title
      language
      difficulty
      estimatedMinutes
      bugTypes
    }
  }
}
    `) as unknown as TypedDocumentString<AssessmentCatalogQuery, AssessmentCatalogQueryVariables>;
export const ChallengeBriefDocument = new TypedDocumentString(`
    query ChallengeBrief($slug: String!) {
  challenge(slug: $slug) {
    summary
  }
}
    `) as unknown as TypedDocumentString<ChallengeBriefQuery, ChallengeBriefQueryVariables>;
export const PipelineDocument = new TypedDocumentString(`
    query Pipeline($assessmentId: ID!) {
  candidates(assessmentId: $assessmentId) {
    ...PipelineRowFields
  }
}
    fragment PipelineRowFields on CandidateInvite {
  id
  email
  name
  status
  score
  underReview
  timeUsedSeconds
  sentAt
  startedAt
  submittedAt
  extraTimePercent
  sendCount
  competition {
    rank
    points
    solved
    challenges
    integrity {
      clean
      flagged
      tampered
      reviewPending
    }
  }
}`) as unknown as TypedDocumentString<PipelineQuery, PipelineQueryVariables>;
export const ResendInviteDocument = new TypedDocumentString(`
    mutation ResendInvite($id: ID!) {
  resendInvite(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ResendInviteMutation, ResendInviteMutationVariables>;
export const RevokeInviteDocument = new TypedDocumentString(`
    mutation RevokeInvite($id: ID!) {
  revokeInvite(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RevokeInviteMutation, RevokeInviteMutationVariables>;
export const InviteCandidatesDocument = new TypedDocumentString(`
    mutation InviteCandidates($assessmentId: ID!, $candidates: [CandidateInput!]!) {
  inviteCandidates(assessmentId: $assessmentId, candidates: $candidates) {
    invited {
      id
    }
    errors {
      index
      email
      message
    }
  }
}
    `) as unknown as TypedDocumentString<InviteCandidatesMutation, InviteCandidatesMutationVariables>;
export const SetAccommodationDocument = new TypedDocumentString(`
    mutation SetAccommodation($id: ID!, $extraTimePercent: Int!) {
  setAccommodation(id: $id, extraTimePercent: $extraTimePercent) {
    id
  }
}
    `) as unknown as TypedDocumentString<SetAccommodationMutation, SetAccommodationMutationVariables>;
export const PipelineCsvDocument = new TypedDocumentString(`
    query PipelineCsv($assessmentId: ID!) {
  pipelineCsv(assessmentId: $assessmentId)
}
    `) as unknown as TypedDocumentString<PipelineCsvQuery, PipelineCsvQueryVariables>;
export const ChallengeCatalogDocument = new TypedDocumentString(`
    query ChallengeCatalog {
  challenges(first: 100) {
    nodes {
      slug
      title
      language
      difficulty
      estimatedMinutes
      bugTypes
    }
  }
}
    `) as unknown as TypedDocumentString<ChallengeCatalogQuery, ChallengeCatalogQueryVariables>;
export const UploadPrivateChallengeDocument = new TypedDocumentString(`
    mutation UploadPrivateChallenge($archiveBase64: String!) {
  uploadPrivateChallenge(archiveBase64: $archiveBase64) {
    valid
    slug
    version
    errors {
      file
      field
      message
    }
    checks {
      name
      passed
      detail
    }
  }
}
    `) as unknown as TypedDocumentString<UploadPrivateChallengeMutation, UploadPrivateChallengeMutationVariables>;
export const EmbedKeysDocument = new TypedDocumentString(`
    query EmbedKeys {
  embedKeys {
    ...EmbedKeyFields
  }
}
    fragment EmbedKeyFields on EmbedKey {
  id
  name
  publishableKey
  allowedOrigins
  challenges {
    slug
    title
    assessmentId
  }
  applicants
  submitted
  revokedAt
  createdAt
}`) as unknown as TypedDocumentString<EmbedKeysQuery, EmbedKeysQueryVariables>;
export const EmbedCatalogDocument = new TypedDocumentString(`
    query EmbedCatalog {
  challenges(first: 100) {
    nodes {
      slug
      title
      language
    }
  }
}
    `) as unknown as TypedDocumentString<EmbedCatalogQuery, EmbedCatalogQueryVariables>;
export const CreateEmbedKeyDocument = new TypedDocumentString(`
    mutation CreateEmbedKey($input: EmbedKeyInput!) {
  createEmbedKey(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateEmbedKeyMutation, CreateEmbedKeyMutationVariables>;
export const RevokeEmbedKeyDocument = new TypedDocumentString(`
    mutation RevokeEmbedKey($id: ID!) {
  revokeEmbedKey(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RevokeEmbedKeyMutation, RevokeEmbedKeyMutationVariables>;
export const GreenhouseDocument = new TypedDocumentString(`
    query Greenhouse {
  greenhouseSetup {
    listTestsUrl
    sendTestUrl
    testStatusUrl
    responseErrorUrl
    scope
    activeKeys
  }
  atsSyncs(ats: "greenhouse") {
    id
    invitationId
    candidateEmail
    assessmentTitle
    state
    attempts
    lastStatusCode
    lastError
    nextAttemptAt
    deliveredAt
    createdAt
  }
}
    `) as unknown as TypedDocumentString<GreenhouseQuery, GreenhouseQueryVariables>;
export const AtsPartnerCallsDocument = new TypedDocumentString(`
    query AtsPartnerCalls($ats: String!) {
  atsPartnerCalls(ats: $ats, limit: 20) {
    id
    operation
    status
    createdAt
  }
}
    `) as unknown as TypedDocumentString<AtsPartnerCallsQuery, AtsPartnerCallsQueryVariables>;
export const AtsSyncsDocument = new TypedDocumentString(`
    query AtsSyncs($ats: String!) {
  atsSyncs(ats: $ats) {
    id
    invitationId
    candidateEmail
    assessmentTitle
    state
    attempts
    lastError
    nextAttemptAt
  }
}
    `) as unknown as TypedDocumentString<AtsSyncsQuery, AtsSyncsQueryVariables>;
export const RetryAtsSyncDocument = new TypedDocumentString(`
    mutation RetryAtsSync($id: ID!) {
  retryAtsSync(id: $id)
}
    `) as unknown as TypedDocumentString<RetryAtsSyncMutation, RetryAtsSyncMutationVariables>;
export const LeverSetupDocument = new TypedDocumentString(`
    query LeverSetup {
  leverSetup {
    connected
    authKind
    webhookUrl
    redirectUri
    webhookSecretSet
    oauthAvailable
    performAs
    mappings {
      id
      externalId
      assessmentId
      label
      passThreshold
      stageOnPass
    }
  }
}
    `) as unknown as TypedDocumentString<LeverSetupQuery, LeverSetupQueryVariables>;
export const LeverAuthorizeUrlDocument = new TypedDocumentString(`
    mutation LeverAuthorizeUrl {
  leverAuthorizeUrl
}
    `) as unknown as TypedDocumentString<LeverAuthorizeUrlMutation, LeverAuthorizeUrlMutationVariables>;
export const ConnectLeverApiKeyDocument = new TypedDocumentString(`
    mutation ConnectLeverApiKey($apiKey: String!, $signatureToken: String!, $performAs: String) {
  connectLeverApiKey(
    apiKey: $apiKey
    signatureToken: $signatureToken
    performAs: $performAs
  )
}
    `) as unknown as TypedDocumentString<ConnectLeverApiKeyMutation, ConnectLeverApiKeyMutationVariables>;
export const SetLeverWebhookSecretDocument = new TypedDocumentString(`
    mutation SetLeverWebhookSecret($signatureToken: String!, $performAs: String) {
  setLeverWebhookSecret(signatureToken: $signatureToken, performAs: $performAs)
}
    `) as unknown as TypedDocumentString<SetLeverWebhookSecretMutation, SetLeverWebhookSecretMutationVariables>;
export const SetLeverStageMappingDocument = new TypedDocumentString(`
    mutation SetLeverStageMapping($stageId: String!, $assessmentId: ID!, $label: String!, $passThreshold: Int!, $stageOnPass: String) {
  setLeverStageMapping(
    stageId: $stageId
    assessmentId: $assessmentId
    label: $label
    passThreshold: $passThreshold
    stageOnPass: $stageOnPass
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<SetLeverStageMappingMutation, SetLeverStageMappingMutationVariables>;
export const TestLeverConnectionDocument = new TypedDocumentString(`
    mutation TestLeverConnection {
  testLeverConnection {
    ok
    detail
  }
}
    `) as unknown as TypedDocumentString<TestLeverConnectionMutation, TestLeverConnectionMutationVariables>;
export const DisconnectLeverDocument = new TypedDocumentString(`
    mutation DisconnectLever {
  disconnectLever
}
    `) as unknown as TypedDocumentString<DisconnectLeverMutation, DisconnectLeverMutationVariables>;
export const WorkdaySetupDocument = new TypedDocumentString(`
    query WorkdaySetup {
  workdaySetup {
    connected
    orderUrl
    endpoint
    statuses {
      status
      referenceId
    }
  }
}
    `) as unknown as TypedDocumentString<WorkdaySetupQuery, WorkdaySetupQueryVariables>;
export const ConnectWorkdayDocument = new TypedDocumentString(`
    mutation ConnectWorkday($endpoint: String!, $username: String!, $password: String!) {
  connectWorkday(endpoint: $endpoint, username: $username, password: $password)
}
    `) as unknown as TypedDocumentString<ConnectWorkdayMutation, ConnectWorkdayMutationVariables>;
export const SetWorkdayStatusDocument = new TypedDocumentString(`
    mutation SetWorkdayStatus($status: String!, $referenceId: String!) {
  setWorkdayStatus(status: $status, referenceId: $referenceId)
}
    `) as unknown as TypedDocumentString<SetWorkdayStatusMutation, SetWorkdayStatusMutationVariables>;
export const SetWorkdayTestMappingDocument = new TypedDocumentString(`
    mutation SetWorkdayTestMapping($testId: String!, $assessmentId: ID!) {
  setWorkdayTestMapping(testId: $testId, assessmentId: $assessmentId) {
    id
  }
}
    `) as unknown as TypedDocumentString<SetWorkdayTestMappingMutation, SetWorkdayTestMappingMutationVariables>;
export const TestWorkdayConnectionDocument = new TypedDocumentString(`
    mutation TestWorkdayConnection {
  testWorkdayConnection {
    ok
    detail
  }
}
    `) as unknown as TypedDocumentString<TestWorkdayConnectionMutation, TestWorkdayConnectionMutationVariables>;
export const DisconnectWorkdayDocument = new TypedDocumentString(`
    mutation DisconnectWorkday {
  disconnectWorkday
}
    `) as unknown as TypedDocumentString<DisconnectWorkdayMutation, DisconnectWorkdayMutationVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog {
  auditLog(first: 200) {
    id
    actor
    action
    targetType
    targetId
    data
    createdAt
  }
}
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const MailboxDocument = new TypedDocumentString(`
    query Mailbox {
  mailbox {
    id
    to
    subject
    text
    links
    createdAt
  }
}
    `) as unknown as TypedDocumentString<MailboxQuery, MailboxQueryVariables>;
export const AssessmentTitlesDocument = new TypedDocumentString(`
    query AssessmentTitles {
  assessments {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<AssessmentTitlesQuery, AssessmentTitlesQueryVariables>;
export const CandidatesOfDocument = new TypedDocumentString(`
    query CandidatesOf($assessmentId: ID!) {
  candidates(assessmentId: $assessmentId) {
    id
    email
    name
    status
    score
    underReview
  }
}
    `) as unknown as TypedDocumentString<CandidatesOfQuery, CandidatesOfQueryVariables>;
export const CandidateReportDocument = new TypedDocumentString(`
    query CandidateReport($inviteId: ID!) {
  candidateReport(inviteId: $inviteId) {
    invite {
      id
      assessmentId
      email
      name
      status
      timeUsedSeconds
      startedAt
      submittedAt
    }
    assessmentTitle
    endedBy
    timeLimitSeconds
    totalScore
    reviewRequired
    challenges {
      position
      slug
      title
      language
      score
      breakdown
      hiddenPassed
      hiddenTotal
      hintsUsed
      runs {
        at
        suite
        status
        passed
        failed
        diff
      }
      finalDiff
      integrity {
        ...ChallengeIntegrityFields
      }
    }
    integrity {
      pasteEvents
      focusLosses
      similar {
        inviteId
        candidate
        challengeSlug
        similarity
        mine
        theirs
      }
    }
  }
}
    fragment ChallengeIntegrityFields on ChallengeIntegrity {
  submissionId
  verdict
  seed
  canaries
  reviewStatus
  reviewedBy
  reviewedAt
  reason
  findings {
    layer
    code
    message
    file
    line
    excerpt
    test
    expected
    actual
  }
}`) as unknown as TypedDocumentString<CandidateReportQuery, CandidateReportQueryVariables>;
export const DecideIntegrityReviewDocument = new TypedDocumentString(`
    mutation DecideIntegrityReview($submissionId: ID!, $decision: ReviewDecision!, $reason: String!) {
  decideIntegrityReview(
    submissionId: $submissionId
    decision: $decision
    reason: $reason
  ) {
    submissionId
    reviewStatus
  }
}
    `) as unknown as TypedDocumentString<DecideIntegrityReviewMutation, DecideIntegrityReviewMutationVariables>;
export const ApiKeysDocument = new TypedDocumentString(`
    query ApiKeys {
  apiKeys {
    id
    name
    prefix
    scopes
    lastUsedAt
    revokedAt
    createdAt
  }
}
    `) as unknown as TypedDocumentString<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = new TypedDocumentString(`
    mutation CreateApiKey($input: ApiKeyInput!) {
  createApiKey(input: $input) {
    secret
  }
}
    `) as unknown as TypedDocumentString<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = new TypedDocumentString(`
    mutation RevokeApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const WebhookEndpointsDocument = new TypedDocumentString(`
    query WebhookEndpoints {
  webhookEndpoints {
    id
    url
    description
    events
    createdAt
  }
}
    `) as unknown as TypedDocumentString<WebhookEndpointsQuery, WebhookEndpointsQueryVariables>;
export const WebhookDeliveriesDocument = new TypedDocumentString(`
    query WebhookDeliveries($endpointId: ID!) {
  webhookDeliveries(endpointId: $endpointId) {
    id
    eventId
    eventType
    attempt
    statusCode
    durationMs
    error
    succeeded
    resent
    createdAt
  }
}
    `) as unknown as TypedDocumentString<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const CreateWebhookEndpointDocument = new TypedDocumentString(`
    mutation CreateWebhookEndpoint($input: WebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) {
    secret
  }
}
    `) as unknown as TypedDocumentString<CreateWebhookEndpointMutation, CreateWebhookEndpointMutationVariables>;
export const DeleteWebhookEndpointDocument = new TypedDocumentString(`
    mutation DeleteWebhookEndpoint($id: ID!) {
  deleteWebhookEndpoint(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteWebhookEndpointMutation, DeleteWebhookEndpointMutationVariables>;
export const ResendWebhookEventDocument = new TypedDocumentString(`
    mutation ResendWebhookEvent($endpointId: ID!, $eventId: ID!) {
  resendWebhookEvent(endpointId: $endpointId, eventId: $eventId)
}
    `) as unknown as TypedDocumentString<ResendWebhookEventMutation, ResendWebhookEventMutationVariables>;
export const TeamDocument = new TypedDocumentString(`
    query Team {
  teamMembers {
    id
    userId
    displayName
    email
    role
    createdAt
  }
  teamInvites {
    id
    email
    role
    status
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<TeamQuery, TeamQueryVariables>;
export const InviteTeamMemberDocument = new TypedDocumentString(`
    mutation InviteTeamMember($email: String!, $role: TenantRole!) {
  inviteTeamMember(email: $email, role: $role) {
    id
  }
}
    `) as unknown as TypedDocumentString<InviteTeamMemberMutation, InviteTeamMemberMutationVariables>;
export const ChangeMemberRoleDocument = new TypedDocumentString(`
    mutation ChangeMemberRole($membershipId: ID!, $role: TenantRole!) {
  changeMemberRole(membershipId: $membershipId, role: $role) {
    id
  }
}
    `) as unknown as TypedDocumentString<ChangeMemberRoleMutation, ChangeMemberRoleMutationVariables>;
export const RemoveMemberDocument = new TypedDocumentString(`
    mutation RemoveMember($membershipId: ID!) {
  removeMember(membershipId: $membershipId)
}
    `) as unknown as TypedDocumentString<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const RevokeTeamInviteDocument = new TypedDocumentString(`
    mutation RevokeTeamInvite($id: ID!) {
  revokeTeamInvite(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RevokeTeamInviteMutation, RevokeTeamInviteMutationVariables>;
export const TeamInvitePreviewDocument = new TypedDocumentString(`
    query TeamInvitePreview($token: String!) {
  teamInvite(token: $token) {
    tenantName
    email
    role
    accountExists
  }
}
    `) as unknown as TypedDocumentString<TeamInvitePreviewQuery, TeamInvitePreviewQueryVariables>;
export const RefreshDocument = new TypedDocumentString(`
    mutation Refresh($refreshToken: String!) {
  refresh(refreshToken: $refreshToken) {
    ...SessionAuthFields
  }
}
    fragment SessionAuthFields on AuthPayload {
  accessToken
  refreshToken
  user {
    id
    email
    displayName
  }
}`) as unknown as TypedDocumentString<RefreshMutation, RefreshMutationVariables>;
export const LogInDocument = new TypedDocumentString(`
    mutation LogIn($input: LogInInput!) {
  logIn(input: $input) {
    ...SessionAuthFields
  }
}
    fragment SessionAuthFields on AuthPayload {
  accessToken
  refreshToken
  user {
    id
    email
    displayName
  }
}`) as unknown as TypedDocumentString<LogInMutation, LogInMutationVariables>;
export const LogOutDocument = new TypedDocumentString(`
    mutation LogOut($refreshToken: String!) {
  logOut(refreshToken: $refreshToken)
}
    `) as unknown as TypedDocumentString<LogOutMutation, LogOutMutationVariables>;
export const SignUpCompanyDocument = new TypedDocumentString(`
    mutation SignUpCompany($input: CompanySignUpInput!) {
  signUpCompany(input: $input) {
    email
    message
  }
}
    `) as unknown as TypedDocumentString<SignUpCompanyMutation, SignUpCompanyMutationVariables>;
export const VerifyEmailDocument = new TypedDocumentString(`
    mutation VerifyEmail($token: String!) {
  verifyEmail(token: $token) {
    ...SessionAuthFields
  }
}
    fragment SessionAuthFields on AuthPayload {
  accessToken
  refreshToken
  user {
    id
    email
    displayName
  }
}`) as unknown as TypedDocumentString<VerifyEmailMutation, VerifyEmailMutationVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email, app: PORTAL) {
    email
    message
  }
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($input: ResetPasswordInput!) {
  resetPassword(input: $input) {
    ...SessionAuthFields
  }
}
    fragment SessionAuthFields on AuthPayload {
  accessToken
  refreshToken
  user {
    id
    email
    displayName
  }
}`) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const AcceptTeamInviteDocument = new TypedDocumentString(`
    mutation AcceptTeamInvite($input: AcceptTeamInviteInput!) {
  acceptTeamInvite(input: $input) {
    auth {
      ...SessionAuthFields
    }
    tenant {
      id
    }
  }
}
    fragment SessionAuthFields on AuthPayload {
  accessToken
  refreshToken
  user {
    id
    email
    displayName
  }
}`) as unknown as TypedDocumentString<AcceptTeamInviteMutation, AcceptTeamInviteMutationVariables>;
export const MyTenantsDocument = new TypedDocumentString(`
    query MyTenants {
  myTenants {
    role
    tenant {
      id
      slug
      name
    }
  }
}
    `) as unknown as TypedDocumentString<MyTenantsQuery, MyTenantsQueryVariables>;
export const RoleCapabilitiesDocument = new TypedDocumentString(`
    query RoleCapabilities {
  roleCapabilities {
    role
    capabilities
  }
}
    `) as unknown as TypedDocumentString<RoleCapabilitiesQuery, RoleCapabilitiesQueryVariables>;