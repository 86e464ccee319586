import { lazy, Suspense, useCallback, useEffect, useMemo, useReducer, useState } from 'react';
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

export function Workspace({
  attempt,
  onNewAttempt,
}: {
  attempt: Attempt;
  onNewAttempt: () => void;
}) {
  const challenge = attempt.challenge;
  const [state, dispatch] = useReducer(workspaceReducer, attempt, initialWorkspace);
  const actions = useWorkspaceActions(state, dispatch);
  const [panel, setPanel] = useState<PanelKey>('tests');
  const [dialog, setDialog] = useState<DialogKind | null>(null);

  const pending = useMemo(() => changedFiles(state, state.saved), [state]);
  const saveStatus = useAutosave({ pending, enabled: !state.submitted, save: actions.saveFiles });
  const lastRun = state.runs[0];
  const readOnlyPaths = useMemo(
    () => new Set(state.files.filter((f) => !f.editable).map((f) => f.path)),
    [state.files],
  );
  const modified = useCallback((path: string) => isModified(state, path), [state]);
  const activeReadOnly = !isEditable(state, state.activePath) || state.submitted;

  const { runTests } = actions;
  const run = useCallback(() => {
    setPanel('tests');
    void runTests();
  }, [runTests]);

  // Ctrl/Cmd+Enter anywhere on the page; inside Monaco the editor's own command handles it.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !isRunShortcut(event) || document.querySelector('dialog[open]'))
        return;
      event.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [run]);

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
                {state.submitted
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
                badge: (
                  <span className="panels__badge">
                    {state.hints.length}/{challenge.hintCount}
                  </span>
                ),
                content: (
                  <GuidePanel
                    hints={state.hints}
                    hintCount={challenge.hintCount}
                    revealing={actions.hinting}
                    error={actions.hintError}
                    disabled={state.submitted}
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
