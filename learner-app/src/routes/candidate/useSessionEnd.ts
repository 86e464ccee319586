import { useCallback, useEffect, useRef, useState } from 'react';
import type { Requester } from '../../api/client';
import { ApiError } from '../../api/errors';
import { send } from '../../api/client';
import type { CandidateSession } from '../../api/types';
import { subscribe } from '../competitions/live-socket';
import { CANDIDATE_SESSION, SESSION_STATE_CHANGED, SUBMIT_ASSESSMENT } from './candidate.graphql';
import { ended } from './useCandidateFlow';

/** Polling is the fallback while the live socket is down (or was never offered a token). */
export const END_POLL_MS = 2000;
/** While running, a slow check too: the server's clock, not this one, ends the session. */
export const RUNNING_POLL_MS = 30_000;
/** After a (re)connect, one read: a change published while the socket was away is not lost. */
export const CATCH_UP_MS = 500;

type Flush = () => Promise<void>;

/**
 * The end of a session: every challenge's unsaved edits flushed first, then the submit, then
 * the wait for the workflow to score and close the session. The session's state comes over
 * graphql-ws (`sessionStateChanged`, the candidate token's own session), so the done page
 * follows the server's end at once, a clock behind the server's included. Only while that
 * socket is down is candidateSession polled: every 2 s once submitted or out of time
 * (`waiting`), every 30 s before.
 */
export function useSessionEnd(
  requester: Requester,
  waiting: boolean,
  onEnded: (session: CandidateSession) => void,
  liveToken?: () => string | null,
) {
  const flushes = useRef(new Map<string, Flush>());
  const [submitted, setSubmitted] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<unknown>(null);

  const registerFlush = useCallback((attemptId: string, flush: Flush | null) => {
    if (flush) flushes.current.set(attemptId, flush);
    else flushes.current.delete(attemptId);
  }, []);

  const flushAll = useCallback(async () => {
    await Promise.allSettled([...flushes.current.values()].map((flush) => flush()));
  }, []);

  const submit = useCallback(async () => {
    setSubmitting(true);
    setSubmitError(null);
    await flushAll();
    try {
      const { submitAssessment: session } = await send(requester, SUBMIT_ASSESSMENT);
      if (ended(session)) onEnded(session);
      else setSubmitted(true);
    } catch (error) {
      // CONFLICT: the session is no longer running (the clock beat us): wait for its end.
      if (error instanceof ApiError && error.code === 'CONFLICT') setSubmitted(true);
      else setSubmitError(error);
    } finally {
      setSubmitting(false);
    }
  }, [requester, flushAll, onEnded]);

  // Up once the server acknowledged the socket; until then (and without a token) we poll.
  const [live, setLive] = useState(false);
  useEffect(() => {
    if (!liveToken) return;
    let catchUp: ReturnType<typeof setTimeout> | undefined;
    const readOnce = () =>
      send(requester, CANDIDATE_SESSION)
        .then(({ candidateSession }) => ended(candidateSession) && onEnded(candidateSession))
        .catch(() => undefined);
    const socket = subscribe(
      SESSION_STATE_CHANGED,
      {},
      ({ sessionStateChanged: session }) => {
        if (ended(session)) onEnded(session);
      },
      () => setLive(false), // refused: fall back to polling
      liveToken,
      (up) => {
        setLive(up);
        clearTimeout(catchUp);
        if (up) catchUp = setTimeout(() => void readOnce(), CATCH_UP_MS);
      },
    );
    return () => {
      clearTimeout(catchUp);
      socket.close();
    };
  }, [liveToken, requester, onEnded]);

  const polling = waiting || submitted;
  useEffect(() => {
    if (live) return;
    const every = polling ? END_POLL_MS : RUNNING_POLL_MS;
    let active = true;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      try {
        const { candidateSession } = await send(requester, CANDIDATE_SESSION);
        if (!active) return;
        if (ended(candidateSession)) {
          onEnded(candidateSession);
          return;
        }
      } catch {
        // A dropped poll is retried on the next round.
      }
      if (active) timer = setTimeout(() => void poll(), every);
    };
    timer = setTimeout(() => void poll(), every);
    return () => {
      active = false;
      clearTimeout(timer);
    };
  }, [live, polling, requester, onEnded]);

  return { registerFlush, flushAll, submit, submitting, submitted, submitError };
}
