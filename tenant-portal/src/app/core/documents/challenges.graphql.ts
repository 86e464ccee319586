// The challenges page's documents (the catalog, uploads of a tenant's own challenge), typed by
// the code generator from the committed schema (`npm run codegen` writes ../generated).
import { graphql } from '../generated';

export const CHALLENGE_CATALOG = graphql(`
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
`);

export const UPLOAD_PRIVATE_CHALLENGE = graphql(`
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
`);
