import { describeError } from '../../api/errors';
import { Link } from 'react-router';
import { Dialog } from '../../components/Dialog';
import { SubmissionResult } from './SubmissionResult';
import type { useWorkspaceActions } from './useWorkspaceActions';
import { changedFiles, type WorkspaceState } from './workspace-state';

export type DialogKind = 'submit' | 'reset' | 'result';

interface WorkspaceDialogsProps {
  open: DialogKind | null;
  onOpen: (kind: DialogKind | null) => void;
  state: WorkspaceState;
  pendingCount: number;
  objectives: string[];
  actions: ReturnType<typeof useWorkspaceActions>;
}

/** Submit and reset confirmations, and the score once submitted. */
export function WorkspaceDialogs({
  open,
  onOpen,
  state,
  objectives,
  actions,
}: WorkspaceDialogsProps) {
  const close = () => onOpen(null);
  const changed = changedFiles(state, state.starter).length;
  const lastRun = state.runs[0];

  return (
    <>
      <Dialog
        open={open === 'submit'}
        title="Submit your fix?"
        onClose={close}
        actions={
          <>
            <button type="button" className="button" onClick={close} disabled={actions.submitting}>
              Keep working
            </button>
            <button
              type="button"
              className="button button--success"
              disabled={actions.submitting}
              onClick={async () => {
                if (await actions.submit()) onOpen('result');
              }}
            >
              {actions.submitting ? 'Running hidden tests…' : 'Submit'}
            </button>
          </>
        }
      >
        <p>
          Submitting runs the hidden tests and scores this attempt. After that the files are
          read-only.
        </p>
        <p>
          You changed {changed} {changed === 1 ? 'file' : 'files'}.{' '}
          {lastRun
            ? `Your last run: ${lastRun.passed} passed, ${lastRun.failed} failed.`
            : 'You have not run the visible tests yet.'}
        </p>
        {actions.submitError ? (
          <p className="alert" role="alert">
            {describeError(actions.submitError)}
          </p>
        ) : null}
      </Dialog>

      <Dialog
        open={open === 'reset'}
        title="Reset to the starter files?"
        onClose={close}
        actions={
          <>
            <button type="button" className="button" onClick={close} disabled={actions.resetting}>
              Cancel
            </button>
            <button
              type="button"
              className="button button--danger"
              disabled={actions.resetting}
              onClick={async () => {
                if (await actions.reset()) close();
              }}
            >
              {actions.resetting ? 'Resetting…' : 'Reset files'}
            </button>
          </>
        }
      >
        <p>
          Every change you made is discarded and the files go back to how the challenge started.
          This cannot be undone.
        </p>
        {actions.resetError ? (
          <p className="alert" role="alert">
            {describeError(actions.resetError)}
          </p>
        ) : null}
      </Dialog>

      <Dialog
        open={open === 'result' && state.submission !== null}
        title="Your result"
        onClose={close}
        wide
        actions={
          <>
            <Link to="/progress" className="button">
              See your progress
            </Link>
            <Link to="/" className="button">
              More challenges
            </Link>
            <button type="button" className="button button--primary" onClick={close} autoFocus>
              Close
            </button>
          </>
        }
      >
        {state.submission && (
          <SubmissionResult submission={state.submission} objectives={objectives} />
        )}
      </Dialog>
    </>
  );
}
