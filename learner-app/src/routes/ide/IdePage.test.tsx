import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { attempt, run } from '../../test/fixtures';
import { gqlError, renderWithApi, type Handler } from '../../test/fake-api';
import IdePage from './IdePage';

// Monaco does not run in jsdom: a textarea stands in for the editor, a paragraph for the diff.
vi.mock('./monaco-setup', () => ({}));
vi.mock('./CodeEditor', () => ({
  default: (props: {
    path: string;
    value: string;
    readOnly: boolean;
    onChange: (p: string, v: string) => void;
  }) => (
    <textarea
      aria-label={`Editor: ${props.path}`}
      value={props.value}
      readOnly={props.readOnly}
      onChange={(e) => props.onChange(props.path, e.target.value)}
    />
  ),
}));
vi.mock('./DiffView', () => ({
  default: (props: { path: string; starter: string; current: string }) => (
    <p>
      Diff of {props.path}: {props.starter} → {props.current}
    </p>
  ),
}));

const FIXED = 'export const parts = s.split(".").map((p) => parseInt(p, 10));\n';

function renderIde(overrides: Record<string, Handler> = {}) {
  return renderWithApi(<IdePage slug="js-semver-compare-nan" />, {
    StartAttempt: () => ({ data: { startAttempt: attempt() } }),
    SaveFiles: () => ({ data: { saveFiles: { id: 'a1', updatedAt: new Date().toISOString() } } }),
    RunTests: () => ({ data: { runTests: run() } }),
    RevealHint: () => ({
      data: { revealHint: { level: 1, text: 'Compare how the first part is parsed.' } },
    }),
    ...overrides,
  });
}

describe('the challenge IDE', () => {
  it('shows the header, the brief and the files, marking read-only ones', async () => {
    renderIde();
    expect(await screen.findByRole('heading', { level: 1, name: /update notifier/ })).toBeTruthy();
    expect(screen.getByText('Hints: 0/4')).toBeTruthy();
    expect(screen.getByRole('timer', { name: /Time elapsed: 1 minute/ })).toBeTruthy();
    expect(screen.getByText('1.4.0').tagName).toBe('STRONG');
    const files = within(screen.getByRole('navigation', { name: 'Files' }));
    expect(files.getByRole('button', { name: 'notifier.test.js, read-only' })).toBeTruthy();
    expect(files.getByRole('button', { name: 'version.js' })).toBeTruthy();
    expect(await screen.findByRole('textbox', { name: 'Editor: src/version.js' })).toBeTruthy();
    expect(screen.queryByText(/Know which arguments/)).toBeNull(); // objectives wait for the result
  });

  it('opens a read-only file in a read-only editor with a note', async () => {
    renderIde();
    await userEvent.click(
      await screen.findByRole('button', { name: 'notifier.test.js, read-only' }),
    );
    const editor = await screen.findByRole('textbox', { name: 'Editor: test/notifier.test.js' });
    expect((editor as HTMLTextAreaElement).readOnly).toBe(true);
    expect(screen.getByText(/Read-only: this file is part of the challenge/)).toBeTruthy();
  });

  it('autosaves an edit after a pause and says Saved', async () => {
    const { sent } = renderIde();
    const editor = await screen.findByRole('textbox', { name: 'Editor: src/version.js' });
    fireEvent.change(editor, { target: { value: FIXED } });
    expect(screen.getByText('Unsaved changes')).toBeTruthy();
    await waitFor(() => expect(screen.getByText('Saved')).toBeTruthy(), { timeout: 3000 });
    expect(sent.find((r) => r.operation === 'SaveFiles')?.variables).toEqual({
      attemptId: 'a1',
      files: [{ path: 'src/version.js', content: FIXED }],
    });
  });

  it('runs the tests and shows each result with an icon and a word, plus the console', async () => {
    const { sent } = renderIde();
    await userEvent.click(await screen.findByRole('button', { name: 'Run tests' }));
    expect(await screen.findByText('Tests failed (1 passed, 1 failed)')).toBeTruthy();
    const results = within(screen.getByRole('list', { name: 'Test results' }));
    expect(results.getByText('Passed')).toBeTruthy();
    expect(results.getByText('Failed')).toBeTruthy();
    expect(results.getByText(/false !== true/)).toBeTruthy();
    expect(results.getByText('checking 1.4.0 against 1.5.0')).toBeTruthy();
    expect(sent.find((r) => r.operation === 'RunTests')?.variables.files).toEqual([
      { path: 'src/version.js', content: attempt().files[1].content },
    ]);
    await userEvent.click(screen.getByRole('tab', { name: /Console/ }));
    expect(screen.getByText(/tests 2/)).toBeTruthy();
  });

  it('runs the tests with Ctrl+Enter', async () => {
    const { sent } = renderIde();
    await screen.findByRole('button', { name: 'Run tests' });
    await act(async () => {}); // let the page's effects (the shortcut listener) run
    fireEvent.keyDown(window, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(sent.some((r) => r.operation === 'RunTests')).toBe(true));
  });

  it('says which limit stopped a run', async () => {
    renderIde({
      RunTests: () => ({
        data: {
          runTests: run({
            status: 'TIMEOUT',
            tests: [],
            limitHit: {
              kind: 'cpu',
              limit: 10,
              unit: 's',
              message: 'The tests used 10 s of CPU time.',
            },
          }),
        },
      }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Run tests' }));
    expect(await screen.findByText('Time limit hit: 10 s CPU')).toBeTruthy();
  });

  it('reveals the next hint in the Guide and counts it', async () => {
    renderIde();
    await userEvent.click(await screen.findByRole('button', { name: 'Hint' }));
    expect(await screen.findByText('Compare how the first part is parsed.')).toBeTruthy();
    expect(screen.getByText('Hints: 1/4')).toBeTruthy();
    expect(screen.getByRole('tab', { name: /Guide/ }).getAttribute('aria-selected')).toBe('true');
  });

  it('explains when no hint is left', async () => {
    renderIde({ RevealHint: () => gqlError('BAD_USER_INPUT', 'no more hints') });
    await userEvent.click(await screen.findByRole('button', { name: 'Hint' }));
    expect((await screen.findByRole('alert')).textContent).toContain('You have seen every hint');
  });

  it('submits after confirmation and shows the score breakdown and what it taught', async () => {
    const { sent } = renderIde({
      Submit: () => ({
        data: {
          submit: {
            id: 's1',
            score: 87,
            reviewRequired: false,
            hiddenPassed: 4,
            hiddenTotal: 4,
            createdAt: new Date().toISOString(),
            breakdown: {
              correctness: 1,
              timeFactor: 0.95,
              hintPenalty: 0.1,
              efficiency: 1,
              total: 87,
            },
          },
        },
      }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Submit' }));
    const confirm = screen.getByRole('dialog', { name: 'Submit your fix?' });
    expect(sent.some((r) => r.operation === 'Submit')).toBe(false);
    await userEvent.click(within(confirm).getByRole('button', { name: 'Submit' }));
    const result = await screen.findByRole('dialog', { name: 'Your result' });
    expect(within(result).getByText('87')).toBeTruthy();
    expect(within(result).getByText(/4 of 4 hidden tests passed/)).toBeTruthy();
    expect(within(result).getByText('−10%')).toBeTruthy();
    expect(
      within(result).getByText('Know which arguments Array.prototype.map passes to its callback'),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Submitted · Score 87/100' })).toBeTruthy();
  });

  it('says plainly when a submission could not be scored, with no score or test details', async () => {
    renderIde({
      Submit: () => ({
        data: {
          submit: {
            id: 's2',
            score: null,
            reviewRequired: true,
            hiddenPassed: 5,
            hiddenTotal: 5,
            createdAt: new Date().toISOString(),
            breakdown: null,
          },
        },
      }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Submit' }));
    const confirm = screen.getByRole('dialog', { name: 'Submit your fix?' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Submit' }));
    const result = await screen.findByRole('dialog', { name: 'Your result' });
    expect(result.textContent).toContain(
      'Your submission could not be scored automatically; it does not count towards your progress.',
    );
    expect(within(result).queryByText(/hidden tests passed/)).toBeNull();
    expect(within(result).queryByText('Correctness')).toBeNull();
    expect(screen.getByRole('button', { name: 'Submitted · Not scored' })).toBeTruthy();
  });

  it('resets to the starter files only after confirmation', async () => {
    const { sent } = renderIde({ ResetAttempt: () => ({ data: { resetAttempt: attempt() } }) });
    const editor = await screen.findByRole('textbox', { name: 'Editor: src/version.js' });
    fireEvent.change(editor, { target: { value: FIXED } });
    await userEvent.click(screen.getByRole('button', { name: 'Reset' }));
    await userEvent.click(
      within(screen.getByRole('dialog', { name: 'Reset to the starter files?' })).getByRole(
        'button',
        {
          name: 'Reset files',
        },
      ),
    );
    await waitFor(() =>
      expect(
        (screen.getByRole('textbox', { name: 'Editor: src/version.js' }) as HTMLTextAreaElement)
          .value,
      ).toBe(attempt().files[1].content),
    );
    expect(sent.some((r) => r.operation === 'ResetAttempt')).toBe(true);
  });

  it('shows my change against the starter', async () => {
    renderIde();
    const editor = await screen.findByRole('textbox', { name: 'Editor: src/version.js' });
    fireEvent.change(editor, { target: { value: FIXED } });
    await userEvent.click(screen.getByRole('button', { name: 'Diff vs starter' }));
    expect(await screen.findByText(/Diff of src\/version.js/)).toBeTruthy();
  });

  it('says when the challenge does not exist', async () => {
    renderIde({ StartAttempt: () => gqlError('NOT_FOUND') });
    expect(await screen.findByRole('heading', { name: 'Challenge not found' })).toBeTruthy();
  });

  it('offers a retry when the attempt cannot load', async () => {
    let calls = 0;
    renderIde({
      StartAttempt: () =>
        ++calls === 1 ? gqlError('RATE_LIMITED') : { data: { startAttempt: attempt() } },
    });
    expect((await screen.findByRole('alert')).textContent).toContain('Too many requests');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: /update notifier/ })).toBeTruthy();
  });
});
