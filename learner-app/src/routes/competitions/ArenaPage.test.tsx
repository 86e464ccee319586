import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithApi } from '../../test/fake-api';
import ArenaPage from './ArenaPage';

const CONSENT = 'Acme Corp sees your result, rank and integrity verdicts in its hiring pipeline.';

/** A hiring competition open for registration; `registered` once the test's entrant signed up. */
const competition = (registered: boolean) => ({
  id: 'k1',
  title: 'Acme debugging cup',
  kind: 'HIRING',
  phase: 'REGISTRATION',
  startsAt: new Date(Date.now() + 3_600_000).toISOString(),
  endsAt: new Date(Date.now() + 7_200_000).toISOString(),
  entrants: registered ? 1 : 0,
  registered,
  description: null,
  registrationOpensAt: new Date(Date.now() - 3_600_000).toISOString(),
  freezeMinutes: 10,
  failedSubmitPenalty: 5,
  pausedAt: null,
  consentNotice: CONSENT,
  challenges: [],
});

/** The board's graphql-ws socket: never connects (the board push is not what this tests). */
class SilentSocket {
  onopen?: () => void;
  onmessage?: (event: { data: string }) => void;
  onclose?: () => void;
  send() {}
  close() {}
}

beforeEach(() => vi.stubGlobal('WebSocket', SilentSocket));
afterEach(() => vi.unstubAllGlobals());

describe('the arena of a hiring competition', () => {
  it('keeps Register disabled until the consent is ticked, and registers with that consent', async () => {
    let registered = false;
    const { sent } = renderWithApi(<ArenaPage id="k1" />, {
      Competition: () => ({ data: { competition: competition(registered) } }),
      Leaderboard: () => ({ data: { leaderboard: { frozen: false, total: 0, entries: [] } } }),
      LeaderboardAroundMe: () => ({
        data: { leaderboardAroundMe: { frozen: false, total: 0, entries: [] } },
      }),
      RegisterForCompetition: () => {
        registered = true;
        return { data: { registerForCompetition: { id: 'k1', registered: true, entrants: 1 } } };
      },
    });
    const user = userEvent.setup();
    const register = await screen.findByRole('button', { name: 'Register' });
    const consent = screen.getByRole('checkbox', { name: CONSENT });
    expect((register as HTMLButtonElement).disabled).toBe(true);
    await user.click(register);
    expect(sent.some((r) => r.operation === 'RegisterForCompetition')).toBe(false);

    await user.click(consent);
    expect((register as HTMLButtonElement).disabled).toBe(false);
    await user.click(consent);
    expect((register as HTMLButtonElement).disabled).toBe(true);

    await user.click(consent);
    await user.click(register);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Register' })).toBeNull());
    const registrations = sent.filter((r) => r.operation === 'RegisterForCompetition');
    expect(registrations.map((r) => r.variables)).toEqual([{ id: 'k1', consent: true }]);
    expect(screen.getByText('1 entrants')).toBeTruthy();
  });
});
