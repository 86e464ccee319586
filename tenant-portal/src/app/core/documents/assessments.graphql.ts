// The assessment pages' documents (list, form, detail and its pipeline), typed by the code
// generator from the committed schema (`npm run codegen` writes ../generated).
// Each text is a /* GraphQL */ template the generator reads; the exports are its XxxDocument
// constants, not graphql(): gql.ts's map (every text once more) stays out of the bundle.
import {
  ArchiveAssessmentDocument,
  AssessmentCatalogDocument,
  AssessmentDocument,
  AssessmentsDocument,
  ChallengeBriefDocument,
  CreateAssessmentDocument,
  InviteCandidatesDocument,
  PipelineCsvDocument,
  PipelineDocument,
  PublishAssessmentDocument,
  ResendInviteDocument,
  RevokeInviteDocument,
  SetAccommodationDocument,
  UpdateAssessmentDocument,
} from '../generated/graphql';

/* GraphQL */ `
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
`;

/* GraphQL */ `
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
`;

/* GraphQL */ `
  query Assessments {
    assessments {
      ...AssessmentFields
    }
  }
`;
export const ASSESSMENTS = AssessmentsDocument;

/* GraphQL */ `
  query Assessment($id: ID!) {
    assessment(id: $id) {
      ...AssessmentFields
    }
  }
`;
export const ASSESSMENT = AssessmentDocument;

/* GraphQL */ `
  mutation PublishAssessment($id: ID!) {
    publishAssessment(id: $id) {
      ...AssessmentFields
    }
  }
`;
export const PUBLISH_ASSESSMENT = PublishAssessmentDocument;

/* GraphQL */ `
  mutation ArchiveAssessment($id: ID!) {
    archiveAssessment(id: $id) {
      ...AssessmentFields
    }
  }
`;
export const ARCHIVE_ASSESSMENT = ArchiveAssessmentDocument;

/* GraphQL */ `
  mutation CreateAssessment($input: AssessmentInput!) {
    createAssessment(input: $input) {
      id
    }
  }
`;
export const CREATE_ASSESSMENT = CreateAssessmentDocument;

/* GraphQL */ `
  mutation UpdateAssessment($id: ID!, $input: AssessmentInput!) {
    updateAssessment(id: $id, input: $input) {
      id
    }
  }
`;
export const UPDATE_ASSESSMENT = UpdateAssessmentDocument;

/* GraphQL */ `
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
`;
export const ASSESSMENT_CATALOG = AssessmentCatalogDocument;

/* GraphQL */ `
  query ChallengeBrief($slug: String!) {
    challenge(slug: $slug) {
      summary
    }
  }
`;
export const CHALLENGE_BRIEF = ChallengeBriefDocument;

/* GraphQL */ `
  query Pipeline($assessmentId: ID!) {
    candidates(assessmentId: $assessmentId) {
      ...PipelineRowFields
    }
  }
`;
export const PIPELINE = PipelineDocument;

/* GraphQL */ `
  mutation ResendInvite($id: ID!) {
    resendInvite(id: $id) {
      id
    }
  }
`;
export const RESEND_INVITE = ResendInviteDocument;

/* GraphQL */ `
  mutation RevokeInvite($id: ID!) {
    revokeInvite(id: $id) {
      id
    }
  }
`;
export const REVOKE_INVITE = RevokeInviteDocument;

/* GraphQL */ `
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
`;
export const INVITE_CANDIDATES = InviteCandidatesDocument;

/* GraphQL */ `
  mutation SetAccommodation($id: ID!, $extraTimePercent: Int!) {
    setAccommodation(id: $id, extraTimePercent: $extraTimePercent) {
      id
    }
  }
`;
export const SET_ACCOMMODATION = SetAccommodationDocument;

/* GraphQL */ `
  query PipelineCsv($assessmentId: ID!) {
    pipelineCsv(assessmentId: $assessmentId)
  }
`;
export const PIPELINE_CSV = PipelineCsvDocument;
