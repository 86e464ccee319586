import { useCallback, useRef, useState, type Dispatch } from 'react';
import { useRequester } from '../../api/ApiProvider';
import { ApiError } from '../../api/errors';
import {
  RESET_ATTEMPT,
  REVEAL_HINT,
  RUN_TESTS,
  SAVE_FILES,
  SUBMIT,
} from '../../api/operations.graphql';
import { send } from '../../api/client';
import type { FileInput } from '../../api/types';
import {
  editableFiles,
  snapshotOf,
  type WorkspaceAction,
  type WorkspaceState,
} from './workspace-state';

/** The IDE's server calls, each with its own busy and error state. */
export function useWorkspaceActions(state: WorkspaceState, dispatch: Dispatch<WorkspaceAction>) {
  const client = useRequester();
  const { attemptId } = state;
  const [running, setRunning] = useState(false);
  const [runError, setRunError] = useState<unknown>(null);
  const [hinting, setHinting] = useState(false);
  const [hintError, setHintError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [resetting, setResetting] = useState(false);
  const [resetError, setResetError] = useState<unknown>(null);
  // A shortcut pressed twice must not start two runs before React re-renders.
  const runInFlight = useRef(false);

  const saveFiles = useCallback(
    async (files: FileInput[]) => {
      await send(client, SAVE_FILES, { attemptId, files });
      dispatch({ type: 'saved', snapshot: snapshotOf(files) });
    },
    [client, attemptId, dispatch],
  );

  const runTests = useCallback(async () => {
    if (runInFlight.current || state.submitted) return;
    runInFlight.current = true;
    setRunning(true);
    setRunError(null);
    const files = editableFiles(state);
    try {
      const { runTests: run } = await send(client, RUN_TESTS, {
        attemptId,
        files,
      });
      dispatch({ type: 'ran', run, snapshot: snapshotOf(files) });
    } catch (error) {
      setRunError(error);
    } finally {
      runInFlight.current = false;
      setRunning(false);
    }
  }, [client, attemptId, dispatch, state]);

  const revealHint = useCallback(async () => {
    setHinting(true);
    setHintError(null);
    try {
      const { revealHint: hint } = await send(client, REVEAL_HINT, {
        attemptId,
      });
      dispatch({ type: 'hint', hint });
    } catch (error) {
      setHintError(
        error instanceof ApiError && error.code === 'BAD_USER_INPUT'
          ? new ApiError('BAD_USER_INPUT', 'You have seen every hint for this challenge.')
          : error,
      );
    } finally {
      setHinting(false);
    }
  }, [client, attemptId, dispatch]);

  const submit = useCallback(async (): Promise<boolean> => {
    setSubmitting(true);
    setSubmitError(null);
    const files = editableFiles(state);
    try {
      const { submit: submission } = await send(client, SUBMIT, {
        attemptId,
        files,
      });
      dispatch({ type: 'submitted', submission, snapshot: snapshotOf(files) });
      return true;
    } catch (error) {
      setSubmitError(
        error instanceof ApiError && error.code === 'CONFLICT'
          ? new ApiError(
              'CONFLICT',
              'This attempt was already submitted (perhaps in another tab). Reload to see its score.',
            )
          : error,
      );
      return false;
    } finally {
      setSubmitting(false);
    }
  }, [client, attemptId, dispatch, state]);

  const reset = useCallback(async (): Promise<boolean> => {
    setResetting(true);
    setResetError(null);
    try {
      const { resetAttempt } = await send(client, RESET_ATTEMPT, {
        attemptId,
      });
      dispatch({ type: 'reset', attempt: resetAttempt });
      return true;
    } catch (error) {
      setResetError(error);
      return false;
    } finally {
      setResetting(false);
    }
  }, [client, attemptId, dispatch]);

  return {
    saveFiles,
    runTests,
    revealHint,
    submit,
    reset,
    running,
    runError,
    hinting,
    hintError,
    submitting,
    submitError,
    resetting,
    resetError,
  };
}
