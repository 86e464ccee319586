import type { Capability, Role } from './roles';

/** The API's role table as the portal keeps it after `roleCapabilities`: role → capabilities. */
export type RoleTable = ReadonlyMap<string, ReadonlySet<string>>;

/** What the `RoleCapabilities` query (session.graphql.ts) answers. */
export interface RoleCapabilitiesAnswer {
  roleCapabilities: readonly { role: string; capabilities: readonly string[] }[];
}

export const toRoleTable = (answer: RoleCapabilitiesAnswer): RoleTable =>
  new Map(answer.roleCapabilities.map((row) => [row.role, new Set(row.capabilities)]));

/**
 * May this role do that? Nothing is allowed until the table has loaded, for no role, or for a
 * role or capability the API does not list: the portal hides what it cannot prove allowed
 * (the API enforces the same table anyway).
 */
export const allows = (
  table: RoleTable,
  role: Role | null | undefined,
  capability: Capability,
): boolean => !!role && !!table.get(role)?.has(capability);
