import { randomUUID } from 'node:crypto';
import { AppError } from '../common/app-error';
import { hashOpaqueToken as hash, newOpaqueToken } from '../common/opaque-tokens';
import type { Tx } from '../database/scoped-db.service';
import { actAs, refreshTokenUser } from './acting-user';

export type Rotation = { reused: true } | { reused: false; userId: string; token: string };

const invalid = () =>
  new AppError('UNAUTHENTICATED', 'That refresh token is not valid. Sign in again.');

/**
 * Rotating refresh tokens. Only a SHA-256 of each token is stored. Each use rotates it: the old
 * one is marked and a new one of the same family is issued. Presenting a rotated token again
 * means it was stolen or replayed, so the whole family (that sign-in) is revoked.
 */
export class RefreshTokens {
  constructor(private readonly ttlDays: number) {}

  async issue(tx: Tx, userId: string, familyId: string = randomUUID()): Promise<string> {
    const { token, hash: tokenHash } = newOpaqueToken();
    await tx.refreshToken.create({
      data: {
        userId,
        familyId,
        tokenHash,
        expiresAt: new Date(Date.now() + this.ttlDays * 86_400_000),
      },
    });
    return token;
  }

  /**
   * Returns the user and a new token, or `reused` after revoking the family: the caller commits
   * that revocation and then refuses. Throws UNAUTHENTICATED on an unknown or expired token.
   */
  async rotate(tx: Tx, token: string): Promise<Rotation> {
    // Row-level security shows a user only its own tokens: find whose this is, then act as them.
    const owner = await refreshTokenUser(tx, hash(token));
    if (!owner) throw invalid();
    await actAs(tx, owner);
    // Lock the row: two concurrent rotations of one token must not both succeed.
    const [row] = await tx.$queryRaw<
      {
        id: string;
        user_id: string;
        family_id: string;
        expires_at: Date;
        rotated_at: Date | null;
        revoked_at: Date | null;
      }[]
    >`select id, user_id, family_id, expires_at, rotated_at, revoked_at
        from refresh_tokens where token_hash = ${hash(token)} for update`;
    if (!row) throw invalid();
    if (row.rotated_at || row.revoked_at) {
      await this.revokeFamily(tx, row.family_id);
      return { reused: true };
    }
    if (row.expires_at.getTime() <= Date.now()) throw invalid();
    await tx.refreshToken.update({ where: { id: row.id }, data: { rotatedAt: new Date() } });
    return {
      reused: false,
      userId: row.user_id,
      token: await this.issue(tx, row.user_id, row.family_id),
    };
  }

  /** Logs a sign-in out: its whole family stops working. Unknown tokens are ignored. */
  async revoke(tx: Tx, token: string): Promise<void> {
    const owner = await refreshTokenUser(tx, hash(token));
    if (!owner) return;
    await actAs(tx, owner);
    const row = await tx.refreshToken.findUnique({ where: { tokenHash: hash(token) } });
    if (row) await this.revokeFamily(tx, row.familyId);
  }

  private async revokeFamily(tx: Tx, familyId: string): Promise<void> {
    await tx.refreshToken.updateMany({
      where: { familyId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
  }
}
