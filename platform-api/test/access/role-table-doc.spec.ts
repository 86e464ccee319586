import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ROLE_TABLE_END,
  ROLE_TABLE_START,
  roleTableMarkdown,
  withRoleTable,
} from '../../src/permissions/role-table-doc';
import { ROLE_TABLE } from '../../src/permissions/role-table';

const DOC = join(__dirname, '..', '..', '..', 'docs', 'hiring-api.md');

describe('the role table in docs/hiring-api.md', () => {
  it('is the one printed from permissions/role-table.ts (npm run docs:roles -w platform-api)', () => {
    const doc = readFileSync(DOC, 'utf8');
    expect(doc).toContain(ROLE_TABLE_START);
    expect(doc).toContain(ROLE_TABLE_END);
    expect(doc).toBe(withRoleTable(doc));
  });

  it('has a column per role and a yes exactly where the role has the capability', () => {
    const [header, , ...rows] = roleTableMarkdown().split('\n');
    const roles = header
      .split('|')
      .slice(2, -1)
      .map((c) => c.trim());
    expect(roles).toEqual(Object.keys(ROLE_TABLE));
    for (const row of rows) {
      const cells = row
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim());
      const capability = /^`(\w+)`/.exec(cells[0])![1];
      roles.forEach((role, i) => {
        const granted = (ROLE_TABLE as Record<string, readonly string[]>)[role].includes(
          capability,
        );
        expect({ role, capability, cell: cells[i + 1] }).toEqual({
          role,
          capability,
          cell: granted ? 'yes' : '—',
        });
      });
    }
  });

  it('notices a table edited by hand', () => {
    const doc = readFileSync(DOC, 'utf8');
    const edited = doc.replace('| `readAudit`', '| `readAuditX`');
    expect(withRoleTable(edited)).not.toBe(edited);
  });
});
