import { useEffect } from 'react';
import { ApiError } from '../../api/errors';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { ErrorState, LoadingState } from '../../components/StatusViews';
import { useStartAttempt } from './useStartAttempt';
import { Workspace } from './Workspace';
import './ide.css';

/** /challenges/:slug — lazy-loaded: this module pulls in Monaco. */
export default function IdePage({ slug }: { slug: string }) {
  const { attempt, error, loading, reload } = useStartAttempt(slug);
  // Fetch Monaco while the attempt loads instead of after it: the two overlap.
  useEffect(() => {
    void import('./monaco-setup');
  }, []);
  useDocumentTitle(attempt?.challenge.title ?? 'Challenge');

  if (loading) return <LoadingState label="Preparing your workspace…" />;
  if (error instanceof ApiError && error.code === 'NOT_FOUND') {
    return (
      <div className="page">
        <h1>Challenge not found</h1>
        <p>
          There is no challenge called “{slug}”. <Link to="/">Browse the challenges</Link>.
        </p>
      </div>
    );
  }
  if (error || !attempt)
    return <ErrorState error={error} title="Could not open this challenge" onRetry={reload} />;
  // key: a new attempt (after Reset on the server or "Start a new attempt") starts clean.
  return <Workspace key={attempt.id} attempt={attempt} onNewAttempt={reload} />;
}
