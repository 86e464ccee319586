import { AbilityBuilder, createMongoAbility, type MongoAbility } from '@casl/ability';
import type { Action, Subject } from '@fixpoint/contracts/roles';
import type { Principal } from '../auth/principal';
import { CAPABILITIES, ROLE_TABLE } from './role-table';

export type { Action, Subject };

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

  can(['read', 'update'], 'Account');
  can('solve', 'Challenge');
  // Their own attempts only: the service checks the attempt is the caller's (staff read a
  // candidate's work through reports, never through the solve loop).
  can('manage', 'Attempt');
  can('read', 'Progress');

  const role = principal.tenant?.role;
  if (role) {
    // The role's rights come from the one role table (role-table.ts), never from a copy here.
    can('read', 'Tenant');
    for (const capability of ROLE_TABLE[role]) {
      for (const [action, subject] of CAPABILITIES[capability].rules) can(action, subject);
    }
  }
  return build();
}
