import { describe, expect, it } from 'vitest';
import { attempt, run } from '../../test/fixtures';
import {
  changedFiles,
  editableFiles,
  initialWorkspace,
  isModified,
  workspaceReducer,
  type WorkspaceState,
} from './workspace-state';

const FIX = 'export const parts = s.split(".").map((p) => parseInt(p, 10));\n';

function edited(content = FIX): WorkspaceState {
  return workspaceReducer(initialWorkspace(attempt()), {
    type: 'edit',
    path: 'src/version.js',
    content,
  });
}

describe('the workspace state', () => {
  it('opens on the first editable file', () => {
    const state = initialWorkspace(attempt());
    expect(state.activePath).toBe('src/version.js');
    expect(state.openTabs).toEqual(['src/version.js']);
  });

  it('ignores edits to read-only files', () => {
    const state = initialWorkspace(attempt());
    const next = workspaceReducer(state, {
      type: 'edit',
      path: 'test/notifier.test.js',
      content: 'x',
    });
    expect(next).toBe(state);
  });

  it('has nothing to save until a file changes, then exactly the changed editable file', () => {
    expect(changedFiles(initialWorkspace(attempt()), initialWorkspace(attempt()).saved)).toEqual(
      [],
    );
    const state = edited();
    expect(changedFiles(state, state.saved)).toEqual([{ path: 'src/version.js', content: FIX }]);
  });

  it('is clean again once the server confirms the snapshot it was sent', () => {
    const state = edited();
    const saved = workspaceReducer(state, { type: 'saved', snapshot: { 'src/version.js': FIX } });
    expect(changedFiles(saved, saved.saved)).toEqual([]);
  });

  it('stays dirty when the file changed again while a save was in flight', () => {
    const sent = edited();
    const typedOn = workspaceReducer(sent, {
      type: 'edit',
      path: 'src/version.js',
      content: FIX + '// more\n',
    });
    const saved = workspaceReducer(typedOn, { type: 'saved', snapshot: { 'src/version.js': FIX } });
    expect(changedFiles(saved, saved.saved)).toHaveLength(1);
  });

  it('marks a file modified against the starter, for the tree and the diff', () => {
    expect(isModified(initialWorkspace(attempt()), 'src/version.js')).toBe(false);
    expect(isModified(edited(), 'src/version.js')).toBe(true);
    expect(isModified(edited(attempt().files[1].content), 'src/version.js')).toBe(false);
  });

  it('runs and submits every editable file, never the read-only ones', () => {
    expect(editableFiles(edited()).map((f) => f.path)).toEqual(['src/version.js']);
  });

  it('records a run as newest first and counts its files as saved', () => {
    const state = workspaceReducer(edited(), {
      type: 'ran',
      run: run(),
      snapshot: { 'src/version.js': FIX },
    });
    expect(state.runs[0].id).toBe('r1');
    expect(changedFiles(state, state.saved)).toEqual([]);
  });

  it('restores the starter files on reset', () => {
    const state = workspaceReducer(edited(), { type: 'reset', attempt: attempt() });
    expect(state.current['src/version.js']).toBe(attempt().files[1].content);
    expect(isModified(state, 'src/version.js')).toBe(false);
  });

  it('is read-only once submitted', () => {
    const submitted = workspaceReducer(edited(), {
      type: 'submitted',
      snapshot: { 'src/version.js': FIX },
      submission: {
        id: 's1',
        score: 90,
        reviewRequired: false,
        hiddenPassed: 3,
        hiddenTotal: 3,
        createdAt: new Date().toISOString(),
        breakdown: { correctness: 1, timeFactor: 0.9, hintPenalty: 0, efficiency: 1, total: 90 },
      },
    });
    expect(submitted.submitted).toBe(true);
    expect(
      workspaceReducer(submitted, { type: 'edit', path: 'src/version.js', content: 'x' }),
    ).toBe(submitted);
  });

  it('moves to the neighbouring tab when the active one closes', () => {
    let state = initialWorkspace(attempt());
    state = workspaceReducer(state, { type: 'open', path: 'package.json' });
    state = workspaceReducer(state, { type: 'open', path: 'test/notifier.test.js' });
    state = workspaceReducer(state, { type: 'open', path: 'package.json' });
    state = workspaceReducer(state, { type: 'close', path: 'package.json' });
    expect(state.openTabs).toEqual(['src/version.js', 'test/notifier.test.js']);
    expect(state.activePath).toBe('test/notifier.test.js');
  });

  it('adds a revealed hint once', () => {
    const hint = { level: 1, text: 'Look at map' };
    const once = workspaceReducer(initialWorkspace(attempt()), { type: 'hint', hint });
    expect(workspaceReducer(once, { type: 'hint', hint }).hints).toHaveLength(1);
  });
});
