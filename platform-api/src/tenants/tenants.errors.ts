import { AppError } from '../common/app-error';
import { invalid } from '../common/parse-input';

export const TenantErrors = {
  invalid,
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
  cannotGrant: (role: string) =>
    new AppError('FORBIDDEN', `Only an owner can grant or take away the ${role} role.`, {
      reason: 'ROLE_NOT_GRANTABLE',
    }),
  ownRole: () =>
    new AppError('FORBIDDEN', 'You cannot change your own role: ask another owner or admin.', {
      reason: 'OWN_ROLE',
    }),
  notPending: () => new AppError('CONFLICT', 'Only a pending invitation can be revoked.'),
};
