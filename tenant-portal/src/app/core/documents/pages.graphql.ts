// Documents of the smaller portal pages (audit log, development mailbox, all candidates), typed
// by the code generator from the committed schema (`npm run codegen` writes ../generated).
import { graphql } from '../generated';

export const AUDIT_LOG = graphql(`
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
`);

export const MAILBOX = graphql(`
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
`);

export const ASSESSMENT_TITLES = graphql(`
  query AssessmentTitles {
    assessments {
      id
      title
    }
  }
`);

export const CANDIDATES_OF = graphql(`
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
`);
