import { describeError } from '../../api/errors';
import { Link } from 'react-router';
import { DifficultyStars } from '../../components/DifficultyStars';
import { languageName } from '../../components/labels';
import { EmptyState, ErrorState, LoadingState } from '../../components/StatusViews';
import { useAttemptHistory } from './useAttemptHistory';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function AttemptHistory() {
  const history = useAttemptHistory();
  if (history.loading) return <LoadingState label="Loading your attempts…" />;
  if (history.error)
    return (
      <ErrorState
        error={history.error}
        title="Could not load your attempts"
        onRetry={history.retry}
      />
    );
  if (history.attempts.length === 0) {
    return (
      <EmptyState title="No attempts yet">
        <Link to="/">Pick a challenge to start</Link>
      </EmptyState>
    );
  }
  return (
    <>
      <div className="history__scroll">
        <table className="history">
          <caption className="visually-hidden">Your attempts, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Challenge</th>
              <th scope="col">Language</th>
              <th scope="col">Difficulty</th>
              <th scope="col">Started</th>
              <th scope="col">Status</th>
              <th scope="col" className="history__score">
                Score
              </th>
            </tr>
          </thead>
          <tbody>
            {history.attempts.map((attempt) => (
              <tr key={attempt.id}>
                <td>
                  <Link to={`/challenges/${encodeURIComponent(attempt.challenge.slug)}`}>
                    {attempt.challenge.title}
                  </Link>
                </td>
                <td>{languageName(attempt.challenge.language)}</td>
                <td>
                  <DifficultyStars level={attempt.challenge.difficulty} compact />
                </td>
                <td>{dateFormat.format(new Date(attempt.startedAt))}</td>
                <td>{attempt.status === 'SUBMITTED' ? 'Submitted' : 'In progress'}</td>
                <td className="history__score">
                  {!attempt.submission
                    ? '—'
                    : attempt.submission.score === null
                      ? 'Not scored'
                      : `${attempt.submission.score}/100`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {history.moreError ? (
        <p className="alert" role="alert">
          {describeError(history.moreError)}
        </p>
      ) : null}
      {history.hasMore && (
        <div className="history__more">
          <button
            type="button"
            className="button"
            onClick={() => void history.loadMore()}
            disabled={history.loadingMore}
          >
            {history.loadingMore ? 'Loading…' : 'Load older attempts'}
          </button>
        </div>
      )}
    </>
  );
}
