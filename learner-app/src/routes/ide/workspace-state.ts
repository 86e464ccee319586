// The IDE's state as a reducer over plain data, so the rules (what is dirty, what autosave
// sends, what a reset restores) are pure functions with unit tests.
import type { Attempt, ChallengeFile, FileInput, Hint, Run, Submission } from '../../api/types';

export type Contents = Record<string, string>;
export type EditorView = 'editor' | 'diff';

export interface WorkspaceState {
  attemptId: string;
  submitted: boolean;
  /** Every file of the attempt, in the API's order, with whether the solver may edit it. */
  files: { path: string; editable: boolean }[];
  starter: Contents;
  current: Contents;
  /** What the server is known to hold; autosave sends the difference. */
  saved: Contents;
  openTabs: string[];
  activePath: string;
  view: EditorView;
  hints: Hint[];
  runs: Run[];
  submission: Submission | null;
  startedAt: string;
  submittedAt: string | null;
}

export type WorkspaceAction =
  | { type: 'open'; path: string }
  | { type: 'close'; path: string }
  | { type: 'edit'; path: string; content: string }
  | { type: 'saved'; snapshot: Contents }
  | { type: 'ran'; run: Run; snapshot: Contents }
  | { type: 'hint'; hint: Hint }
  | { type: 'submitted'; submission: Submission; snapshot: Contents }
  | { type: 'reset'; attempt: Attempt }
  | { type: 'view'; view: EditorView };

const toContents = (files: ChallengeFile[]): Contents =>
  Object.fromEntries(files.map((f) => [f.path, f.content]));

/** The file to show first: the first editable one, else the first file. */
function firstPath(files: ChallengeFile[]): string {
  return (files.find((f) => f.editable) ?? files[0])?.path ?? '';
}

export function initialWorkspace(attempt: Attempt): WorkspaceState {
  const current = toContents(attempt.files);
  const activePath = firstPath(attempt.files);
  return {
    attemptId: attempt.id,
    submitted: attempt.status === 'SUBMITTED',
    files: attempt.files.map(({ path, editable }) => ({ path, editable })),
    starter: toContents(attempt.challenge.files),
    current,
    saved: current,
    openTabs: activePath ? [activePath] : [],
    activePath,
    view: 'editor',
    hints: attempt.hints,
    // The panels show the visible runs; the hidden (submit) run is told as counts in the result.
    runs: attempt.runs.filter((run) => run.suite === 'visible'),
    submission: attempt.submission,
    startedAt: attempt.startedAt,
    submittedAt: attempt.submittedAt,
  };
}

export function workspaceReducer(state: WorkspaceState, action: WorkspaceAction): WorkspaceState {
  switch (action.type) {
    case 'open':
      return {
        ...state,
        activePath: action.path,
        openTabs: state.openTabs.includes(action.path)
          ? state.openTabs
          : [...state.openTabs, action.path],
      };
    case 'close': {
      const index = state.openTabs.indexOf(action.path);
      if (index < 0) return state;
      const openTabs = state.openTabs.filter((p) => p !== action.path);
      const activePath =
        state.activePath !== action.path
          ? state.activePath
          : (openTabs[Math.min(index, openTabs.length - 1)] ?? '');
      return { ...state, openTabs, activePath };
    }
    case 'edit':
      if (state.submitted || !isEditable(state, action.path)) return state;
      if (state.current[action.path] === action.content) return state;
      return { ...state, current: { ...state.current, [action.path]: action.content } };
    case 'saved':
    case 'ran': {
      const saved = { ...state.saved, ...action.snapshot };
      return action.type === 'ran'
        ? { ...state, saved, runs: [action.run, ...state.runs] }
        : { ...state, saved };
    }
    case 'hint':
      if (state.hints.some((h) => h.level === action.hint.level)) return state;
      return { ...state, hints: [...state.hints, action.hint] };
    case 'submitted':
      return {
        ...state,
        saved: { ...state.saved, ...action.snapshot },
        submitted: true,
        submission: action.submission,
        submittedAt: action.submission.createdAt,
      };
    case 'reset': {
      const current = toContents(action.attempt.files);
      return { ...state, current, saved: current, view: 'editor' };
    }
    case 'view':
      return { ...state, view: action.view };
  }
}

export function isEditable(state: Pick<WorkspaceState, 'files'>, path: string): boolean {
  return state.files.some((f) => f.path === path && f.editable);
}

/** Editable files whose content differs from the baseline (the starter, or the saved copy). */
export function changedFiles(
  state: Pick<WorkspaceState, 'files' | 'current'>,
  baseline: Contents,
): FileInput[] {
  return state.files
    .filter((f) => f.editable && state.current[f.path] !== baseline[f.path])
    .map((f) => ({ path: f.path, content: state.current[f.path] ?? '' }));
}

/** Every editable file: what Run tests and Submit send, so the server runs exactly this. */
export function editableFiles(state: Pick<WorkspaceState, 'files' | 'current'>): FileInput[] {
  return state.files
    .filter((f) => f.editable)
    .map((f) => ({ path: f.path, content: state.current[f.path] ?? '' }));
}

export const snapshotOf = (files: FileInput[]): Contents =>
  Object.fromEntries(files.map((f) => [f.path, f.content]));

export function isModified(
  state: Pick<WorkspaceState, 'current' | 'starter'>,
  path: string,
): boolean {
  return state.current[path] !== state.starter[path];
}
