import { AppError } from '../common/app-error';
import { hashOpaqueToken, looksLikeOpaqueToken, newOpaqueToken } from '../common/opaque-tokens';
import type { Tx } from '../database/scoped-db.service';
import { actAs } from './acting-user';

export type AccountTokenPurpose = 'verify_email' | 'reset_password' | 'change_email';

/** How long each kind of link works. */
export const ACCOUNT_TOKEN_TTL_MS: Record<AccountTokenPurpose, number> = {
  verify_email: 24 * 3_600_000,
  reset_password: 3_600_000,
  change_email: 24 * 3_600_000,
};

export interface UsedAccountToken {
  userId: string;
  purpose: AccountTokenPurpose;
  newEmail: string | null;
}

const invalidLink = () =>
  new AppError(
    'NOT_FOUND',
    'This link is not valid any more: it was used already, it expired, or a newer one was sent. Ask for a new one.',
    { reason: 'LINK_INVALID' },
  );

/**
 * The links of account mail (verify, reset, change e-mail): opaque, stored as SHA-256 only,
 * single-use, expiring. Issuing one voids the account's earlier unused links of that purpose, so
 * only the newest mail works.
 */
export class AccountTokens {
  /** A new link token for the user the transaction acts as. */
  async issue(
    tx: Tx,
    userId: string,
    purpose: AccountTokenPurpose,
    newEmail: string | null = null,
  ): Promise<string> {
    await actAs(tx, userId);
    await this.voidUnused(tx, userId, purpose);
    const { token, hash } = newOpaqueToken();
    await tx.accountToken.create({
      data: {
        userId,
        purpose,
        tokenHash: hash,
        newEmail,
        expiresAt: new Date(Date.now() + ACCOUNT_TOKEN_TTL_MS[purpose]),
      },
    });
    return token;
  }

  /**
   * Uses a link once: the transaction then acts as its user. NOT_FOUND (LINK_INVALID) for an
   * unknown, used, expired or other-purpose token; two concurrent uses cannot both succeed.
   */
  async use(tx: Tx, token: string, purposes: AccountTokenPurpose[]): Promise<UsedAccountToken> {
    if (!looksLikeOpaqueToken(token)) throw invalidLink();
    const hash = hashOpaqueToken(token);
    const [owner] = await tx.$queryRaw<{ id: string | null }[]>`
      select account_token_user(${hash}) as id`;
    if (!owner?.id) throw invalidLink();
    await actAs(tx, owner.id);
    const used = await tx.accountToken.updateMany({
      where: {
        tokenHash: hash,
        purpose: { in: purposes },
        usedAt: null,
        expiresAt: { gt: new Date() },
      },
      data: { usedAt: new Date() },
    });
    if (used.count !== 1) throw invalidLink();
    const row = await tx.accountToken.findUniqueOrThrow({ where: { tokenHash: hash } });
    return {
      userId: row.userId,
      purpose: row.purpose as AccountTokenPurpose,
      newEmail: row.newEmail,
    };
  }

  /** Ends the account's unused links of this purpose (a newer mail, or a reset done). */
  voidUnused(tx: Tx, userId: string, purpose: AccountTokenPurpose) {
    return tx.accountToken.updateMany({
      where: { userId, purpose, usedAt: null },
      data: { usedAt: new Date() },
    });
  }
}
