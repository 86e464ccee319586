import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Progress } from '../../api/types';
import { gqlError, renderWithApi } from '../../test/fake-api';
import ProgressPage from './ProgressPage';

const progress: Progress = {
  streakDays: 3,
  longestStreakDays: 5,
  solvedCount: 4,
  attemptCount: 6,
  mastery: [
    { dimension: 'LANGUAGE', key: 'javascript', level: 0.42, solved: 2 },
    { dimension: 'LANGUAGE', key: 'python', level: 0.1, solved: 1 },
    { dimension: 'BUG_TYPE', key: 'api-misuse', level: 0.3, solved: 1 },
  ],
  achievements: [
    {
      code: 'first-fix',
      title: 'First fix',
      description: 'Solved a first challenge',
      earnedAt: '2025-01-02T10:00:00Z',
    },
  ],
};

const attempts = (n: number, hasNextPage: boolean, offset = 0) => ({
  data: {
    myAttempts: {
      nodes: Array.from({ length: n }, (_, i) => ({
        id: `a${offset + i}`,
        status: i === 0 ? 'IN_PROGRESS' : 'SUBMITTED',
        startedAt: '2025-01-02T10:00:00Z',
        submittedAt: i === 0 ? null : '2025-01-02T10:10:00Z',
        challenge: {
          slug: `c${offset + i}`,
          title: `Challenge ${offset + i}`,
          language: 'python',
          difficulty: 2,
        },
        submission: i === 0 ? null : { score: 80 + i },
      })),
      pageInfo: { endCursor: hasNextPage ? 'next' : null, hasNextPage },
    },
  },
});

describe('the progress page', () => {
  it('charts mastery per language and bug kind, with numbers in words', async () => {
    renderWithApi(<ProgressPage />, {
      MyProgress: () => ({ data: { myProgress: progress } }),
      MyAttempts: () => attempts(2, false),
    });
    const meter = await screen.findByRole('meter', { name: 'JavaScript mastery' });
    expect(meter.getAttribute('aria-valuenow')).toBe('42');
    expect(screen.getByText('42% · 2 solved')).toBeTruthy();
    expect(screen.getByRole('meter', { name: 'API misuse mastery' })).toBeTruthy();
    expect(screen.getByText('3 days')).toBeTruthy();
    expect(screen.getByText('First fix')).toBeTruthy();
  });

  it('lists attempts with their scores and loads older ones', async () => {
    const { sent } = renderWithApi(<ProgressPage />, {
      MyProgress: () => ({ data: { myProgress: progress } }),
      MyAttempts: (v) => (v.after ? attempts(1, false, 10) : attempts(2, true)),
    });
    const table = await screen.findByRole('table');
    expect(within(table).getByText('81/100')).toBeTruthy();
    expect(within(table).getByText('In progress')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Load older attempts' }));
    expect(await screen.findByRole('link', { name: 'Challenge 10' })).toBeTruthy();
    expect(sent.at(-1)?.variables).toEqual({ first: 20, after: 'next' });
  });

  it('shows an error state with a retry', async () => {
    renderWithApi(<ProgressPage />, {
      MyProgress: () => gqlError('INTERNAL'),
      MyAttempts: () => attempts(0, false),
    });
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Could not load your progress',
    );
    expect(await screen.findByText('No attempts yet')).toBeTruthy();
  });
});
