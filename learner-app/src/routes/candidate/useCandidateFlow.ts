import { useCallback, useEffect, useMemo, useState } from 'react';
import { useApi } from '../../api/ApiProvider';
import { ApiError } from '../../api/errors';
import { send } from '../../api/client';
import type { CandidateLanding, CandidateSession } from '../../api/types';
import { BEGIN_ASSESSMENT, CANDIDATE_INVITE, CANDIDATE_SESSION } from './candidate.graphql';
import { createCandidateRequester, type CandidateRequester } from './candidate-requester';

/** Why a link offers nothing. */
export type ClosedReason = 'unknown' | 'revoked' | 'expired';

export type CandidateView =
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown }
  | { kind: 'closed'; reason: ClosedReason; companyName: string | null }
  | { kind: 'landing'; landing: CandidateLanding }
  | { kind: 'session'; session: CandidateSession }
  | { kind: 'done'; companyName: string; endedBy: 'submitted' | 'expired' };

export const ended = (session: CandidateSession) =>
  session.phase === 'submitted' || session.phase === 'expired';

export function doneView(session: CandidateSession): CandidateView {
  return {
    kind: 'done',
    companyName: session.companyName,
    endedBy: session.phase === 'expired' ? 'expired' : 'submitted',
  };
}

function viewOf(session: CandidateSession, landing: CandidateLanding): CandidateView {
  if (ended(session)) return doneView(session);
  return session.phase === 'in_progress'
    ? { kind: 'session', session }
    : { kind: 'landing', landing };
}

/**
 * The candidate's way through an invite link: the landing (public), then the session opened
 * with the link (idempotent: reopening the link resumes it), begun with consent, ended by a
 * submit or the clock.
 */
export function useCandidateFlow(inviteToken: string) {
  const api = useApi();
  const requester: CandidateRequester = useMemo(
    () => createCandidateRequester(api, inviteToken),
    [api, inviteToken],
  );
  const [generation, setGeneration] = useState(0);
  const key = `${inviteToken}|${generation}`;
  const [settled, setSettled] = useState<{ key: string; view: CandidateView } | null>(null);
  const [beginning, setBeginning] = useState(false);
  const [beginError, setBeginError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    const show = (view: CandidateView) => live && setSettled({ key, view });
    load(api, requester, inviteToken).then(show, (error: unknown) =>
      show({ kind: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [api, requester, inviteToken, key]);

  const view: CandidateView = settled?.key === key ? settled.view : { kind: 'loading' };
  const setView = useCallback((next: CandidateView) => setSettled({ key, view: next }), [key]);

  const begin = useCallback(async () => {
    setBeginning(true);
    setBeginError(null);
    try {
      const { beginAssessment: session } = await send(requester, BEGIN_ASSESSMENT, {
        consent: true,
      });
      setView({ kind: 'session', session });
    } catch (error) {
      setBeginError(error);
    } finally {
      setBeginning(false);
    }
  }, [requester, setView]);

  const finish = useCallback(
    (session: CandidateSession) => {
      if (ended(session)) setView(doneView(session));
    },
    [setView],
  );

  return {
    view,
    requester,
    begin,
    beginning,
    beginError,
    /** The session ended (submitted or expired): show the done page. */
    finish,
    reload: useCallback(() => setGeneration((g) => g + 1), []),
  };
}

async function load(
  api: ReturnType<typeof useApi>,
  requester: CandidateRequester,
  inviteToken: string,
): Promise<CandidateView> {
  let landing: CandidateLanding;
  try {
    ({ candidateInvite: landing } = await send(
      api.withToken(() => null),
      CANDIDATE_INVITE,
      { token: inviteToken },
    ));
  } catch (error) {
    if (error instanceof ApiError && error.code === 'NOT_FOUND')
      return { kind: 'closed', reason: 'unknown', companyName: null };
    throw error;
  }
  const { status, companyName } = landing;
  if (status === 'revoked') return { kind: 'closed', reason: 'revoked', companyName };
  if (status === 'submitted') return { kind: 'done', companyName, endedBy: 'submitted' };
  if (status === 'expired') {
    // A session whose time ran out reads as expired too: with this tab's token we can tell
    // "your time is over and your work was handed in" from "the link lapsed unused".
    if (requester.hasToken()) {
      const session = await currentSession(requester).catch(() => null);
      if (session && ended(session)) return viewOf(session, landing);
    }
    return { kind: 'closed', reason: 'expired', companyName };
  }
  try {
    const session = requester.hasToken() ? await currentSession(requester) : await requester.open();
    return viewOf(session, landing);
  } catch (error) {
    // The link closed between the two calls (revoked or lapsed just now): say so.
    if (error instanceof ApiError && error.code === 'CONFLICT')
      return { kind: 'closed', reason: 'expired', companyName };
    throw error;
  }
}

async function currentSession(requester: CandidateRequester): Promise<CandidateSession> {
  const { candidateSession } = await send(requester, CANDIDATE_SESSION);
  return candidateSession;
}
