// The client core every GraphQL front end shares (issue 16): one ApiError mapped by code, one
// transport (auth and tenant headers, refresh-and-retry), one refresh serialised across tabs.
export { ApiError, apiErrorOf, codeOf, isTransient, type ApiErrorCode } from './api-error.js';
export {
  browserLocks,
  CrossTabRefresh,
  type Locks,
  type RefreshOutcome,
  type RotatedSignIn,
  type TokenStorage,
} from './cross-tab-refresh.js';
export {
  createGraphqlTransport,
  send,
  type DeclaredDocument,
  type GraphqlTransport,
  type Requester,
  type RequestOptions,
  type SessionTokens,
  type TransportOptions,
} from './graphql-transport.js';
