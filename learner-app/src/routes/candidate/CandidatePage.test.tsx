import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CANDIDATE_TOKEN, INVITE, renderCandidate } from '../../test/candidate-api';
import { gqlError } from '../../test/fake-api';
import { candidateLanding, candidateSession } from '../../test/fixtures';
import { candidateTokenKey } from './candidate-requester';

vi.mock('../ide/monaco-setup', () => ({}));
vi.mock('../ide/CodeEditor', () => ({
  default: (props: { path: string; value: string; readOnly: boolean }) => (
    <textarea aria-label={`Editor: ${props.path}`} value={props.value} readOnly />
  ),
}));

const CONSENT =
  'I agree that my code, runs, paste and focus events are recorded and shared with Acme Robotics for this assessment';

// The route is lazy: load its module once up front so no test's first wait pays for it.
beforeAll(() => import('./CandidatePage'));

describe('candidate mode: the invite link', () => {
  it('shows the company, the assessment and what will be recorded, without the learner chrome', async () => {
    const { sent, client } = renderCandidate();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Backend debugging' }),
    ).toBeTruthy();
    expect(screen.getByText('Acme Robotics')).toBeTruthy();
    expect(screen.getByText('both').tagName).toBe('STRONG'); // the instructions, as Markdown
    expect(screen.getByTestId('candidate-time-limit').textContent).toBe('1 hour 30 minutes');
    expect(screen.getByText('Allowed (each one lowers the score)')).toBeTruthy();
    const facts = screen.getByText('Challenges').closest('div')!;
    expect(within(facts).getByText('2')).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: CONSENT })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Begin' })).toBeTruthy();
    // No sign-in, navigation or log-out around an assessment, though a learner is signed in.
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Log out' })).toBeNull();
    // The title is set by an effect after the render that shows the heading.
    await waitFor(() => expect(document.title).toBe('Backend debugging · Fixpoint'));
    // The link opened the session without the learner's credentials.
    const open = sent.find((r) => r.operation === 'OpenCandidateSession')!;
    expect(open.variables).toEqual({ token: INVITE });
    expect(open.authorization).toBeNull();
    expect(client.getSession().status).not.toBe('signed-out');
  });

  it('states the time limit with the accommodation and when hints are not allowed', async () => {
    renderCandidate({
      CandidateInvite: () => ({
        data: { candidateInvite: candidateLanding({ timeLimitMinutes: 45, hintsAllowed: false }) },
      }),
    });
    expect((await screen.findByTestId('candidate-time-limit')).textContent).toBe('45 minutes');
    expect(screen.getByText('Not allowed')).toBeTruthy();
  });

  it.each([
    ['revoked', 'This invitation was withdrawn'],
    ['expired', 'This link has expired'],
  ] as const)('says a %s link offers nothing', async (status, heading) => {
    const { sent } = renderCandidate({
      CandidateInvite: () => ({ data: { candidateInvite: candidateLanding({ status }) } }),
    });
    expect(await screen.findByRole('heading', { name: heading })).toBeTruthy();
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
    expect(sent.some((r) => r.operation === 'OpenCandidateSession')).toBe(false);
  });

  it('thanks a candidate who already submitted, without offering anything', async () => {
    renderCandidate({
      CandidateInvite: () => ({
        data: { candidateInvite: candidateLanding({ status: 'submitted' }) },
      }),
    });
    expect(await screen.findByRole('heading', { name: 'Submitted — thank you' })).toBeTruthy();
    expect(screen.getByText('Acme Robotics')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says when the link is not valid at all', async () => {
    renderCandidate({ CandidateInvite: () => gqlError('NOT_FOUND') });
    expect(await screen.findByRole('heading', { name: 'This link is not valid' })).toBeTruthy();
  });

  it('asks for consent before beginning', async () => {
    const { sent } = renderCandidate();
    await userEvent.click(await screen.findByRole('button', { name: 'Begin' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Tick the box to agree');
    expect(screen.getByRole('checkbox', { name: CONSENT }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(sent.some((r) => r.operation === 'BeginAssessment')).toBe(false);
  });

  it('begins with consent and shows the clock, the challenges and the first IDE', async () => {
    const { sent } = renderCandidate();
    await userEvent.click(await screen.findByRole('checkbox', { name: CONSENT }));
    await userEvent.click(screen.getByRole('button', { name: 'Begin' }));
    expect(
      await screen.findByRole('timer', {
        name: /^Time left: (45 minutes 0 seconds|44 minutes 5\d seconds)$/,
      }),
    ).toBeTruthy();
    expect(screen.getByTestId('candidate-timer').textContent).toMatch(/^(45:00|44:5\d)$/);
    expect(sent.find((r) => r.operation === 'BeginAssessment')?.variables).toEqual({
      consent: true,
    });
    const tabs = within(screen.getByRole('tablist', { name: 'Challenges' }));
    expect(
      tabs
        .getByRole('tab', { name: /Challenge 1: The update notifier/ })
        .getAttribute('aria-selected'),
    ).toBe('true');
    expect(tabs.getByRole('tab', { name: 'Challenge 2: The last page is always empty' }));
    expect(await screen.findByRole('textbox', { name: 'Editor: src/version.js' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Submit assessment' })).toBeTruthy();
  });

  it('sends every candidate call with the candidate token only, and keeps it for a reload', async () => {
    const { sent, client } = renderCandidate({}, { session: candidateSession() });
    await screen.findByRole('textbox', { name: 'Editor: src/version.js' });
    const candidateCalls = sent.filter(
      (r) => !['Refresh', 'OpenCandidateSession', 'CandidateInvite'].includes(r.operation),
    );
    expect(candidateCalls.map((r) => r.operation)).toContain('Attempt');
    for (const call of candidateCalls) expect(call.authorization).toBe(`Bearer ${CANDIDATE_TOKEN}`);
    expect(window.sessionStorage.getItem(candidateTokenKey(INVITE))).toBe(CANDIDATE_TOKEN);
    // The learner's own session is untouched.
    await waitFor(() => expect(client.getSession().status).toBe('signed-in'));
  });

  it('resumes with the stored token: no new open, the saved files and the time left', async () => {
    window.sessionStorage.setItem(candidateTokenKey(INVITE), 'cand-stored');
    const { sent } = renderCandidate({}, { session: candidateSession({}, 20 * 60) });
    expect(await screen.findByTestId('candidate-session')).toBeTruthy();
    expect(screen.getByTestId('candidate-timer').textContent).toMatch(/^(20:00|19:5\d)$/);
    expect(sent.some((r) => r.operation === 'OpenCandidateSession')).toBe(false);
    expect(sent.find((r) => r.operation === 'CandidateSession')?.authorization).toBe(
      'Bearer cand-stored',
    );
  });

  it('opens the session again when the stored token was rejected', async () => {
    window.sessionStorage.setItem(candidateTokenKey(INVITE), 'cand-old');
    const { sent } = renderCandidate(
      {
        CandidateSession: (_vars, request) =>
          request.authorization === 'Bearer cand-old'
            ? gqlError('UNAUTHENTICATED')
            : { data: { candidateSession: candidateSession() } },
      },
      { session: candidateSession() },
    );
    expect(await screen.findByTestId('candidate-session')).toBeTruthy();
    expect(sent.filter((r) => r.operation === 'OpenCandidateSession')).toHaveLength(1);
    expect(window.sessionStorage.getItem(candidateTokenKey(INVITE))).toBe(CANDIDATE_TOKEN);
  });

  it('shows the done page after a time-out when the tab still holds the token', async () => {
    window.sessionStorage.setItem(candidateTokenKey(INVITE), 'cand-stored');
    renderCandidate(
      {
        CandidateInvite: () => ({
          data: { candidateInvite: candidateLanding({ status: 'expired' }) },
        }),
      },
      { session: candidateSession({ phase: 'expired' }) },
    );
    expect(await screen.findByRole('heading', { name: 'Submitted — thank you' })).toBeTruthy();
    expect(screen.getByText(/Your time ran out/)).toBeTruthy();
  });
});
