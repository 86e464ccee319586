import type { Tx } from '../database/scoped-db.service';

/**
 * Row-level security on users and refresh_tokens (migration 20261201040000_users_rls) shows a
 * transaction only its own user's rows. Before anyone is known (log-in, sign-up, refresh), the
 * API asks these narrow security-definer functions one question each, then acts as that user.
 */

/** The account's id for an e-mail address (candidates excluded); null when there is none. */
export async function accountIdByEmail(tx: Tx, email: string): Promise<string | null> {
  const [row] = await tx.$queryRaw<{ id: string | null }[]>`
    select account_id_by_email(${email}) as id`;
  return row?.id ?? null;
}

/** Whose refresh token a hash is; null for an unknown hash. */
export async function refreshTokenUser(tx: Tx, tokenHash: string): Promise<string | null> {
  const [row] = await tx.$queryRaw<{ id: string | null }[]>`
    select refresh_token_user(${tokenHash}) as id`;
  return row?.id ?? null;
}

/** The rest of this transaction sees and writes the rows of this user (app.user_id). */
export async function actAs(tx: Tx, userId: string): Promise<void> {
  await tx.$executeRaw`select set_config('app.user_id', ${userId}, true)`;
}
