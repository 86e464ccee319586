// The embed page's documents (career-page keys), typed by the code generator from the committed
// schema (`npm run codegen` writes ../generated).
import { graphql } from '../generated';

graphql(`
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
`);

export const EMBED_KEYS = graphql(`
  query EmbedKeys {
    embedKeys {
      ...EmbedKeyFields
    }
  }
`);

export const EMBED_CATALOG = graphql(`
  query EmbedCatalog {
    challenges(first: 100) {
      nodes {
        slug
        title
        language
      }
    }
  }
`);

export const CREATE_EMBED_KEY = graphql(`
  mutation CreateEmbedKey($input: EmbedKeyInput!) {
    createEmbedKey(input: $input) {
      id
    }
  }
`);

export const REVOKE_EMBED_KEY = graphql(`
  mutation RevokeEmbedKey($id: ID!) {
    revokeEmbedKey(id: $id) {
      id
    }
  }
`);
