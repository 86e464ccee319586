import { useEffect, useState } from 'react';
import { useApi, useSession } from '../../api/ApiProvider';
import { send } from '../../api/client';
import { describeError } from '../../api/errors';
import { useQuery } from '../../api/useQuery';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { ErrorState, LoadingState } from '../../components/StatusViews';
import { LeaderboardTable } from './LeaderboardTable';
import { subscribe } from './live-socket';
import {
  AROUND_ME,
  BOARD,
  BOARD_CHANGED,
  COMPETITION,
  MY_RATING,
  REGISTER,
  START_COMPETITION_ATTEMPT,
  SUBMIT_COMPETITION_ATTEMPT,
} from './competitions.graphql';
import type { Board, Entry } from './competition-types';
import { formatLeft, useCountdown } from './useCountdown';
import './competitions.css';

const PHASE_LABEL: Record<string, string> = {
  scheduled: 'Scheduled',
  registration: 'Registration open',
  live: 'Live',
  frozen: 'Live · board frozen',
  ended: 'Ended · final results soon',
  final: 'Final results',
  cancelled: 'Cancelled',
};

/**
 * /competitions/:id — the arena: countdown, the problems with your solved state, the live board
 * (top and around you) pushed over graphql-ws, the frozen banner, and your final rating change.
 * You fix a problem in the IDE (it autosaves), then submit it to the contest from here.
 */
export default function ArenaPage({ id }: { id: string }) {
  const client = useApi();
  const { status, user } = useSession();
  const signedIn = status === 'signed-in';
  const detail = useQuery(COMPETITION, { id });
  const c = detail.data?.competition;
  useDocumentTitle(c ? c.title : 'Competition');
  const [board, setBoard] = useState<Board | null>(null);
  const [around, setAround] = useState<Entry[]>([]);
  const [phase, setPhase] = useState<string | undefined>();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  // A hiring competition's company sees the entrant's result: registering needs consent.
  const [agreed, setAgreed] = useState(false);
  // GraphQL enums travel as their names (LIVE); the labels and rules below use lower case.
  const shownPhase = (phase ?? c?.phase)?.toLowerCase();
  const live = shownPhase === 'live' || shownPhase === 'frozen';
  const left = useCountdown(c ? new Date(live ? c.endsAt : c.startsAt).getTime() : undefined);
  const { refetch } = detail;

  // The board: one read, then pushes; "around me" re-read on each push (signed in and entered).
  useEffect(() => {
    let cancelled = false;
    const readAround = () => {
      if (!signedIn) return;
      send(client, AROUND_ME, { id })
        .then((d) => !cancelled && setAround(d.leaderboardAroundMe.entries))
        .catch(() => undefined);
    };
    send(client, BOARD, { id })
      .then((d) => !cancelled && setBoard(d.leaderboard))
      .catch(() => undefined);
    readAround();
    const live = subscribe(
      BOARD_CHANGED,
      { id },
      ({ leaderboardChanged: u }) => {
        setBoard((b) => ({ frozen: u.frozen, total: b?.total ?? u.top.length, entries: u.top }));
        setPhase((p) => {
          if (p !== u.phase) refetch();
          return u.phase;
        });
        readAround();
      },
      (error) => setMessage(error),
    );
    return () => {
      cancelled = true;
      live.close();
    };
  }, [client, id, signedIn, refetch]);

  const rating = useQuery(MY_RATING, {}, signedIn && shownPhase === 'final');
  const change = rating.data?.myRating?.history?.find((h) => h.competitionId === id);

  async function register() {
    setBusy('register');
    try {
      await send(client, REGISTER, { id, consent: agreed });
      refetch();
    } catch (error) {
      setMessage(describeError(error));
    } finally {
      setBusy(null);
    }
  }

  async function submit(slug: string) {
    setBusy(slug);
    setMessage(null);
    try {
      const attempt = await send(client, START_COMPETITION_ATTEMPT, { slug });
      const { submitCompetitionAttempt: v } = await send(client, SUBMIT_COMPETITION_ATTEMPT, {
        id,
        attemptId: attempt.startAttempt.id,
      });
      setMessage(
        !v.counts
          ? 'Submitted. This submit needs a review before it can score.'
          : v.correctnessPermille === 1000
            ? `Accepted! You have ${v.points} points.`
            : `Not fully correct yet (${v.correctnessPermille / 10}% of the hidden tests). You have ${v.points} points.`,
      );
      refetch();
    } catch (error) {
      setMessage(describeError(error));
    } finally {
      setBusy(null);
    }
  }

  if (detail.loading && !c) return <LoadingState label="Loading the competition…" />;
  if (detail.error || !c)
    return (
      <ErrorState error={detail.error} title="Could not load the competition" onRetry={refetch} />
    );

  return (
    <div className="page arena">
      <header className="arena__header">
        <h1>{c.title}</h1>
        <p className="arena__phase">
          <span className={`arena__badge arena__badge--${shownPhase}`}>
            {PHASE_LABEL[shownPhase ?? ''] ?? shownPhase}
          </span>
          {(shownPhase === 'scheduled' || shownPhase === 'registration' || live) && (
            <span className="arena__countdown" aria-live="off">
              {live ? 'Ends in' : 'Starts in'} <strong>{formatLeft(left)}</strong>
            </span>
          )}
          <span>{c.entrants} entrants</span>
        </p>
        {c.description && <p>{c.description}</p>}
        {c.pausedAt && <p role="status">Paused by the organisers: the clock is stopped.</p>}
        {signedIn && !c.registered && (shownPhase === 'registration' || shownPhase === 'live') && (
          <>
            {c.consentNotice && (
              <label className="arena__consent">
                <input
                  type="checkbox"
                  checked={agreed}
                  onChange={(event) => setAgreed(event.target.checked)}
                />{' '}
                {c.consentNotice}
              </label>
            )}
            <button
              type="button"
              className="button button--primary"
              disabled={busy === 'register' || (!!c.consentNotice && !agreed)}
              onClick={() => void register()}
            >
              Register
            </button>
          </>
        )}
        {!signedIn && (
          <p>
            <Link to="/login">Log in</Link> to register.
          </p>
        )}
      </header>
      {message && (
        <p role="status" className="arena__message">
          {message}
        </p>
      )}
      {shownPhase === 'final' && change && (
        <p className="arena__rating" role="status">
          Final rank {change.rank}. Rating {Math.round(change.ratingBefore)} →{' '}
          <strong>{Math.round(change.ratingAfter)}</strong> (
          {change.ratingAfter >= change.ratingBefore ? '+' : ''}
          {Math.round(change.ratingAfter - change.ratingBefore)})
        </p>
      )}
      <div className="arena__body">
        <section aria-labelledby="problems" className="arena__problems">
          <h2 id="problems">Problems</h2>
          <ol>
            {c.challenges.map((p) => (
              <li key={p.challengeId} className="arena__problem">
                <span className="arena__solved" aria-label={p.solved ? 'solved' : 'not solved'}>
                  {p.solved ? '✓' : '○'}
                </span>
                <span className="arena__problem-title">
                  {p.title}{' '}
                  <small>
                    ({p.language}, {p.maxPoints} pts)
                  </small>
                </span>
                {live && c.registered && (
                  <>
                    <Link to={`/challenges/${p.slug}`} className="button button--ghost">
                      Open in IDE
                    </Link>
                    <button
                      type="button"
                      className="button button--primary"
                      disabled={busy !== null}
                      onClick={() => void submit(p.slug)}
                      aria-label={`Submit ${p.title} to the contest`}
                    >
                      {busy === p.slug ? 'Grading…' : 'Submit'}
                    </button>
                  </>
                )}
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="board" className="arena__board">
          <h2 id="board">Leaderboard</h2>
          {board?.frozen && (
            <p className="arena__frozen" role="note">
              The board is frozen for the last {c.freezeMinutes} minutes: submits still count, and
              the final board is revealed at the end.
            </p>
          )}
          <LeaderboardTable caption="Top" entries={board?.entries ?? []} me={user?.id} />
          {around.length > 0 && (
            <LeaderboardTable caption="Around you" entries={around} me={user?.id} />
          )}
        </section>
      </div>
    </div>
  );
}
