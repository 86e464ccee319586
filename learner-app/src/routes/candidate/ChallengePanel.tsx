import { useMemo } from 'react';
import { ATTEMPT } from '../../api/operations.graphql';
import { useQuery } from '../../api/useQuery';
import { ErrorState, LoadingState } from '../../components/StatusViews';
import { Workspace, type AssessmentMode } from '../ide/Workspace';

/** One challenge of the assessment: its attempt in the same IDE learners use. */
export function ChallengePanel({ attemptId, ...mode }: AssessmentMode & { attemptId: string }) {
  const { data, error, loading, refetch } = useQuery(ATTEMPT, {
    id: attemptId,
  });
  const { hintsAllowed, locked, active, autosaveDelayMs, onPaste, registerFlush } = mode;
  // A stable object, so a tick elsewhere on the page does not re-render the editor.
  const assessment = useMemo(
    () => ({ hintsAllowed, locked, active, autosaveDelayMs, onPaste, registerFlush }),
    [hintsAllowed, locked, active, autosaveDelayMs, onPaste, registerFlush],
  );
  if (loading) return <LoadingState label="Opening the challenge…" />;
  if (error || !data)
    return <ErrorState error={error} title="Could not open this challenge" onRetry={refetch} />;
  return <Workspace key={data.attempt.id} attempt={data.attempt} assessment={assessment} />;
}
