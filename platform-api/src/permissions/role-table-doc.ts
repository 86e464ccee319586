import { CAPABILITIES, CAPABILITY_NAMES, ROLE_TABLE, ROLES } from './role-table';

/** Where docs/hiring-api.md holds the generated table. */
export const ROLE_TABLE_START =
  '<!-- role-table:start (generated from permissions/role-table.ts: npm run docs:roles -w platform-api) -->';
export const ROLE_TABLE_END = '<!-- role-table:end -->';

/** The role table as markdown: one row per capability, one column per role. */
export function roleTableMarkdown(): string {
  const header = `| capability | ${ROLES.join(' | ')} |`;
  const rule = `| --- | ${ROLES.map(() => ':---:').join(' | ')} |`;
  const rows = CAPABILITY_NAMES.map(
    (name) =>
      `| \`${name}\`: ${CAPABILITIES[name].label} | ${ROLES.map((role) =>
        ROLE_TABLE[role].includes(name) ? 'yes' : '—',
      ).join(' | ')} |`,
  );
  return [header, rule, ...rows].join('\n');
}

/** The document with the text between the markers replaced by the current table. */
export function withRoleTable(doc: string): string {
  const start = doc.indexOf(ROLE_TABLE_START);
  const end = doc.indexOf(ROLE_TABLE_END);
  if (start < 0 || end < start) {
    throw new Error(`the document has no "${ROLE_TABLE_START}" … "${ROLE_TABLE_END}" section`);
  }
  return `${doc.slice(0, start + ROLE_TABLE_START.length)}\n${roleTableMarkdown()}\n${doc.slice(end)}`;
}
