/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AssessmentFields on Assessment {\n    id\n    title\n    instructions\n    timeLimitMinutes\n    hintsAllowed\n    hintPenalty\n    status\n    kind\n    candidateCount\n    createdAt\n    updatedAt\n    challenges {\n      position\n      slug\n      title\n      language\n      difficulty\n      estimatedMinutes\n      private\n    }\n  }\n": typeof types.AssessmentFieldsFragmentDoc,
    "\n  fragment PipelineRowFields on CandidateInvite {\n    id\n    email\n    name\n    status\n    score\n    underReview\n    timeUsedSeconds\n    sentAt\n    startedAt\n    submittedAt\n    extraTimePercent\n    sendCount\n  }\n": typeof types.PipelineRowFieldsFragmentDoc,
    "\n  query Assessments {\n    assessments {\n      ...AssessmentFields\n    }\n  }\n": typeof types.AssessmentsDocument,
    "\n  query Assessment($id: ID!) {\n    assessment(id: $id) {\n      ...AssessmentFields\n    }\n  }\n": typeof types.AssessmentDocument,
    "\n  mutation PublishAssessment($id: ID!) {\n    publishAssessment(id: $id) {\n      ...AssessmentFields\n    }\n  }\n": typeof types.PublishAssessmentDocument,
    "\n  mutation ArchiveAssessment($id: ID!) {\n    archiveAssessment(id: $id) {\n      ...AssessmentFields\n    }\n  }\n": typeof types.ArchiveAssessmentDocument,
    "\n  mutation CreateAssessment($input: AssessmentInput!) {\n    createAssessment(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateAssessmentDocument,
    "\n  mutation UpdateAssessment($id: ID!, $input: AssessmentInput!) {\n    updateAssessment(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateAssessmentDocument,
    "\n  query AssessmentCatalog($filter: ChallengeFilter) {\n    challenges(filter: $filter, first: 50) {\n      nodes {\n        slug\n        title\n        language\n        difficulty\n        estimatedMinutes\n        bugTypes\n      }\n    }\n  }\n": typeof types.AssessmentCatalogDocument,
    "\n  query ChallengeBrief($slug: String!) {\n    challenge(slug: $slug) {\n      summary\n    }\n  }\n": typeof types.ChallengeBriefDocument,
    "\n  query Pipeline($assessmentId: ID!) {\n    candidates(assessmentId: $assessmentId) {\n      ...PipelineRowFields\n    }\n  }\n": typeof types.PipelineDocument,
    "\n  mutation ResendInvite($id: ID!) {\n    resendInvite(id: $id) {\n      id\n    }\n  }\n": typeof types.ResendInviteDocument,
    "\n  mutation RevokeInvite($id: ID!) {\n    revokeInvite(id: $id) {\n      id\n    }\n  }\n": typeof types.RevokeInviteDocument,
    "\n  mutation InviteCandidates($assessmentId: ID!, $candidates: [CandidateInput!]!) {\n    inviteCandidates(assessmentId: $assessmentId, candidates: $candidates) {\n      invited {\n        id\n      }\n      errors {\n        index\n        email\n        message\n      }\n    }\n  }\n": typeof types.InviteCandidatesDocument,
    "\n  mutation SetAccommodation($id: ID!, $extraTimePercent: Int!) {\n    setAccommodation(id: $id, extraTimePercent: $extraTimePercent) {\n      id\n    }\n  }\n": typeof types.SetAccommodationDocument,
    "\n  query PipelineCsv($assessmentId: ID!) {\n    pipelineCsv(assessmentId: $assessmentId)\n  }\n": typeof types.PipelineCsvDocument,
    "\n  fragment EmbedKeyFields on EmbedKey {\n    id\n    name\n    publishableKey\n    allowedOrigins\n    challenges {\n      slug\n      title\n      assessmentId\n    }\n    applicants\n    submitted\n    revokedAt\n    createdAt\n  }\n": typeof types.EmbedKeyFieldsFragmentDoc,
    "\n  query EmbedKeys {\n    embedKeys {\n      ...EmbedKeyFields\n    }\n  }\n": typeof types.EmbedKeysDocument,
    "\n  query EmbedCatalog {\n    challenges(first: 100) {\n      nodes {\n        slug\n        title\n        language\n      }\n    }\n  }\n": typeof types.EmbedCatalogDocument,
    "\n  mutation CreateEmbedKey($input: EmbedKeyInput!) {\n    createEmbedKey(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateEmbedKeyDocument,
    "\n  mutation RevokeEmbedKey($id: ID!) {\n    revokeEmbedKey(id: $id) {\n      id\n    }\n  }\n": typeof types.RevokeEmbedKeyDocument,
    "\n  query AuditLog {\n    auditLog(first: 200) {\n      id\n      actor\n      action\n      targetType\n      targetId\n      data\n      createdAt\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query Mailbox {\n    mailbox {\n      id\n      to\n      subject\n      text\n      links\n      createdAt\n    }\n  }\n": typeof types.MailboxDocument,
    "\n  query AssessmentTitles {\n    assessments {\n      id\n      title\n    }\n  }\n": typeof types.AssessmentTitlesDocument,
    "\n  query CandidatesOf($assessmentId: ID!) {\n    candidates(assessmentId: $assessmentId) {\n      id\n      email\n      name\n      status\n      score\n      underReview\n    }\n  }\n": typeof types.CandidatesOfDocument,
};
const documents: Documents = {
    "\n  fragment AssessmentFields on Assessment {\n    id\n    title\n    instructions\n    timeLimitMinutes\n    hintsAllowed\n    hintPenalty\n    status\n    kind\n    candidateCount\n    createdAt\n    updatedAt\n    challenges {\n      position\n      slug\n      title\n      language\n      difficulty\n      estimatedMinutes\n      private\n    }\n  }\n": types.AssessmentFieldsFragmentDoc,
    "\n  fragment PipelineRowFields on CandidateInvite {\n    id\n    email\n    name\n    status\n    score\n    underReview\n    timeUsedSeconds\n    sentAt\n    startedAt\n    submittedAt\n    extraTimePercent\n    sendCount\n  }\n": types.PipelineRowFieldsFragmentDoc,
    "\n  query Assessments {\n    assessments {\n      ...AssessmentFields\n    }\n  }\n": types.AssessmentsDocument,
    "\n  query Assessment($id: ID!) {\n    assessment(id: $id) {\n      ...AssessmentFields\n    }\n  }\n": types.AssessmentDocument,
    "\n  mutation PublishAssessment($id: ID!) {\n    publishAssessment(id: $id) {\n      ...AssessmentFields\n    }\n  }\n": types.PublishAssessmentDocument,
    "\n  mutation ArchiveAssessment($id: ID!) {\n    archiveAssessment(id: $id) {\n      ...AssessmentFields\n    }\n  }\n": types.ArchiveAssessmentDocument,
    "\n  mutation CreateAssessment($input: AssessmentInput!) {\n    createAssessment(input: $input) {\n      id\n    }\n  }\n": types.CreateAssessmentDocument,
    "\n  mutation UpdateAssessment($id: ID!, $input: AssessmentInput!) {\n    updateAssessment(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateAssessmentDocument,
    "\n  query AssessmentCatalog($filter: ChallengeFilter) {\n    challenges(filter: $filter, first: 50) {\n      nodes {\n        slug\n        title\n        language\n        difficulty\n        estimatedMinutes\n        bugTypes\n      }\n    }\n  }\n": types.AssessmentCatalogDocument,
    "\n  query ChallengeBrief($slug: String!) {\n    challenge(slug: $slug) {\n      summary\n    }\n  }\n": types.ChallengeBriefDocument,
    "\n  query Pipeline($assessmentId: ID!) {\n    candidates(assessmentId: $assessmentId) {\n      ...PipelineRowFields\n    }\n  }\n": types.PipelineDocument,
    "\n  mutation ResendInvite($id: ID!) {\n    resendInvite(id: $id) {\n      id\n    }\n  }\n": types.ResendInviteDocument,
    "\n  mutation RevokeInvite($id: ID!) {\n    revokeInvite(id: $id) {\n      id\n    }\n  }\n": types.RevokeInviteDocument,
    "\n  mutation InviteCandidates($assessmentId: ID!, $candidates: [CandidateInput!]!) {\n    inviteCandidates(assessmentId: $assessmentId, candidates: $candidates) {\n      invited {\n        id\n      }\n      errors {\n        index\n        email\n        message\n      }\n    }\n  }\n": types.InviteCandidatesDocument,
    "\n  mutation SetAccommodation($id: ID!, $extraTimePercent: Int!) {\n    setAccommodation(id: $id, extraTimePercent: $extraTimePercent) {\n      id\n    }\n  }\n": types.SetAccommodationDocument,
    "\n  query PipelineCsv($assessmentId: ID!) {\n    pipelineCsv(assessmentId: $assessmentId)\n  }\n": types.PipelineCsvDocument,
    "\n  fragment EmbedKeyFields on EmbedKey {\n    id\n    name\n    publishableKey\n    allowedOrigins\n    challenges {\n      slug\n      title\n      assessmentId\n    }\n    applicants\n    submitted\n    revokedAt\n    createdAt\n  }\n": types.EmbedKeyFieldsFragmentDoc,
    "\n  query EmbedKeys {\n    embedKeys {\n      ...EmbedKeyFields\n    }\n  }\n": types.EmbedKeysDocument,
    "\n  query EmbedCatalog {\n    challenges(first: 100) {\n      nodes {\n        slug\n        title\n        language\n      }\n    }\n  }\n": types.EmbedCatalogDocument,
    "\n  mutation CreateEmbedKey($input: EmbedKeyInput!) {\n    createEmbedKey(input: $input) {\n      id\n    }\n  }\n": types.CreateEmbedKeyDocument,
    "\n  mutation RevokeEmbedKey($id: ID!) {\n    revokeEmbedKey(id: $id) {\n      id\n    }\n  }\n": types.RevokeEmbedKeyDocument,
    "\n  query AuditLog {\n    auditLog(first: 200) {\n      id\n      actor\n      action\n      targetType\n      targetId\n      data\n      createdAt\n    }\n  }\n": types.AuditLogDocument,
    "\n  query Mailbox {\n    mailbox {\n      id\n      to\n      subject\n      text\n      links\n      createdAt\n    }\n  }\n": types.MailboxDocument,
    "\n  query AssessmentTitles {\n    assessments {\n      id\n      title\n    }\n  }\n": types.AssessmentTitlesDocument,
    "\n  query CandidatesOf($assessmentId: ID!) {\n    candidates(assessmentId: $assessmentId) {\n      id\n      email\n      name\n      status\n      score\n      underReview\n    }\n  }\n": types.CandidatesOfDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssessmentFields on Assessment {\n    id\n    title\n    instructions\n    timeLimitMinutes\n    hintsAllowed\n    hintPenalty\n    status\n    kind\n    candidateCount\n    createdAt\n    updatedAt\n    challenges {\n      position\n      slug\n      title\n      language\n      difficulty\n      estimatedMinutes\n      private\n    }\n  }\n"): typeof import('./graphql').AssessmentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PipelineRowFields on CandidateInvite {\n    id\n    email\n    name\n    status\n    score\n    underReview\n    timeUsedSeconds\n    sentAt\n    startedAt\n    submittedAt\n    extraTimePercent\n    sendCount\n  }\n"): typeof import('./graphql').PipelineRowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Assessments {\n    assessments {\n      ...AssessmentFields\n    }\n  }\n"): typeof import('./graphql').AssessmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Assessment($id: ID!) {\n    assessment(id: $id) {\n      ...AssessmentFields\n    }\n  }\n"): typeof import('./graphql').AssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishAssessment($id: ID!) {\n    publishAssessment(id: $id) {\n      ...AssessmentFields\n    }\n  }\n"): typeof import('./graphql').PublishAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveAssessment($id: ID!) {\n    archiveAssessment(id: $id) {\n      ...AssessmentFields\n    }\n  }\n"): typeof import('./graphql').ArchiveAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAssessment($input: AssessmentInput!) {\n    createAssessment(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAssessment($id: ID!, $input: AssessmentInput!) {\n    updateAssessment(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentCatalog($filter: ChallengeFilter) {\n    challenges(filter: $filter, first: 50) {\n      nodes {\n        slug\n        title\n        language\n        difficulty\n        estimatedMinutes\n        bugTypes\n      }\n    }\n  }\n"): typeof import('./graphql').AssessmentCatalogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChallengeBrief($slug: String!) {\n    challenge(slug: $slug) {\n      summary\n    }\n  }\n"): typeof import('./graphql').ChallengeBriefDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Pipeline($assessmentId: ID!) {\n    candidates(assessmentId: $assessmentId) {\n      ...PipelineRowFields\n    }\n  }\n"): typeof import('./graphql').PipelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvite($id: ID!) {\n    resendInvite(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').ResendInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvite($id: ID!) {\n    revokeInvite(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').RevokeInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteCandidates($assessmentId: ID!, $candidates: [CandidateInput!]!) {\n    inviteCandidates(assessmentId: $assessmentId, candidates: $candidates) {\n      invited {\n        id\n      }\n      errors {\n        index\n        email\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').InviteCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAccommodation($id: ID!, $extraTimePercent: Int!) {\n    setAccommodation(id: $id, extraTimePercent: $extraTimePercent) {\n      id\n    }\n  }\n"): typeof import('./graphql').SetAccommodationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PipelineCsv($assessmentId: ID!) {\n    pipelineCsv(assessmentId: $assessmentId)\n  }\n"): typeof import('./graphql').PipelineCsvDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EmbedKeyFields on EmbedKey {\n    id\n    name\n    publishableKey\n    allowedOrigins\n    challenges {\n      slug\n      title\n      assessmentId\n    }\n    applicants\n    submitted\n    revokedAt\n    createdAt\n  }\n"): typeof import('./graphql').EmbedKeyFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmbedKeys {\n    embedKeys {\n      ...EmbedKeyFields\n    }\n  }\n"): typeof import('./graphql').EmbedKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmbedCatalog {\n    challenges(first: 100) {\n      nodes {\n        slug\n        title\n        language\n      }\n    }\n  }\n"): typeof import('./graphql').EmbedCatalogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEmbedKey($input: EmbedKeyInput!) {\n    createEmbedKey(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateEmbedKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeEmbedKey($id: ID!) {\n    revokeEmbedKey(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').RevokeEmbedKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog {\n    auditLog(first: 200) {\n      id\n      actor\n      action\n      targetType\n      targetId\n      data\n      createdAt\n    }\n  }\n"): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Mailbox {\n    mailbox {\n      id\n      to\n      subject\n      text\n      links\n      createdAt\n    }\n  }\n"): typeof import('./graphql').MailboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentTitles {\n    assessments {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').AssessmentTitlesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CandidatesOf($assessmentId: ID!) {\n    candidates(assessmentId: $assessmentId) {\n      id\n      email\n      name\n      status\n      score\n      underReview\n    }\n  }\n"): typeof import('./graphql').CandidatesOfDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
