import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { REFRESH_TOKEN_KEY } from '../../api/client';
import { authPayload, gqlError, renderWithApi } from '../../test/fake-api';
import { LogInPage } from './LogInPage';
import { ResetPasswordPage } from './ResetPasswordPage';
import { VerifyEmailPage } from './VerifyEmailPage';
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

  it('signs up to "check your e-mail", signed out, with the development inbox when the API has one', async () => {
    window.history.replaceState(null, '', '/signup');
    const mailSent = { email: 'ada@example.com', message: 'Check your e-mail' };
    const { sent, storage, client } = renderWithApi(
      <SignUpPage />,
      {
        SignUp: () => ({ data: { signUp: mailSent } }),
        DevInbox: () => ({ data: { devInbox: [] } }),
      },
      { signedIn: false },
    );
    await userEvent.type(screen.getByLabelText('Display name'), 'Ada');
    await userEvent.type(screen.getByLabelText('Email'), 'ada@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'correct horse battery');
    await userEvent.click(screen.getByRole('button', { name: 'Sign up' }));
    expect(await screen.findByRole('heading', { name: 'Check your e-mail' })).toBeTruthy();
    expect(screen.getByText(/We sent a message to ada@example.com/)).toBeTruthy();
    const inbox = await screen.findByRole('link', { name: 'Open the development inbox' });
    expect(inbox.getAttribute('href')).toBe('/dev/inbox?email=ada%40example.com');
    expect(sent[0].variables).toEqual({
      input: { displayName: 'Ada', email: 'ada@example.com', password: 'correct horse battery' },
    });
    expect(storage.items.get(REFRESH_TOKEN_KEY)).toBeUndefined();
    expect(client.getSession().status).toBe('signed-out');
  });

  it('shows no development inbox link when the API refuses it (production)', async () => {
    renderWithApi(
      <SignUpPage />,
      {
        SignUp: () => ({ data: { signUp: { email: 'ada@example.com', message: 'x' } } }),
        DevInbox: () => gqlError('FORBIDDEN'),
      },
      { signedIn: false },
    );
    await userEvent.type(screen.getByLabelText('Display name'), 'Ada');
    await userEvent.type(screen.getByLabelText('Email'), 'ada@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'correct horse battery');
    await userEvent.click(screen.getByRole('button', { name: 'Sign up' }));
    await screen.findByRole('heading', { name: 'Check your e-mail' });
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByRole('link', { name: 'Open the development inbox' })).toBeNull();
  });

  it('signs in from a verification link, once, and lands on the catalog', async () => {
    window.history.replaceState(null, '', '/verify-email?token=abc');
    const { sent, client } = renderWithApi(
      <VerifyEmailPage />,
      { VerifyEmail: () => ({ data: { verifyEmail: authPayload(3) } }) },
      { signedIn: false },
    );
    await waitFor(() => expect(window.location.pathname).toBe('/'));
    expect(client.getSession().status).toBe('signed-in');
    expect(sent.filter((r) => r.operation === 'VerifyEmail')).toEqual([
      expect.objectContaining({ variables: { token: 'abc' } }),
    ]);
  });

  it('says a used or expired link does not work, and offers a reset', async () => {
    window.history.replaceState(null, '', '/verify-email?token=used');
    renderWithApi(
      <VerifyEmailPage />,
      { VerifyEmail: () => gqlError('NOT_FOUND', 'This link is not valid any more.') },
      { signedIn: false },
    );
    expect((await screen.findByRole('alert')).textContent).toBe('This link is not valid any more.');
    expect(screen.getByRole('link', { name: 'Reset your password' })).toBeTruthy();
  });

  it('tells a learner who has not confirmed the address what to do', async () => {
    renderWithApi(
      <LogInPage />,
      {
        LogIn: () => ({
          data: null,
          errors: [
            { message: 'x', extensions: { code: 'UNAUTHENTICATED', reason: 'EMAIL_NOT_VERIFIED' } },
          ],
        }),
      },
      { signedIn: false },
    );
    await userEvent.type(screen.getByLabelText('Email'), 'ada@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'the password');
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^Confirm your e-mail address first/,
    );
  });

  it('refuses two different new passwords without sending them', async () => {
    window.history.replaceState(null, '', '/reset-password?token=t');
    const { sent } = renderWithApi(<ResetPasswordPage />, {}, { signedIn: false });
    await userEvent.type(screen.getByLabelText('New password'), 'a long new password');
    await userEvent.type(screen.getByLabelText('Repeat the new password'), 'a different one!!');
    await userEvent.click(screen.getByRole('button', { name: 'Save the new password' }));
    expect(screen.getByRole('alert').textContent).toBe('The two passwords differ.');
    expect(sent).toHaveLength(0);
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
