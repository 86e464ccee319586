/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment EmbedKeyFields on EmbedKey {\n    id\n    name\n    publishableKey\n    allowedOrigins\n    challenges {\n      slug\n      title\n      assessmentId\n    }\n    applicants\n    submitted\n    revokedAt\n    createdAt\n  }\n": typeof types.EmbedKeyFieldsFragmentDoc,
    "\n  query EmbedKeys {\n    embedKeys {\n      ...EmbedKeyFields\n    }\n  }\n": typeof types.EmbedKeysDocument,
    "\n  query EmbedCatalog {\n    challenges(first: 100) {\n      nodes {\n        slug\n        title\n        language\n      }\n    }\n  }\n": typeof types.EmbedCatalogDocument,
    "\n  mutation CreateEmbedKey($input: EmbedKeyInput!) {\n    createEmbedKey(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateEmbedKeyDocument,
    "\n  mutation RevokeEmbedKey($id: ID!) {\n    revokeEmbedKey(id: $id) {\n      id\n    }\n  }\n": typeof types.RevokeEmbedKeyDocument,
};
const documents: Documents = {
    "\n  fragment EmbedKeyFields on EmbedKey {\n    id\n    name\n    publishableKey\n    allowedOrigins\n    challenges {\n      slug\n      title\n      assessmentId\n    }\n    applicants\n    submitted\n    revokedAt\n    createdAt\n  }\n": types.EmbedKeyFieldsFragmentDoc,
    "\n  query EmbedKeys {\n    embedKeys {\n      ...EmbedKeyFields\n    }\n  }\n": types.EmbedKeysDocument,
    "\n  query EmbedCatalog {\n    challenges(first: 100) {\n      nodes {\n        slug\n        title\n        language\n      }\n    }\n  }\n": types.EmbedCatalogDocument,
    "\n  mutation CreateEmbedKey($input: EmbedKeyInput!) {\n    createEmbedKey(input: $input) {\n      id\n    }\n  }\n": types.CreateEmbedKeyDocument,
    "\n  mutation RevokeEmbedKey($id: ID!) {\n    revokeEmbedKey(id: $id) {\n      id\n    }\n  }\n": types.RevokeEmbedKeyDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EmbedKeyFields on EmbedKey {\n    id\n    name\n    publishableKey\n    allowedOrigins\n    challenges {\n      slug\n      title\n      assessmentId\n    }\n    applicants\n    submitted\n    revokedAt\n    createdAt\n  }\n"): typeof import('./graphql').EmbedKeyFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmbedKeys {\n    embedKeys {\n      ...EmbedKeyFields\n    }\n  }\n"): typeof import('./graphql').EmbedKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmbedCatalog {\n    challenges(first: 100) {\n      nodes {\n        slug\n        title\n        language\n      }\n    }\n  }\n"): typeof import('./graphql').EmbedCatalogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEmbedKey($input: EmbedKeyInput!) {\n    createEmbedKey(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateEmbedKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeEmbedKey($id: ID!) {\n    revokeEmbedKey(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').RevokeEmbedKeyDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
