/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type EmbedKeyInput = {
  /** Exact origins, e.g. https://careers.example.com. */
  allowedOrigins: Array<string>;
  /** 1 to 10 challenge slugs the key may show. */
  challengeSlugs: Array<string>;
  name: string;
};

export type SourceKind =
  | 'GITHUB'
  | 'SYNTHETIC';

export type AssessmentFieldsFragment = { id: string, title: string, instructions: string, timeLimitMinutes: number, hintsAllowed: boolean, hintPenalty: number, status: AssessmentStatus, kind: string, candidateCount: number, createdAt: string, updatedAt: string, challenges: Array<{ position: number, slug: string, title: string, language: string, difficulty: number, estimatedMinutes: number, private: boolean }> };

export type PipelineRowFieldsFragment = { id: string, email: string, name: string | null, status: CandidateStatus, score: number | null, underReview: boolean, timeUsedSeconds: number | null, sentAt: string, startedAt: string | null, submittedAt: string | null, extraTimePercent: number, sendCount: number };

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


export type PipelineQuery = { candidates: Array<{ id: string, email: string, name: string | null, status: CandidateStatus, score: number | null, underReview: boolean, timeUsedSeconds: number | null, sentAt: string, startedAt: string | null, submittedAt: string | null, extraTimePercent: number, sendCount: number }> };

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