// Documents of the smaller portal pages (audit log, development mailbox, all candidates), typed
// by the code generator from the committed schema (`npm run codegen` writes ../generated).
// Each text is a /* GraphQL */ template the generator reads; the exports are its XxxDocument
// constants, not graphql(): gql.ts's map (every text once more) stays out of the bundle.
import {
  AssessmentTitlesDocument,
  AuditLogDocument,
  CandidatesOfDocument,
  MailboxDocument,
} from '../generated/graphql';

/* GraphQL */ `
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
`;
export const AUDIT_LOG = AuditLogDocument;

/* GraphQL */ `
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
`;
export const MAILBOX = MailboxDocument;

/* GraphQL */ `
  query AssessmentTitles {
    assessments {
      id
      title
    }
  }
`;
export const ASSESSMENT_TITLES = AssessmentTitlesDocument;

/* GraphQL */ `
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
`;
export const CANDIDATES_OF = CandidatesOfDocument;
