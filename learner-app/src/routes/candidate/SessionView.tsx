import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { describeError } from '../../api/errors';
import type { Requester } from '../../api/client';
import type { CandidateSession } from '../../api/types';
import { Dialog } from '../../components/Dialog';
import { Markdown } from '../ide/markdown';
import { ChallengePanel } from './ChallengePanel';
import { Countdown } from './Countdown';
import { useReached } from './useClock';
import { useIntegrity } from './useIntegrity';
import { useSessionEnd } from './useSessionEnd';

/** From 30 s before the deadline every edit is saved at once, and everything is flushed. */
const FINAL_STRETCH_MS = 30_000;
const LAST_FLUSH_MS = 3_000;

interface SessionViewProps {
  session: CandidateSession;
  requester: Requester;
  /** The candidate token for the live session state; without one the session is polled. */
  liveToken?: () => string | null;
  onEnded: (session: CandidateSession) => void;
}

/** The assessment in progress: the clock, a tab per challenge with its IDE, one Submit. */
export function SessionView({ session, requester, liveToken, onEnded }: SessionViewProps) {
  // Set once begun; a session without one has nothing left to run.
  const deadline = session.deadline ?? new Date(0).toISOString();
  const timeUp = useReached(deadline);
  const finalStretch = useReached(deadline, FINAL_STRETCH_MS);
  const lastCall = useReached(deadline, LAST_FLUSH_MS);
  const end = useSessionEnd(requester, timeUp, onEnded, liveToken);
  const locked = timeUp || end.submitted;
  const onPaste = useIntegrity(requester, !locked);

  const challenges = [...session.challenges].sort((a, b) => a.position - b.position);
  const [current, setCurrent] = useState(challenges[0]?.attemptId ?? '');
  // A challenge's IDE stays mounted once opened: its unsaved edits and autosave live on.
  const [opened, setOpened] = useState(() => new Set([current]));
  const [confirming, setConfirming] = useState(false);
  const tabRefs = useRef(new Map<string, HTMLButtonElement>());

  const { flushAll } = end;
  useEffect(() => {
    if (finalStretch) void flushAll();
  }, [finalStretch, flushAll]);
  useEffect(() => {
    if (lastCall) void flushAll();
  }, [lastCall, flushAll]);

  function select(attemptId: string, focus = false) {
    setCurrent(attemptId);
    setOpened((prev) => (prev.has(attemptId) ? prev : new Set(prev).add(attemptId)));
    if (focus) tabRefs.current.get(attemptId)?.focus();
  }

  function onTabKeyDown(event: KeyboardEvent) {
    const index = challenges.findIndex((c) => c.attemptId === current);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    let next = index;
    if (step) next = (index + step + challenges.length) % challenges.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = challenges.length - 1;
    else return;
    event.preventDefault();
    select(challenges[next].attemptId, true);
  }

  return (
    <div className="candidate-session" data-testid="candidate-session">
      <header className="candidate-header">
        <div className="candidate-header__titles">
          <span className="candidate-header__company">{session.companyName}</span>
          <h1 className="candidate-header__title">{session.assessmentTitle}</h1>
        </div>
        <Countdown deadline={deadline} />
        <button
          type="button"
          className="button button--success"
          data-testid="candidate-submit"
          disabled={locked || end.submitting}
          onClick={() => setConfirming(true)}
        >
          Submit assessment
        </button>
      </header>

      {locked && (
        <p className="candidate-ending" role="status" data-testid="candidate-time-up">
          <span className="spinner spinner--small" aria-hidden="true" />
          {timeUp
            ? 'Time is up — your last saved work is being submitted'
            : 'Submitting your assessment…'}
        </p>
      )}

      <div className="candidate-tabs">
        <div
          className="candidate-tabs__list"
          role="tablist"
          aria-label="Challenges"
          onKeyDown={onTabKeyDown}
        >
          {challenges.map((c) => (
            <button
              key={c.attemptId}
              ref={(node) => {
                if (node) tabRefs.current.set(c.attemptId, node);
                else tabRefs.current.delete(c.attemptId);
              }}
              type="button"
              role="tab"
              id={`challenge-tab-${c.position}`}
              aria-selected={c.attemptId === current}
              aria-controls={`challenge-panel-${c.position}`}
              tabIndex={c.attemptId === current ? 0 : -1}
              className="candidate-tabs__tab"
              data-testid={`candidate-challenge-tab-${c.position}`}
              onClick={() => select(c.attemptId)}
            >
              Challenge {c.position}: {c.title}
            </button>
          ))}
        </div>
        <details className="candidate-tabs__instructions">
          <summary>Instructions</summary>
          <Markdown source={session.instructions} className="candidate-tabs__instructions-body" />
        </details>
      </div>

      {challenges.map((c) => (
        <div
          key={c.attemptId}
          role="tabpanel"
          id={`challenge-panel-${c.position}`}
          aria-labelledby={`challenge-tab-${c.position}`}
          hidden={c.attemptId !== current}
          className="candidate-session__panel"
        >
          {opened.has(c.attemptId) && (
            <ChallengePanel
              attemptId={c.attemptId}
              hintsAllowed={session.hintsAllowed}
              locked={locked}
              active={c.attemptId === current}
              autosaveDelayMs={finalStretch ? 0 : undefined}
              onPaste={onPaste}
              registerFlush={end.registerFlush}
            />
          )}
        </div>
      ))}

      <Dialog
        open={confirming && !locked}
        title="Submit your assessment?"
        onClose={() => setConfirming(false)}
        actions={
          <>
            <button
              type="button"
              className="button"
              onClick={() => setConfirming(false)}
              disabled={end.submitting}
            >
              Keep working
            </button>
            <button
              type="button"
              className="button button--success"
              data-testid="candidate-submit-confirm"
              disabled={end.submitting}
              onClick={() => void end.submit()}
            >
              {end.submitting ? 'Submitting…' : 'Submit now'}
            </button>
          </>
        }
      >
        <p>
          Your last saved files of all {challenges.length}{' '}
          {challenges.length === 1 ? 'challenge' : 'challenges'} are handed in and scored. You
          cannot change them afterwards.
        </p>
        {end.submitError ? (
          <p className="alert" role="alert">
            {describeError(end.submitError)}
          </p>
        ) : null}
      </Dialog>
    </div>
  );
}
