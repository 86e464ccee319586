// The assessment pages' documents (list, form, detail and its pipeline), typed by the code
// generator from the committed schema (`npm run codegen` writes ../generated).
import { graphql } from '../generated';

graphql(`
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
`);

graphql(`
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
`);

export const ASSESSMENTS = graphql(`
  query Assessments {
    assessments {
      ...AssessmentFields
    }
  }
`);

export const ASSESSMENT = graphql(`
  query Assessment($id: ID!) {
    assessment(id: $id) {
      ...AssessmentFields
    }
  }
`);

export const PUBLISH_ASSESSMENT = graphql(`
  mutation PublishAssessment($id: ID!) {
    publishAssessment(id: $id) {
      ...AssessmentFields
    }
  }
`);

export const ARCHIVE_ASSESSMENT = graphql(`
  mutation ArchiveAssessment($id: ID!) {
    archiveAssessment(id: $id) {
      ...AssessmentFields
    }
  }
`);

export const CREATE_ASSESSMENT = graphql(`
  mutation CreateAssessment($input: AssessmentInput!) {
    createAssessment(input: $input) {
      id
    }
  }
`);

export const UPDATE_ASSESSMENT = graphql(`
  mutation UpdateAssessment($id: ID!, $input: AssessmentInput!) {
    updateAssessment(id: $id, input: $input) {
      id
    }
  }
`);

export const ASSESSMENT_CATALOG = graphql(`
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
`);

export const CHALLENGE_BRIEF = graphql(`
  query ChallengeBrief($slug: String!) {
    challenge(slug: $slug) {
      summary
    }
  }
`);

export const PIPELINE = graphql(`
  query Pipeline($assessmentId: ID!) {
    candidates(assessmentId: $assessmentId) {
      ...PipelineRowFields
    }
  }
`);

export const RESEND_INVITE = graphql(`
  mutation ResendInvite($id: ID!) {
    resendInvite(id: $id) {
      id
    }
  }
`);

export const REVOKE_INVITE = graphql(`
  mutation RevokeInvite($id: ID!) {
    revokeInvite(id: $id) {
      id
    }
  }
`);

export const INVITE_CANDIDATES = graphql(`
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
`);

export const SET_ACCOMMODATION = graphql(`
  mutation SetAccommodation($id: ID!, $extraTimePercent: Int!) {
    setAccommodation(id: $id, extraTimePercent: $extraTimePercent) {
      id
    }
  }
`);

export const PIPELINE_CSV = graphql(`
  query PipelineCsv($assessmentId: ID!) {
    pipelineCsv(assessmentId: $assessmentId)
  }
`);
