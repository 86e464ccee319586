// Candidate mode over the fake network: the App at /candidate/<invite>, a signed-in learner in
// the same tab (their token must never reach a candidate call), and handlers for every
// candidate operation that tests override one by one.
import { App } from '../app/App';
import type { CandidateSession } from '../api/types';
import { renderWithApi, type Handler } from './fake-api';
import { attempt, candidateLanding, candidateSession } from './fixtures';

export const INVITE = 'inv-abc';
export const CANDIDATE_TOKEN = 'cand-1';

export function candidateAttempt(id: string) {
  const base = attempt({ id });
  if (id === 'a1') return base;
  return {
    ...base,
    challenge: { ...base.challenge, title: 'The last page is always empty', language: 'python' },
  };
}

const saved = () => ({ data: { saveFiles: { id: 'a1', updatedAt: new Date().toISOString() } } });

export function renderCandidate(
  handlers: Record<string, Handler> = {},
  { session = candidateSession({ phase: 'not_started' }) }: { session?: CandidateSession } = {},
) {
  window.history.replaceState(null, '', `/candidate/${INVITE}`);
  return renderWithApi(<App />, {
    CandidateInvite: () => ({ data: { candidateInvite: candidateLanding() } }),
    OpenCandidateSession: () => ({
      data: { openCandidateSession: { token: CANDIDATE_TOKEN, session } },
    }),
    CandidateSession: () => ({ data: { candidateSession: session } }),
    BeginAssessment: () => ({ data: { beginAssessment: candidateSession({}, 45 * 60) } }),
    Attempt: ({ id }) => ({ data: { attempt: candidateAttempt(String(id)) } }),
    SaveFiles: saved,
    RecordIntegrity: () => ({ data: { recordIntegrity: true } }),
    ...handlers,
  });
}
