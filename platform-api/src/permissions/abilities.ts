import { AbilityBuilder, createMongoAbility, type MongoAbility } from '@casl/ability';
import type { Principal } from '../auth/principal';

export type Action = 'manage' | 'create' | 'read' | 'update' | 'delete' | 'solve';
export type Subject =
  | 'all'
  | 'Challenge'
  | 'PrivateChallenge'
  | 'Attempt'
  | 'Progress'
  | 'Tenant'
  | 'Membership'
  | 'Assessment'
  | 'Invite'
  | 'CandidateReport'
  | 'ApiKey'
  | 'EmbedKey'
  | 'AuditLog'
  | 'Billing'
  | 'CandidateSession'
  | 'Account';

export type AppAbility = MongoAbility<[Action, Subject]>;

/**
 * What each kind of principal may do. Every signed-in user is a learner (solves public
 * challenges, sees their own progress); a membership adds the tenant role's rights, which
 * apply only inside that tenant (the tenant comes from the authenticated context, and RLS
 * scopes every row to it).
 */
export function defineAbilityFor(principal: Principal | undefined): AppAbility {
  const { can, build } = new AbilityBuilder<AppAbility>(createMongoAbility);
  can('read', 'Challenge');
  if (!principal) return build();
  if (principal.candidate) {
    // A candidate works on their session's attempts (RLS shows them no others) and nothing else.
    can(['read', 'update'], 'Attempt');
    can('manage', 'CandidateSession');
    return build();
  }

  can('read', 'Account');
  can('solve', 'Challenge');
  can('manage', 'Attempt');
  can('read', 'Progress');

  switch (principal.tenant?.role) {
    case 'owner':
      can('manage', 'all');
      break;
    case 'admin':
      can('manage', [
        'Membership',
        'Assessment',
        'Invite',
        'PrivateChallenge',
        'ApiKey',
        'EmbedKey',
      ]);
      can('read', ['Tenant', 'CandidateReport', 'AuditLog', 'Billing']);
      break;
    case 'recruiter':
      can('manage', ['Assessment', 'Invite']);
      can('create', 'PrivateChallenge');
      can('read', ['Tenant', 'Membership', 'CandidateReport', 'PrivateChallenge', 'EmbedKey']);
      break;
    case 'hiring_manager':
      can('read', [
        'Tenant',
        'Membership',
        'Assessment',
        'Invite',
        'CandidateReport',
        'PrivateChallenge',
        'EmbedKey',
      ]);
      break;
    case 'viewer':
      can('read', ['Tenant', 'Assessment', 'Invite', 'PrivateChallenge']);
      break;
    case undefined:
      break;
  }
  return build();
}
