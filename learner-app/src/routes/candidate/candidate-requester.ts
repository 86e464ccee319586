// The candidate's own GraphQL access: the candidate token from openCandidateSession, sent as the
// only credential (never the learner's tokens, never a tenant header). The token lives in memory
// and in sessionStorage under the invite token, so a reload of the tab needs no new open; a
// rejected token (expired after hours) is replaced by opening the session again, which is
// idempotent on the server (same session, new token).
import { send, type ApiClient, type Requester, type RequestOptions } from '../../api/client';
import { ApiError } from '../../api/errors';
import type { CandidateSession } from '../../api/types';
import { OPEN_CANDIDATE_SESSION } from './candidate.graphql';

export const candidateTokenKey = (inviteToken: string) => `fixpoint.candidate.${inviteToken}`;

type TokenStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function sessionStore(): TokenStorage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null; // storage disabled: memory only, and a reload opens the session again
  }
}

export interface CandidateRequester extends Requester {
  /** Opens (or reopens) the session and keeps the new token; shared while one is in flight. */
  open(): Promise<CandidateSession>;
  hasToken(): boolean;
  /** The current candidate token (the live session-state socket authenticates with it). */
  token(): string | null;
}

export function createCandidateRequester(
  api: ApiClient,
  inviteToken: string,
  storage: TokenStorage | null = sessionStore(),
): CandidateRequester {
  const key = candidateTokenKey(inviteToken);
  let token = storage?.getItem(key) ?? null;
  let opening: Promise<CandidateSession> | null = null;
  const publicCalls = api.withToken(() => null);
  const candidateCalls = api.withToken(() => token);

  function open(): Promise<CandidateSession> {
    opening ??= send(publicCalls, OPEN_CANDIDATE_SESSION, { token: inviteToken })
      .then(({ openCandidateSession: auth }) => {
        token = auth.token;
        storage?.setItem(key, auth.token);
        return auth.session;
      })
      .finally(() => {
        opening = null;
      });
    return opening;
  }

  async function request<T>(
    query: string,
    variables?: object,
    options?: RequestOptions,
  ): Promise<T> {
    if (!token) await open();
    try {
      return await candidateCalls.request<T>(query, variables, options);
    } catch (error) {
      if (
        !(error instanceof ApiError && error.code === 'UNAUTHENTICATED') ||
        options?.signal?.aborted
      )
        throw error;
      token = null;
      storage?.removeItem(key);
      await open();
      return candidateCalls.request<T>(query, variables, options);
    }
  }

  return { request, open, hasToken: () => token !== null, token: () => token };
}
