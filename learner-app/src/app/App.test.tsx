import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApi } from '../test/fake-api';
import { App } from './App';

const emptyCatalog = () => ({
  data: {
    challenges: { nodes: [], totalCount: 0, pageInfo: { endCursor: null, hasNextPage: false } },
  },
});

describe('the app shell', () => {
  it('sends a signed-out visitor from a private page to log in, and back afterwards', async () => {
    window.history.replaceState(null, '', '/progress');
    renderWithApi(<App />, { Challenges: emptyCatalog }, { signedIn: false });
    await waitFor(() => expect(window.location.pathname).toBe('/login'));
    expect(window.location.search).toBe('?next=%2Fprogress');
    expect(await screen.findByRole('heading', { name: 'Log in' })).toBeTruthy();
  });

  it('names every navigation control and marks the current page', async () => {
    renderWithApi(<App />, { Challenges: emptyCatalog });
    expect(screen.getByRole('link', { name: 'Challenges' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(screen.getByRole('link', { name: 'Progress' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Log out' })).toBeTruthy();
    expect(await screen.findByText('No challenge matches these filters')).toBeTruthy();
  });

  it('shows a not-found page for unknown addresses', () => {
    window.history.replaceState(null, '', '/nowhere');
    renderWithApi(<App />, {});
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeTruthy();
  });
});
