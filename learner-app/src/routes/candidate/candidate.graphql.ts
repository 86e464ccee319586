// Candidate mode's documents (docs/hiring-api.md, "The candidate's side"), typed by
// `npm run codegen`. The score is never selected: the app does not show it to the candidate.
import { graphql } from '../../api/generated';

graphql(`
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
`);

export const CANDIDATE_INVITE = graphql(`
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
`);

export const OPEN_CANDIDATE_SESSION = graphql(`
  mutation OpenCandidateSession($token: String!) {
    openCandidateSession(token: $token) {
      token
      session {
        ...CandidateSessionFields
      }
    }
  }
`);

export const CANDIDATE_SESSION = graphql(`
  query CandidateSession {
    candidateSession {
      ...CandidateSessionFields
    }
  }
`);

/** Over graphql-ws: the candidate token's own session, each time its state changes. */
export const SESSION_STATE_CHANGED = graphql(`
  subscription SessionStateChanged {
    sessionStateChanged {
      ...CandidateSessionFields
    }
  }
`);

export const BEGIN_ASSESSMENT = graphql(`
  mutation BeginAssessment($consent: Boolean!) {
    beginAssessment(consent: $consent) {
      ...CandidateSessionFields
    }
  }
`);

export const RECORD_INTEGRITY = graphql(`
  mutation RecordIntegrity($pastes: Int!, $focusLosses: Int!) {
    recordIntegrity(pastes: $pastes, focusLosses: $focusLosses)
  }
`);

export const SUBMIT_ASSESSMENT = graphql(`
  mutation SubmitAssessment {
    submitAssessment {
      ...CandidateSessionFields
    }
  }
`);
