import { AppError } from '../common/app-error';

export const TenantErrors = {
  invalid: (field: string, message: string) =>
    new AppError('BAD_USER_INPUT', `${field}: ${message}`, { field }),
  inviteNotFound: () =>
    new AppError(
      'NOT_FOUND',
      'This invitation link is not valid: it was used, revoked or has expired. Ask for a new one.',
    ),
  memberNotFound: () => new AppError('NOT_FOUND', 'No such member in this company.'),
  lastOwner: () =>
    new AppError('CONFLICT', 'A company needs an owner: make someone else owner first.'),
  alreadyMember: (email: string) =>
    new AppError('CONFLICT', `${email} is already a member of this company.`),
  notPending: () => new AppError('CONFLICT', 'Only a pending invitation can be revoked.'),
};
