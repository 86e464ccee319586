// The challenges page's documents (the catalog, uploads of a tenant's own challenge), typed by
// the code generator from the committed schema (`npm run codegen` writes ../generated).
// Each text is a /* GraphQL */ template the generator reads; the exports are its XxxDocument
// constants, not graphql(): gql.ts's map (every text once more) stays out of the bundle.
import { ChallengeCatalogDocument, UploadPrivateChallengeDocument } from '../generated/graphql';

/* GraphQL */ `
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
`;
export const CHALLENGE_CATALOG = ChallengeCatalogDocument;

/* GraphQL */ `
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
`;
export const UPLOAD_PRIVATE_CHALLENGE = UploadPrivateChallengeDocument;
