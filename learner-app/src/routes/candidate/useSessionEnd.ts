import { useCallback, useEffect, useRef, useState } from 'react';
import type { Requester } from '../../api/client';
import { ApiError } from '../../api/errors';
import { CANDIDATE_SESSION, SUBMIT_ASSESSMENT } from '../../api/operations';
import type { CandidateSession } from '../../api/types';
import { ended } from './useCandidateFlow';

export const END_POLL_MS = 2000;
/** While running, a slow check too: the server's clock, not this one, ends the session. */
export const RUNNING_POLL_MS = 30_000;

type Flush = () => Promise<void>;

/**
 * The end of a session: every challenge's unsaved edits flushed first, then the submit, then
 * candidateSession polled (the workflow scores and closes the session) until it is submitted
 * or expired. `waiting` starts the polling too: the clock ran out. While neither, the session
 * is still checked now and then, so a session the server ended (a clock behind the server's)
 * leads to the done page as well.
 */
export function useSessionEnd(
  requester: Requester,
  waiting: boolean,
  onEnded: (session: CandidateSession) => void,
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
      const { submitAssessment: session } = await requester.request<{
        submitAssessment: CandidateSession;
      }>(SUBMIT_ASSESSMENT);
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

  const polling = waiting || submitted;
  useEffect(() => {
    const every = polling ? END_POLL_MS : RUNNING_POLL_MS;
    let live = true;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      try {
        const { candidateSession } = await requester.request<{
          candidateSession: CandidateSession;
        }>(CANDIDATE_SESSION);
        if (!live) return;
        if (ended(candidateSession)) {
          onEnded(candidateSession);
          return;
        }
      } catch {
        // A dropped poll is retried on the next round.
      }
      if (live) timer = setTimeout(() => void poll(), every);
    };
    timer = setTimeout(() => void poll(), every);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [polling, requester, onEnded]);

  return { registerFlush, flushAll, submit, submitting, submitted, submitError };
}
