import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
} from 'react';
import type { Attempt } from '../../api/types';
import { Icon } from '../../components/icons';
import { LoadingState } from '../../components/StatusViews';
import { BottomPanels } from './BottomPanels';
import { Brief } from './Brief';
import { ConsolePanel } from './ConsolePanel';
import { EditorTabs } from './EditorTabs';
import { FileTree } from './FileTree';
import { GuidePanel } from './GuidePanel';
import { IdeHeader } from './IdeHeader';
import { isRunShortcut } from './shortcut';
import { TestsPanel } from './TestsPanel';
import { useAutosave } from './useAutosave';
import { useWorkspaceActions } from './useWorkspaceActions';
import { WorkspaceDialogs, type DialogKind } from './WorkspaceDialogs';
import {
  changedFiles,
  initialWorkspace,
  isEditable,
  isModified,
  workspaceReducer,
} from './workspace-state';

// Monaco is its own chunk, so the header, files, brief and panels render while it loads.
const CodeEditor = lazy(() => import('./CodeEditor'));
const DiffView = lazy(() => import('./DiffView'));

type PanelKey = 'console' | 'tests' | 'guide';

/** How an assessment (candidate mode) changes the IDE; practice passes none. */
export interface AssessmentMode {
  hintsAllowed: boolean;
  /** Time is up: the files are read-only and nothing more is sent. */
  locked: boolean;
  /** This challenge is the one on screen (the run shortcut acts only on it). */
  active: boolean;
  /** Shorter near the deadline, so the last edits reach the server in time. */
  autosaveDelayMs?: number;
  onPaste: () => void;
  /** Hands the session a function that saves this workspace's unsaved edits right away. */
  registerFlush: (attemptId: string, flush: (() => Promise<void>) | null) => void;
}

export function Workspace({
  attempt,
  onNewAttempt = () => undefined,
  assessment,
}: {
  attempt: Attempt;
  onNewAttempt?: () => void;
  assessment?: AssessmentMode;
}) {
  const challenge = attempt.challenge;
  const [state, dispatch] = useReducer(workspaceReducer, attempt, initialWorkspace);
  const actions = useWorkspaceActions(state, dispatch);
  const [panel, setPanel] = useState<PanelKey>('tests');
  const [dialog, setDialog] = useState<DialogKind | null>(null);
  const locked = assessment?.locked ?? false;
  const active = assessment?.active ?? true;
  const hintsAllowed = assessment?.hintsAllowed ?? true;
  const registerFlush = assessment?.registerFlush;

  const pending = useMemo(() => changedFiles(state, state.saved), [state]);
  const saveStatus = useAutosave({
    pending,
    enabled: !state.submitted && !locked,
    save: actions.saveFiles,
    delayMs: assessment?.autosaveDelayMs,
  });

  // The session saves every challenge's edits before a deadline or its Submit.
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  }, [state]);
  const { saveFiles } = actions;
  useEffect(() => {
    if (!registerFlush) return;
    const attemptId = stateRef.current.attemptId;
    registerFlush(attemptId, async () => {
      const latest = stateRef.current;
      const files = changedFiles(latest, latest.saved);
      if (files.length > 0 && !latest.submitted) await saveFiles(files);
    });
    return () => registerFlush(attemptId, null);
  }, [registerFlush, saveFiles]);

  const lastRun = state.runs[0];
  const readOnlyPaths = useMemo(
    () => new Set(state.files.filter((f) => !f.editable).map((f) => f.path)),
    [state.files],
  );
  const modified = useCallback((path: string) => isModified(state, path), [state]);
  const activeReadOnly = !isEditable(state, state.activePath) || state.submitted || locked;

  const { runTests } = actions;
  const run = useCallback(() => {
    if (locked) return;
    setPanel('tests');
    void runTests();
  }, [runTests, locked]);

  // Ctrl/Cmd+Enter anywhere on the page; inside Monaco the editor's own command handles it.
  useEffect(() => {
    if (!active) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !isRunShortcut(event) || document.querySelector('dialog[open]'))
        return;
      event.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [run, active]);

  // Edits not yet saved would be lost by closing the tab: let the browser ask first.
  useEffect(() => {
    if (pending.length === 0) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [pending.length]);

  const failedCount = lastRun ? lastRun.failed : 0;
  return (
    <div className="ide">
      <IdeHeader
        title={challenge.title}
        language={challenge.language}
        difficulty={challenge.difficulty}
        startedAt={state.startedAt}
        submittedAt={state.submittedAt}
        hintsUsed={state.hints.length}
        hintCount={challenge.hintCount}
        saveStatus={saveStatus}
        submitted={state.submitted}
        score={state.submission?.score ?? null}
        busy={{
          running: actions.running,
          hinting: actions.hinting,
          submitting: actions.submitting,
        }}
        onRun={run}
        onHint={() => {
          setPanel('guide');
          void actions.revealHint();
        }}
        onSubmit={() => setDialog('submit')}
        onReset={() => setDialog('reset')}
        onShowResult={() => setDialog('result')}
        onNewAttempt={onNewAttempt}
        assessment={assessment && { hintsAllowed, locked }}
      />
      <div className="ide__body">
        <aside className="ide__sidebar" aria-label="Files and brief">
          <h2 className="sidebar__heading">Files</h2>
          <FileTree
            files={state.files}
            activePath={state.activePath}
            isModified={modified}
            onOpen={(path) => dispatch({ type: 'open', path })}
          />
          <Brief challenge={challenge} />
        </aside>
        <div className="ide__main">
          <section className="ide__editor" aria-label="Editor">
            <EditorTabs
              tabs={state.openTabs}
              activePath={state.activePath}
              readOnlyPaths={readOnlyPaths}
              isUnsaved={(path) => pending.some((f) => f.path === path)}
              view={state.view}
              onSelect={(path) => dispatch({ type: 'open', path })}
              onClose={(path) => dispatch({ type: 'close', path })}
              onToggleDiff={() =>
                dispatch({ type: 'view', view: state.view === 'diff' ? 'editor' : 'diff' })
              }
            />
            {activeReadOnly && state.activePath && state.view === 'editor' && (
              <p className="ide__readonly-note">
                <Icon name="lock" />
                {locked
                  ? 'Time is up: the files are read-only.'
                  : state.submitted
                    ? 'This attempt is submitted: its files are read-only.'
                    : 'Read-only: this file is part of the challenge and cannot be changed.'}
              </p>
            )}
            <div className="ide__surface">
              <Suspense fallback={<LoadingState label="Loading the editor…" />}>
                {!state.activePath ? (
                  <p className="panel-note">Open a file from the tree on the left.</p>
                ) : state.view === 'diff' ? (
                  <DiffView
                    path={state.activePath}
                    starter={state.starter[state.activePath] ?? ''}
                    current={state.current[state.activePath] ?? ''}
                  />
                ) : (
                  <CodeEditor
                    modelPrefix={`attempt-${state.attemptId}`}
                    path={state.activePath}
                    value={state.current[state.activePath] ?? ''}
                    readOnly={activeReadOnly}
                    onChange={(path, content) => dispatch({ type: 'edit', path, content })}
                    onRunShortcut={run}
                    onPaste={assessment?.onPaste}
                  />
                )}
              </Suspense>
            </div>
          </section>
          <BottomPanels<PanelKey>
            active={panel}
            onSelect={setPanel}
            panels={[
              { key: 'console', label: 'Console', content: <ConsolePanel run={lastRun} /> },
              {
                key: 'tests',
                label: 'Tests',
                badge: lastRun ? (
                  <span className={`panels__badge panels__badge--${failedCount ? 'fail' : 'pass'}`}>
                    {lastRun.passed}/{lastRun.passed + lastRun.failed}
                  </span>
                ) : undefined,
                content: (
                  <TestsPanel run={lastRun} running={actions.running} error={actions.runError} />
                ),
              },
              {
                key: 'guide',
                label: 'Guide',
                badge: hintsAllowed ? (
                  <span className="panels__badge">
                    {state.hints.length}/{challenge.hintCount}
                  </span>
                ) : undefined,
                content: (
                  <GuidePanel
                    hints={state.hints}
                    hintCount={challenge.hintCount}
                    revealing={actions.hinting}
                    error={actions.hintError}
                    disabled={state.submitted || locked}
                    allowed={hintsAllowed}
                    onReveal={() => void actions.revealHint()}
                  />
                ),
              },
            ]}
          />
        </div>
      </div>
      <WorkspaceDialogs
        open={dialog}
        onOpen={setDialog}
        state={state}
        pendingCount={pending.length}
        objectives={challenge.learningObjectives}
        actions={actions}
      />
    </div>
  );
}
