// The embed page's documents (career-page keys), typed by the code generator from the committed
// schema (`npm run codegen` writes ../generated).
// Each text is a /* GraphQL */ template the generator reads; the exports are its XxxDocument
// constants, not graphql(): gql.ts's map (every text once more) stays out of the bundle.
import {
  CreateEmbedKeyDocument,
  EmbedCatalogDocument,
  EmbedKeysDocument,
  RevokeEmbedKeyDocument,
} from '../generated/graphql';

/* GraphQL */ `
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
`;

/* GraphQL */ `
  query EmbedKeys {
    embedKeys {
      ...EmbedKeyFields
    }
  }
`;
export const EMBED_KEYS = EmbedKeysDocument;

/* GraphQL */ `
  query EmbedCatalog {
    challenges(first: 100) {
      nodes {
        slug
        title
        language
      }
    }
  }
`;
export const EMBED_CATALOG = EmbedCatalogDocument;

/* GraphQL */ `
  mutation CreateEmbedKey($input: EmbedKeyInput!) {
    createEmbedKey(input: $input) {
      id
    }
  }
`;
export const CREATE_EMBED_KEY = CreateEmbedKeyDocument;

/* GraphQL */ `
  mutation RevokeEmbedKey($id: ID!) {
    revokeEmbedKey(id: $id) {
      id
    }
  }
`;
export const REVOKE_EMBED_KEY = RevokeEmbedKeyDocument;
