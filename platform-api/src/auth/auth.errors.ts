import { AppError } from '../common/app-error';

export const AuthErrors = {
  badCredentials: () =>
    new AppError('UNAUTHENTICATED', 'That email and password do not match an account.'),
  emailTaken: () =>
    new AppError(
      'CONFLICT',
      'An account with that email exists. Log in instead, or use another email.',
    ),
  refreshReused: () =>
    new AppError(
      'UNAUTHENTICATED',
      'This refresh token was already used, so every session of that sign-in was ended to keep your account safe. Sign in again.',
      { reason: 'TOKEN_REUSED' },
    ),
  invalid: (field: string, message: string) =>
    new AppError('BAD_USER_INPUT', `${field}: ${message}`, { field }),
};
