import { SetMetadata } from '@nestjs/common';
import type { Action, Subject } from '../permissions/abilities';

export const IS_PUBLIC = 'fixpoint:isPublic';
export const REQUIRED_ABILITY = 'fixpoint:requiredAbility';
export const IS_INTERNAL = 'fixpoint:isInternal';

/** Open to anyone, signed in or not. The guard still reads a token when one is sent. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/**
 * Needs a signed-in principal allowed `action` on `subject` (CASL, from the membership role or
 * the learner's own rights). Row-level checks happen in services; RLS enforces tenancy under
 * both.
 */
export const Can = (action: Action, subject: Subject) =>
  SetMetadata(REQUIRED_ABILITY, { action, subject });

/**
 * Called by our own services (the worker), never by users: the guard reads no user token (the
 * Authorization header carries the shared internal token, which the handler checks).
 */
export const Internal = () => SetMetadata(IS_INTERNAL, true);
