import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { REFRESH_TOKEN_KEY } from '../../api/client';
import { authPayload, gqlError, renderWithApi } from '../../test/fake-api';
import { LogInPage } from './LogInPage';
import { safeNextPath } from './safe-next';
import { SignUpPage, validateSignUp } from './SignUpPage';

describe('sign up and log in', () => {
  it('checks the form before sending it', () => {
    expect(validateSignUp({ displayName: '', email: 'a@b.co', password: 'x'.repeat(10) })).toMatch(
      /name/,
    );
    expect(validateSignUp({ displayName: 'Ada', email: 'nope', password: 'x'.repeat(10) })).toMatch(
      /email/,
    );
    expect(validateSignUp({ displayName: 'Ada', email: 'a@b.co', password: 'short' })).toMatch(
      /10 characters/,
    );
    expect(
      validateSignUp({ displayName: 'Ada', email: 'a@b.co', password: 'x'.repeat(10) }),
    ).toBeNull();
  });

  it('signs up, keeps the refresh token and returns to the page that asked', async () => {
    window.history.replaceState(null, '', '/signup?next=%2Fprogress');
    const { sent, storage, client } = renderWithApi(
      <SignUpPage />,
      { SignUp: () => ({ data: { signUp: authPayload(1) } }) },
      { signedIn: false },
    );
    await userEvent.type(screen.getByLabelText('Display name'), 'Ada');
    await userEvent.type(screen.getByLabelText('Email'), 'ada@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'correct horse battery');
    await userEvent.click(screen.getByRole('button', { name: 'Sign up' }));
    await waitFor(() => expect(window.location.pathname).toBe('/progress'));
    expect(sent[0].variables).toEqual({
      input: { displayName: 'Ada', email: 'ada@example.com', password: 'correct horse battery' },
    });
    expect(storage.items.get(REFRESH_TOKEN_KEY)).toBe('refresh-1');
    expect(client.getSession().status).toBe('signed-in');
  });

  it('shows a short password problem without sending anything', async () => {
    const { sent } = renderWithApi(<SignUpPage />, {}, { signedIn: false });
    await userEvent.type(screen.getByLabelText('Display name'), 'Ada');
    await userEvent.type(screen.getByLabelText('Email'), 'ada@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'short');
    await userEvent.click(screen.getByRole('button', { name: 'Sign up' }));
    expect(screen.getByRole('alert').textContent).toMatch(/at least 10 characters/);
    expect(sent).toHaveLength(0);
  });

  it('says when the email and password do not match', async () => {
    renderWithApi(<LogInPage />, { LogIn: () => gqlError('UNAUTHENTICATED') }, { signedIn: false });
    await userEvent.type(screen.getByLabelText('Email'), 'ada@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'wrong password');
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'That email and password do not match.',
    );
  });

  it('only returns to paths on this site after logging in', () => {
    expect(safeNextPath('?next=%2Fchallenges%2Fx')).toBe('/challenges/x');
    expect(safeNextPath('?next=https%3A%2F%2Fevil.example')).toBe('/');
    expect(safeNextPath('?next=%2F%2Fevil.example')).toBe('/');
    expect(safeNextPath('')).toBe('/');
  });
});
