import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { AccessTokens } from '../../src/auth/access-token';
import { loadConfig } from '../../src/config/load-config';

/**
 * Row builders for tests, written as the schema owner (bypassing the API on purpose, to set up
 * what the API under test must then protect). Each test owns the rows it makes.
 */
const tokens = new AccessTokens(loadConfig({}).JWT_SECRET, 900);

export const accessTokenFor = (userId: string) => tokens.issue(userId).token;

export async function newTenant(db: Client, name = 'Tenant'): Promise<string> {
  const slug = `t-${randomUUID().slice(0, 8)}`;
  const { rows } = await db.query<{ id: string }>(
    'insert into tenants (slug, name) values ($1, $2) returning id',
    [slug, name],
  );
  return rows[0].id;
}

export async function newUser(db: Client): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `insert into users (email, display_name, password_hash) values ($1, 'Builder', 'x') returning id`,
    [`u-${randomUUID()}@example.com`],
  );
  return rows[0].id;
}

export async function newMembership(
  db: Client,
  tenantId: string,
  userId: string,
  role = 'recruiter',
) {
  await db.query('insert into memberships (tenant_id, user_id, role) values ($1, $2, $3)', [
    tenantId,
    userId,
    role,
  ]);
}

/** A tenant-private copy of a public challenge's current version, under a new slug. */
export async function newPrivateChallenge(db: Client, tenantId: string, fromSlug: string) {
  const slug = `private-${randomUUID().slice(0, 8)}`;
  const { rows } = await db.query<{ id: string }>(
    'insert into challenges (tenant_id, slug) values ($1, $2) returning id',
    [tenantId, slug],
  );
  const challengeId = rows[0].id;
  const version = await db.query<{ id: string }>(
    `insert into challenge_versions (challenge_id, tenant_id, version, content_hash, title, summary,
       language, runtime, framework, difficulty, bug_types, tags, estimated_minutes,
       learning_objectives, source_kind, source_url, source_license, hints, editable, limits,
       starter_files, visible_tests, hidden_tests, solution_files, reference_change_lines)
     select $1, $2, 1, content_hash, 'Private ' || title, summary, language, runtime, framework,
       difficulty, bug_types, tags, estimated_minutes, learning_objectives, source_kind, source_url,
       source_license, hints, editable, limits, starter_files, visible_tests, hidden_tests,
       solution_files, reference_change_lines
       from challenge_versions v join challenges c on c.current_version_id = v.id
      where c.slug = $3 and c.tenant_id is null
     returning id`,
    [challengeId, tenantId, fromSlug],
  );
  const versionId = version.rows[0].id;
  await db.query('update challenges set current_version_id = $1 where id = $2', [
    versionId,
    challengeId,
  ]);
  return { slug, challengeId, versionId };
}

/** A candidate's attempt owned by a tenant, with one run and one revealed hint. */
export async function newTenantAttempt(
  db: Client,
  tenantId: string,
  userId: string,
  versionId: string,
) {
  const { rows } = await db.query<{ id: string }>(
    `insert into attempts (tenant_id, user_id, challenge_version_id, files, hints_revealed)
     values ($1, $2, $3, '{"secret.py": "tenant code"}', 1) returning id`,
    [tenantId, userId, versionId],
  );
  const attemptId = rows[0].id;
  await db.query(
    `insert into runs (tenant_id, user_id, attempt_id, suite, status, passed, failed, result, files)
     values ($1, $2, $3, 'visible', 'fail', 0, 1, '{"tests": [], "stdout": "", "stderr": "", "durationMs": 1}', '{}')`,
    [tenantId, userId, attemptId],
  );
  await db.query(
    `insert into hint_reveals (tenant_id, user_id, attempt_id, level) values ($1, $2, $3, 1)`,
    [tenantId, userId, attemptId],
  );
  return attemptId;
}

export async function newAuditEntry(db: Client, tenantId: string) {
  await db.query(
    `insert into audit_log (tenant_id, action, target_type, data) values ($1, 'test.action', 'test', '{}')`,
    [tenantId],
  );
}

export async function newApiKey(db: Client, tenantId: string) {
  await db.query(
    `insert into api_keys (tenant_id, name, prefix, key_hash) values ($1, 'ats', $2, 'hash')`,
    [tenantId, `fp_${randomUUID().slice(0, 8)}`],
  );
}
