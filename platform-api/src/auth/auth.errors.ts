import { AppError } from '../common/app-error';

export const AuthErrors = {
  badCredentials: () =>
    new AppError('UNAUTHENTICATED', 'That email and password do not match an account.'),
  emailTaken: () =>
    new AppError(
      'CONFLICT',
      'An account with that email exists. Log in instead, or use another email.',
    ),
  emailNotVerified: () =>
    new AppError(
      'UNAUTHENTICATED',
      'Confirm your e-mail address first: open the link we sent you. Lost it? Reset your password: that confirms the address too.',
      { reason: 'EMAIL_NOT_VERIFIED' },
    ),
  wrongPassword: () =>
    new AppError('BAD_USER_INPUT', 'currentPassword: that is not your current password.', {
      field: 'currentPassword',
    }),
  refreshReused: () =>
    new AppError(
      'UNAUTHENTICATED',
      'This refresh token was already used, so every session of that sign-in was ended to keep your account safe. Sign in again.',
      { reason: 'TOKEN_REUSED' },
    ),
  invalid: (field: string, message: string) =>
    new AppError('BAD_USER_INPUT', `${field}: ${message}`, { field }),
};
