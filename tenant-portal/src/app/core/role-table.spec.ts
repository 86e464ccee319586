import { allows, toRoleTable } from './role-table';
import type { Capability, Role } from './roles';

// The shape `roleCapabilities` answers with (platform-api/src/permissions/role-table.ts).
const answer = {
  roleCapabilities: [
    { role: 'owner', capabilities: ['manageTeam', 'readTeam', 'readAudit', 'grantOwner'] },
    { role: 'recruiter', capabilities: ['readTeam', 'manageAssessments', 'readMailbox'] },
    { role: 'viewer', capabilities: ['readAssessments'] },
  ],
};

describe("the portal's view of the API's role table", () => {
  const table = toRoleTable(answer);

  it('allows a role exactly what the API lists for it', () => {
    const asked: Capability[] = ['manageTeam', 'readTeam', 'manageAssessments', 'readMailbox'];
    const rights = (role: Role) => asked.filter((c) => allows(table, role, c));
    expect(rights('owner')).toEqual(['manageTeam', 'readTeam']);
    expect(rights('recruiter')).toEqual(['readTeam', 'manageAssessments', 'readMailbox']);
    expect(rights('viewer')).toEqual([]);
  });

  it('allows nothing before the table loads, without a role, or to a role the API does not list', () => {
    expect(allows(new Map(), 'owner', 'manageTeam')).toBe(false);
    expect(allows(table, null, 'readTeam')).toBe(false);
    expect(allows(table, 'admin', 'readTeam')).toBe(false);
  });
});
