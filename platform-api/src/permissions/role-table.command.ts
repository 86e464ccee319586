import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withRoleTable } from './role-table-doc';

/**
 * `npm run docs:roles -w platform-api`: prints the role table of permissions/role-table.ts into
 * docs/hiring-api.md between its markers (test/access/role-table-doc.spec.ts fails until then).
 */
const doc = join(__dirname, '..', '..', '..', 'docs', 'hiring-api.md');
try {
  writeFileSync(doc, withRoleTable(readFileSync(doc, 'utf8')));
  process.stdout.write(`docs:roles: wrote the role table into ${doc}\n`);
} catch (error) {
  process.stderr.write(`docs:roles: ${(error as Error).message}\n`);
  process.exit(1);
}
