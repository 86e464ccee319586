import { useCallback, useEffect, useRef } from 'react';
import type { Requester } from '../../api/client';
import { send } from '../../api/client';
import { RECORD_INTEGRITY } from './candidate.graphql';

export const INTEGRITY_BATCH_MS = 5000;
// The API takes 0..1000 of each per call; anything above waits for the next batch.
const MAX_PER_CALL = 1000;

interface Counts {
  pastes: number;
  focusLosses: number;
}

/**
 * Counts pastes in the editor (the returned callback, given to Monaco's onDidPaste) and times
 * the page lost focus (window blur or the tab hidden; one loss until focus comes back), and
 * sends them with recordIntegrity in small batches: every 5 s when there is something to send,
 * on pagehide as a last keepalive request, and when the session view stops counting.
 */
export function useIntegrity(requester: Requester, enabled: boolean): () => void {
  const counts = useRef<Counts>({ pastes: 0, focusLosses: 0 });
  const onPaste = useCallback(() => {
    counts.current.pastes += 1;
  }, []);

  useEffect(() => {
    if (!enabled) return;
    let away = document.visibilityState === 'hidden';
    let sending = false;

    const lose = () => {
      if (away) return;
      away = true;
      counts.current.focusLosses += 1;
    };
    const back = () => {
      away = false;
    };
    const onVisibility = () => (document.visibilityState === 'hidden' ? lose() : back());

    /** Sends what was counted; a failed batch is added back for the next one. */
    const sendBatch = (keepalive = false) => {
      const batch = {
        pastes: Math.min(counts.current.pastes, MAX_PER_CALL),
        focusLosses: Math.min(counts.current.focusLosses, MAX_PER_CALL),
      };
      if ((batch.pastes === 0 && batch.focusLosses === 0) || (sending && !keepalive)) return;
      counts.current.pastes -= batch.pastes;
      counts.current.focusLosses -= batch.focusLosses;
      sending = true;
      send(requester, RECORD_INTEGRITY, batch, { keepalive }).then(
        () => {
          sending = false;
        },
        () => {
          sending = false;
          counts.current.pastes += batch.pastes;
          counts.current.focusLosses += batch.focusLosses;
        },
      );
    };
    const onPageHide = () => sendBatch(true);

    window.addEventListener('blur', lose);
    window.addEventListener('focus', back);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    const timer = setInterval(() => sendBatch(), INTEGRITY_BATCH_MS);
    return () => {
      window.removeEventListener('blur', lose);
      window.removeEventListener('focus', back);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
      clearInterval(timer);
      sendBatch();
    };
  }, [requester, enabled]);

  return onPaste;
}
