import { AppError } from '../common/app-error';
import { invalid } from '../common/parse-input';

export const EmbedErrors = {
  invalid,
  notFound: () => new AppError('NOT_FOUND', 'No such embed key in this company.'),
  keyInvalid: () =>
    new AppError('UNAUTHENTICATED', 'This Fixpoint key is not valid or was revoked.', {
      reason: 'KEY_INVALID',
    }),
  originNotAllowed: () =>
    new AppError('FORBIDDEN', 'This site is not allowed to show this Fixpoint challenge.', {
      reason: 'ORIGIN_NOT_ALLOWED',
    }),
  challengeNotBound: () => new AppError('NOT_FOUND', 'This key does not show that challenge.'),
  alreadySubmitted: () =>
    new AppError(
      'CONFLICT',
      'This attempt was already submitted: its name and e-mail can no longer change.',
      { reason: 'ALREADY_SUBMITTED' },
    ),
  emailTaken: () =>
    new AppError(
      'CONFLICT',
      'Someone already applied with this e-mail address for this challenge. Use your own address, or contact the company.',
      { reason: 'EMAIL_TAKEN', field: 'email' },
    ),
};
