import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { AccessTokens } from '../../src/auth/access-token';
import { loadConfig } from '../../src/config/load-config';

/**
 * Row builders for tests, written as the schema owner (bypassing the API on purpose, to set up
 * what the API under test must then protect). Each test owns the rows it makes.
 */
const tokens = new AccessTokens(loadConfig({ NODE_ENV: 'development' }).JWT_SECRET, 900);

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

/** A published assessment of one challenge, one invited candidate who opened it, mail, a team invite. */
export async function newHiringRows(db: Client, tenantId: string, challengeId: string) {
  const { rows } = await db.query<{ id: string }>(
    `insert into assessments (tenant_id, title, instructions, time_limit_minutes, hints_allowed, hint_penalty, status)
     values ($1, 'Secret assessment', 'B only', 30, true, 10, 'published') returning id`,
    [tenantId],
  );
  const assessmentId = rows[0].id;
  await db.query(
    `insert into assessment_challenges (assessment_id, tenant_id, position, challenge_id) values ($1, $2, 1, $3)`,
    [assessmentId, tenantId, challengeId],
  );
  const invite = await db.query<{ id: string }>(
    `insert into candidate_invites (tenant_id, assessment_id, email, token_hash, expires_at)
     values ($1, $2, $3, $4, now() + interval '7 days') returning id`,
    [tenantId, assessmentId, `cand-${randomUUID()}@example.com`, randomUUID()],
  );
  const inviteId = invite.rows[0].id;
  const candidate = await db.query<{ id: string }>(
    `insert into users (email, display_name, password_hash, kind) values ($1, 'Cand', '', 'candidate') returning id`,
    [`cand-${randomUUID()}@example.com`],
  );
  const session = await db.query<{ id: string }>(
    `insert into assessment_sessions (tenant_id, invite_id, candidate_user_id, time_limit_seconds)
     values ($1, $2, $3, 1800) returning id`,
    [tenantId, inviteId, candidate.rows[0].id],
  );
  const teamInvite = await db.query<{ id: string }>(
    `insert into team_invites (tenant_id, email, role, token_hash, expires_at)
     values ($1, $2, 'recruiter', $3, now() + interval '7 days') returning id`,
    [tenantId, `new-${randomUUID()}@example.com`, randomUUID()],
  );
  await db.query(
    `insert into mail_messages (tenant_id, to_address, subject, text_body) values ($1, 'x@example.com', 'B mail', 'secret link')`,
    [tenantId],
  );
  return {
    assessmentId,
    inviteId,
    sessionId: session.rows[0].id,
    teamInviteId: teamInvite.rows[0].id,
  };
}

/** The membership row id of a user in a tenant. */
export async function membershipId(db: Client, tenantId: string, userId: string) {
  const { rows } = await db.query<{ id: string }>(
    'select id from memberships where tenant_id = $1 and user_id = $2',
    [tenantId, userId],
  );
  return rows[0].id;
}
