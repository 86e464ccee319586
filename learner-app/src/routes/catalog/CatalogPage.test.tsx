import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { challengeSummary } from '../../test/fixtures';
import { gqlError, renderWithApi, type Handler } from '../../test/fake-api';
import { CatalogPage } from './CatalogPage';

const page = (nodes = [challengeSummary()], hasNextPage = false, totalCount = nodes.length) => ({
  data: {
    challenges: {
      nodes,
      totalCount,
      pageInfo: { endCursor: hasNextPage ? 'c1' : null, hasNextPage },
    },
  },
});

function renderCatalog(Challenges: Handler) {
  return renderWithApi(<CatalogPage />, { Challenges }, { signedIn: false });
}

describe('the challenge browser', () => {
  it('shows a card with everything a learner chooses by', async () => {
    renderCatalog(() => page());
    const card = (await screen.findByRole('link', { name: /update notifier/ })).closest('article')!;
    const inCard = within(card);
    expect(inCard.getByRole('img', { name: 'Difficulty 1 of 5: Beginner' })).toBeTruthy();
    expect(inCard.getByText('10 min')).toBeTruthy();
    expect(inCard.getByText('JavaScript')).toBeTruthy();
    expect(inCard.getByText('API misuse')).toBeTruthy();
    expect(inCard.getByText('GitHub issue')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('1 challenge');
  });

  it('sends the chosen filters as query variables and keeps them in the URL', async () => {
    const { sent } = renderCatalog(() => page());
    await screen.findByRole('link', { name: /update notifier/ });
    await userEvent.click(screen.getByRole('checkbox', { name: 'Python' }));
    await userEvent.click(screen.getByRole('checkbox', { name: '2 of 5: Easy' }));
    await userEvent.click(screen.getByRole('radio', { name: 'Synthetic' }));
    await waitFor(() =>
      expect(sent.at(-1)?.variables).toEqual({
        filter: { languages: ['python'], difficulties: [2], sourceKind: 'SYNTHETIC' },
        first: 24,
        orderBy: 'DIFFICULTY_ASC',
      }),
    );
    expect(window.location.search).toBe('?language=python&difficulty=2&source=synthetic');
  });

  it('sends the free text once typing pauses', async () => {
    const { sent } = renderCatalog(() => page());
    await screen.findByRole('link', { name: /update notifier/ });
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'semver');
    await waitFor(() =>
      expect(sent.at(-1)?.variables).toMatchObject({ filter: { text: 'semver' } }),
    );
    // One request for the first page, one for the settled text: not one per keystroke.
    expect(sent).toHaveLength(2);
  });

  it('changes the order', async () => {
    const { sent } = renderCatalog(() => page());
    await screen.findByRole('link', { name: /update notifier/ });
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Sort by' }),
      'Hardest first',
    );
    await waitFor(() =>
      expect(sent.at(-1)?.variables).toMatchObject({ orderBy: 'DIFFICULTY_DESC' }),
    );
  });

  it('says so when nothing matches, and clears the filters', async () => {
    window.history.replaceState(null, '', '/?language=rust');
    renderCatalog((v) => (v.filter ? page([]) : page()));
    expect(await screen.findByText('No challenge matches these filters')).toBeTruthy();
    await userEvent.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]);
    expect(await screen.findByRole('link', { name: /update notifier/ })).toBeTruthy();
  });

  it('shows an error with a retry', async () => {
    let calls = 0;
    renderCatalog(() => (++calls === 1 ? gqlError('INTERNAL') : page()));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Could not load the challenges',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: /update notifier/ })).toBeTruthy();
  });

  it('loads more challenges after the cursor and appends them', async () => {
    const { sent } = renderCatalog((v) =>
      v.after === 'c1'
        ? page([challengeSummary({ slug: 'two', title: 'Second challenge' })], false, 2)
        : page([challengeSummary()], true, 2),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Load more challenges' }));
    expect(await screen.findByRole('link', { name: 'Second challenge' })).toBeTruthy();
    expect(screen.getByRole('link', { name: /update notifier/ })).toBeTruthy();
    expect(sent.at(-1)?.variables).toMatchObject({ after: 'c1' });
    expect(screen.queryByRole('button', { name: 'Load more challenges' })).toBeNull();
  });
});
