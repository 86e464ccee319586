import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { candidateAttempt, CANDIDATE_TOKEN, renderCandidate } from '../../test/candidate-api';
import { gqlError, type SentRequest } from '../../test/fake-api';
import { candidateSession, run } from '../../test/fixtures';
import { END_POLL_MS, RUNNING_POLL_MS } from './useSessionEnd';
import { INTEGRITY_BATCH_MS } from './useIntegrity';

// Monaco does not run in jsdom: a textarea stands in, reporting pastes as Monaco's onDidPaste.
vi.mock('../ide/monaco-setup', () => ({}));
vi.mock('../ide/CodeEditor', () => ({
  default: (props: {
    path: string;
    value: string;
    readOnly: boolean;
    onChange: (p: string, v: string) => void;
    onPaste?: () => void;
  }) => (
    <textarea
      aria-label={`Editor: ${props.path}`}
      value={props.value}
      readOnly={props.readOnly}
      onChange={(e) => props.onChange(props.path, e.target.value)}
      onPaste={() => props.onPaste?.()}
    />
  ),
}));

const FIXED = 'export const parts = s.split(".").map((p) => parseInt(p, 10));\n';
const pass = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
const editor = (path = 'src/version.js') =>
  screen.findByRole('textbox', { name: `Editor: ${path}` }) as Promise<HTMLTextAreaElement>;
const ops = (sent: SentRequest[], name: string) => sent.filter((r) => r.operation === name);

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
});
afterEach(() => {
  vi.useRealTimers();
});

// The route is lazy: load its module once up front so no test's first wait pays for it.
beforeAll(() => import('./CandidatePage'));

describe('candidate mode: the session', () => {
  it('reopens into the session with the saved files and the time left', async () => {
    const saved = candidateAttempt('a1');
    saved.files = saved.files.map((f) => (f.editable ? { ...f, content: FIXED } : f));
    renderCandidate(
      { Attempt: () => ({ data: { attempt: saved } }) },
      { session: candidateSession({}, 2 * 3600 + 5) },
    );
    expect((await editor()).value).toBe(FIXED);
    expect(screen.getByTestId('candidate-timer').textContent).toMatch(/^02:00:0[45]$/);
    expect(screen.queryByTestId('candidate-time-warning')).toBeNull();
  });

  it('runs the tests of a challenge, has no per-challenge Submit, and opens the second one', async () => {
    const { sent } = renderCandidate(
      { RunTests: () => ({ data: { runTests: run() } }) },
      { session: candidateSession() },
    );
    await editor();
    expect(screen.queryByRole('button', { name: 'Submit' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Run tests' }));
    expect((await screen.findByTestId('run-verdict')).textContent).toContain(
      'Tests failed (1 passed, 1 failed)',
    );
    expect(ops(sent, 'RunTests')[0].authorization).toBe(`Bearer ${CANDIDATE_TOKEN}`);
    fireEvent.click(
      screen.getByRole('tab', { name: 'Challenge 2: The last page is always empty' }),
    );
    expect(
      await screen.findByRole('heading', { level: 2, name: 'The last page is always empty' }),
    ).toBeTruthy();
    expect(ops(sent, 'Attempt').map((r) => r.variables.id)).toEqual(['a1', 'a2']);
  });

  it('offers no hints when the assessment does not allow them', async () => {
    renderCandidate({}, { session: candidateSession({ hintsAllowed: false }) });
    await editor();
    expect(screen.queryByRole('button', { name: 'Hint' })).toBeNull();
    expect(screen.getByText('Hints: off')).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: /Guide/ }));
    expect(screen.getByText('Hints are turned off for this assessment.')).toBeTruthy();
  });

  it('warns with words at 5 minutes and at 1 minute, and announces each once', async () => {
    renderCandidate({}, { session: candidateSession({}, 5 * 60 + 2) });
    await editor();
    expect(screen.queryByTestId('candidate-time-warning')).toBeNull();
    await pass(3000);
    expect(screen.getByTestId('candidate-time-warning').textContent).toBe('5 minutes left');
    expect(screen.getByTestId('candidate-time-announcer').getAttribute('aria-live')).toBe('polite');
    expect(screen.getByTestId('candidate-time-announcer').textContent).toBe('5 minutes left');
    expect(screen.getByTestId('candidate-timer').textContent).toMatch(/^0[45]:[05]\d$/);
    await pass(4 * 60 * 1000);
    expect(screen.getByTestId('candidate-time-warning').textContent).toBe('1 minute left');
    expect(screen.getByTestId('candidate-time-announcer').textContent).toBe('1 minute left');
  });

  it('at the deadline saves the last edit, locks the editor, waits for the end, then thanks', async () => {
    let phase: 'in_progress' | 'expired' = 'in_progress';
    const session = candidateSession({}, 20);
    const { sent } = renderCandidate(
      {
        CandidateSession: () => ({ data: { candidateSession: { ...session, phase } } }),
        RunTests: () => gqlError('CONFLICT', 'Time is up'),
      },
      { session },
    );
    fireEvent.change(await editor(), { target: { value: FIXED } });
    // Close to the deadline, an edit is saved straight away.
    await pass(100);
    expect(ops(sent, 'SaveFiles').at(-1)?.variables.files).toEqual([
      { path: 'src/version.js', content: FIXED },
    ]);
    await pass(20_000);
    expect(screen.getByTestId('candidate-time-up').textContent).toBe(
      'Time is up — your last saved work is being submitted',
    );
    expect((await editor()).readOnly).toBe(true);
    expect(screen.getByText('Time is up: the files are read-only.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Run tests' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect(screen.getByTestId('candidate-timer').textContent).toBe('00:00');
    await pass(END_POLL_MS);
    expect(ops(sent, 'CandidateSession').length).toBeGreaterThan(0);
    expect(screen.queryByTestId('candidate-done')).toBeNull();
    phase = 'expired';
    await pass(END_POLL_MS);
    expect(await screen.findByRole('heading', { name: 'Submitted — thank you' })).toBeTruthy();
    expect(screen.getByText('Acme Robotics')).toBeTruthy();
    expect(screen.queryByText(/score/i)).toBeNull();
  });

  it('submits the assessment only after confirming, saving pending edits first', async () => {
    let phase: 'in_progress' | 'submitted' = 'in_progress';
    const session = candidateSession();
    const { sent } = renderCandidate(
      {
        CandidateSession: () => ({ data: { candidateSession: { ...session, phase } } }),
        SubmitAssessment: () => ({ data: { submitAssessment: session } }),
      },
      { session },
    );
    fireEvent.change(await editor(), { target: { value: FIXED } });
    fireEvent.click(screen.getByRole('button', { name: 'Submit assessment' }));
    const confirm = screen.getByRole('dialog', { name: 'Submit your assessment?' });
    expect(within(confirm).getByText(/all 2 challenges/)).toBeTruthy();
    fireEvent.click(within(confirm).getByRole('button', { name: 'Keep working' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(ops(sent, 'SubmitAssessment')).toHaveLength(0);

    fireEvent.click(screen.getByRole('button', { name: 'Submit assessment' }));
    fireEvent.click(screen.getByRole('button', { name: 'Submit now' }));
    expect(await screen.findByText('Submitting your assessment…')).toBeTruthy();
    const order = sent.map((r) => r.operation);
    expect(order.lastIndexOf('SaveFiles')).toBeLessThan(order.indexOf('SubmitAssessment'));
    expect(ops(sent, 'SaveFiles').at(-1)?.variables.files).toEqual([
      { path: 'src/version.js', content: FIXED },
    ]);
    expect((await editor()).readOnly).toBe(true);
    phase = 'submitted';
    await pass(END_POLL_MS);
    expect(await screen.findByRole('heading', { name: 'Submitted — thank you' })).toBeTruthy();
    expect(screen.getByText(/Your assessment was handed in/)).toBeTruthy();
  });

  it('counts pastes and focus losses and sends them in batches with the candidate token', async () => {
    const { sent } = renderCandidate({}, { session: candidateSession() });
    const box = await editor();
    await pass(INTEGRITY_BATCH_MS);
    expect(ops(sent, 'RecordIntegrity')).toHaveLength(0); // nothing to say, nothing sent

    fireEvent.paste(box);
    fireEvent.paste(box);
    fireEvent.blur(window);
    fireEvent.blur(window); // still away: one loss
    fireEvent.focus(window);
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    fireEvent(document, new Event('visibilitychange'));
    fireEvent.blur(window); // the same absence as the hidden tab
    await pass(INTEGRITY_BATCH_MS);
    const [batch] = ops(sent, 'RecordIntegrity');
    expect(batch.variables).toEqual({ pastes: 2, focusLosses: 2 });
    expect(batch.authorization).toBe(`Bearer ${CANDIDATE_TOKEN}`);

    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    fireEvent(document, new Event('visibilitychange'));
    fireEvent.paste(box);
    fireEvent(window, new Event('pagehide'));
    await pass(0);
    const last = ops(sent, 'RecordIntegrity').at(-1)!;
    expect(last.variables).toEqual({ pastes: 1, focusLosses: 0 });
    expect(last.keepalive).toBe(true);
  });

  it('keeps counts that failed to send for the next batch', async () => {
    let calls = 0;
    const { sent } = renderCandidate(
      {
        RecordIntegrity: () =>
          ++calls === 1 ? gqlError('RATE_LIMITED') : { data: { recordIntegrity: true } },
      },
      { session: candidateSession() },
    );
    fireEvent.paste(await editor());
    await pass(INTEGRITY_BATCH_MS);
    await pass(INTEGRITY_BATCH_MS);
    expect(ops(sent, 'RecordIntegrity').map((r) => r.variables)).toEqual([
      { pastes: 1, focusLosses: 0 },
      { pastes: 1, focusLosses: 0 },
    ]);
  });

  it('follows the server when it ended the session first', async () => {
    let phase: 'in_progress' | 'expired' = 'in_progress';
    const session = candidateSession();
    renderCandidate(
      { CandidateSession: () => ({ data: { candidateSession: { ...session, phase } } }) },
      { session },
    );
    await editor();
    phase = 'expired';
    await pass(RUNNING_POLL_MS);
    expect(await screen.findByRole('heading', { name: 'Submitted — thank you' })).toBeTruthy();
  });
});
