/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type EmbedKeyInput = {
  /** Exact origins, e.g. https://careers.example.com. */
  allowedOrigins: Array<string>;
  /** 1 to 10 challenge slugs the key may show. */
  challengeSlugs: Array<string>;
  name: string;
};

export type EmbedKeyFieldsFragment = { id: string, name: string, publishableKey: string, allowedOrigins: Array<string>, applicants: number, submitted: number, revokedAt: string | null, createdAt: string, challenges: Array<{ slug: string, title: string, assessmentId: string }> };

export type EmbedKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type EmbedKeysQuery = { embedKeys: Array<{ id: string, name: string, publishableKey: string, allowedOrigins: Array<string>, applicants: number, submitted: number, revokedAt: string | null, createdAt: string, challenges: Array<{ slug: string, title: string, assessmentId: string }> }> };

export type EmbedCatalogQueryVariables = Exact<{ [key: string]: never; }>;


export type EmbedCatalogQuery = { challenges: { nodes: Array<{ slug: string, title: string, language: string }> } };

export type CreateEmbedKeyMutationVariables = Exact<{
  input: EmbedKeyInput;
}>;


export type CreateEmbedKeyMutation = { createEmbedKey: { id: string } };

export type RevokeEmbedKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeEmbedKeyMutation = { revokeEmbedKey: { id: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const EmbedKeyFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"EmbedKeyFields"}) as unknown as TypedDocumentString<EmbedKeyFieldsFragment, unknown>;
export const EmbedKeysDocument = new TypedDocumentString(`
    query EmbedKeys {
  embedKeys {
    ...EmbedKeyFields
  }
}
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
}`) as unknown as TypedDocumentString<EmbedKeysQuery, EmbedKeysQueryVariables>;
export const EmbedCatalogDocument = new TypedDocumentString(`
    query EmbedCatalog {
  challenges(first: 100) {
    nodes {
      slug
      title
      language
    }
  }
}
    `) as unknown as TypedDocumentString<EmbedCatalogQuery, EmbedCatalogQueryVariables>;
export const CreateEmbedKeyDocument = new TypedDocumentString(`
    mutation CreateEmbedKey($input: EmbedKeyInput!) {
  createEmbedKey(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateEmbedKeyMutation, CreateEmbedKeyMutationVariables>;
export const RevokeEmbedKeyDocument = new TypedDocumentString(`
    mutation RevokeEmbedKey($id: ID!) {
  revokeEmbedKey(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RevokeEmbedKeyMutation, RevokeEmbedKeyMutationVariables>;