import type { components } from '@fixpoint/openapi';

export type ApiKeyScope = components['schemas']['Scope'];

/**
 * What a key may be granted; the document's `Scope` schema lists the same (the type above
 * makes a scope the document lacks a compile error; a test checks the converse). One scope per
 * ATS connector, for the connector routes later issues add.
 */
export const API_KEY_SCOPES = [
  'assessments:read',
  'candidates:write',
  'results:read',
  'webhooks:manage',
  'ats:greenhouse',
  'ats:lever',
  'ats:workday',
] as const satisfies readonly ApiKeyScope[];

export const isScope = (value: string): value is ApiKeyScope =>
  (API_KEY_SCOPES as readonly string[]).includes(value);
