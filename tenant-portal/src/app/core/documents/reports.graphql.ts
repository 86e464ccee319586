// The candidate report's documents (the report, an integrity review's decision), typed by the
// code generator from the committed schema (`npm run codegen` writes ../generated).
// Each text is a /* GraphQL */ template the generator reads; the exports are its XxxDocument
// constants, not graphql(): gql.ts's map (every text once more) stays out of the bundle.
import { CandidateReportDocument, DecideIntegrityReviewDocument } from '../generated/graphql';

/* GraphQL */ `
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
`;

/* GraphQL */ `
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
`;
export const CANDIDATE_REPORT = CandidateReportDocument;

/* GraphQL */ `
  mutation DecideIntegrityReview($submissionId: ID!, $decision: ReviewDecision!, $reason: String!) {
    decideIntegrityReview(submissionId: $submissionId, decision: $decision, reason: $reason) {
      submissionId
      reviewStatus
    }
  }
`;
export const DECIDE_INTEGRITY_REVIEW = DecideIntegrityReviewDocument;
