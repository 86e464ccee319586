import { AppError } from '../common/app-error';

export const SessionErrors = {
  unknownLink: () =>
    new AppError('NOT_FOUND', 'This assessment link is not valid. Check the link in your email.'),
  closed: (status: string) =>
    new AppError(
      'CONFLICT',
      status === 'revoked'
        ? 'This invitation was withdrawn by the company.'
        : status === 'submitted'
          ? 'You already submitted this assessment. Thank you!'
          : 'This assessment link has expired. Ask the company for a new one.',
      { status },
    ),
  consentRequired: () =>
    new AppError('BAD_USER_INPUT', 'Tick the consent box to begin.', { field: 'consent' }),
  notCandidate: () => new AppError('FORBIDDEN', 'Open your assessment link to continue.'),
  notRunning: () => new AppError('CONFLICT', 'This assessment is not in progress.'),
  badCount: (field: string) =>
    new AppError('BAD_USER_INPUT', `${field}: must be a whole number from 0 to 1000.`, { field }),
};
