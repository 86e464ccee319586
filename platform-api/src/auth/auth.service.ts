import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { z } from 'zod';
import { emailField } from '../common/email';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { PrismaService } from '../database/prisma.service';
import type { Tx } from '../database/scoped-db.service';
import { REDIS } from '../redis/redis.module';
import { AccessTokens } from './access-token';
import { accountIdByEmail, actAs } from './acting-user';
import { AuthErrors } from './auth.errors';
import type { AuthPayload, LogInInput, SignUpInput } from './dto/auth.types';
import { hashPassword, verifyPassword } from './password';
import { RateLimiter } from './rate-limiter';
import { RefreshTokens } from './refresh-tokens';

export const passwordField = z
  .string()
  .min(10, 'must be at least 10 characters')
  .max(200, 'must be at most 200 characters');
export const displayNameField = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(100, 'must be at most 100 characters');

const signUpSchema = z.object({
  email: emailField,
  password: passwordField,
  displayName: displayNameField,
});

export interface NewAccount {
  email: string;
  displayName: string;
  passwordHash: string;
}

// A real hash to compare against when the email is unknown, so both paths take the same time.
const DUMMY_HASH = hashPassword('fixpoint-timing-equaliser');

/** Accounts' sign-in: log in, refresh, log out, and the checks and writes sign-ups share. */
@Injectable()
export class AuthService {
  readonly accessTokens: AccessTokens;
  private readonly refreshTokens: RefreshTokens;
  private readonly limiter: RateLimiter;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly prisma: PrismaService,
    @Inject(REDIS) redis: Redis,
  ) {
    this.accessTokens = new AccessTokens(config.JWT_SECRET, config.ACCESS_TOKEN_TTL_SECONDS);
    this.refreshTokens = new RefreshTokens(config.REFRESH_TOKEN_TTL_DAYS);
    this.limiter = new RateLimiter(redis, config.AUTH_RATE_LIMIT_WINDOW_SECONDS);
  }

  /** Counts one attempt from this address against the log-in limit (shared by every auth form). */
  hitIp(ip: string) {
    return this.limiter.hit(`auth:ip:${ip}`, this.config.AUTH_RATE_LIMIT_PER_IP);
  }

  /** Counts one password check of this account (log-in, change password, change e-mail). */
  hitAccount(email: string) {
    return this.limiter.hit(`auth:account:${email}`, this.config.AUTH_RATE_LIMIT_PER_ACCOUNT);
  }

  /** Ends every sign-in of the user (its refresh-token families); the transaction acts as it. */
  async revokeAllSessions(tx: Tx, userId: string) {
    await actAs(tx, userId);
    await tx.refreshToken.updateMany({
      where: { userId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
  }

  /**
   * The checks before an account is created (rate limits, field rules, the password hashed):
   * sign-up, company sign-up and accepting a team invite all go through here.
   */
  async checkNewAccount(input: SignUpInput, ip: string): Promise<NewAccount> {
    await this.hitIp(ip);
    const parsed = signUpSchema.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw AuthErrors.invalid(String(issue.path[0]), issue.message);
    }
    const { email, password, displayName } = parsed.data;
    await this.hitAccount(email);
    return { email, displayName, passwordHash: await hashPassword(password) };
  }

  /**
   * Creates a verified account and signs it in, inside the caller's transaction: for a team
   * invitation, whose link mailed to the address proves it.
   */
  async createAccount(tx: Tx, account: NewAccount): Promise<AuthPayload> {
    if (await accountIdByEmail(tx, account.email)) throw AuthErrors.emailTaken();
    const user = await this.insertAccount(tx, account, new Date());
    return this.signIn(tx, user);
  }

  /** Writes the account's row (the transaction then acts as it); unverified without a date. */
  async insertAccount(tx: Tx, account: NewAccount, emailVerifiedAt: Date | null) {
    // Row-level security: the new row is written as its own user.
    const id = randomUUID();
    await actAs(tx, id);
    return tx.user.create({ data: { id, ...account, emailVerifiedAt } });
  }

  /** Checks an existing account's password (rate-limited like log in); the user or an error. */
  async verifyAccount(email: string, password: string, ip: string) {
    const normalized = email.trim().toLowerCase();
    await this.hitIp(ip);
    await this.hitAccount(normalized);
    const id = await accountIdByEmail(this.prisma, normalized);
    const user = id ? await this.readUser(id) : null;
    const ok = await verifyPassword(password, user?.passwordHash ?? (await DUMMY_HASH));
    if (!user || !ok) throw AuthErrors.badCredentials();
    // Only someone who knows the password learns this: no address is revealed by it.
    if (!user.emailVerifiedAt) throw AuthErrors.emailNotVerified();
    return user;
  }

  /** A user's own row, read as that user (row-level security shows no other). */
  readUser(id: string) {
    return this.prisma.$transaction(async (tx) => {
      await actAs(tx, id);
      return tx.user.findUnique({ where: { id } });
    });
  }

  async signIn(tx: Tx, user: { id: string; email: string; displayName: string }) {
    await actAs(tx, user.id);
    return this.payload(user, await this.refreshTokens.issue(tx, user.id));
  }

  async logIn(input: LogInInput, ip: string): Promise<AuthPayload> {
    const user = await this.verifyAccount(input.email, input.password, ip);
    return this.prisma.$transaction((tx) => this.signIn(tx, user));
  }

  async refresh(refreshToken: string): Promise<AuthPayload> {
    const rotation = await this.prisma.$transaction(async (tx) => {
      const rotated = await this.refreshTokens.rotate(tx, refreshToken);
      if (rotated.reused) return rotated;
      // rotate() acts as the token's user, so its own row is readable here.
      const user = await tx.user.findUniqueOrThrow({ where: { id: rotated.userId } });
      return { ...rotated, user };
    });
    // Reuse: the family's revocation is committed above; now refuse.
    if (rotation.reused) throw AuthErrors.refreshReused();
    return this.payload(rotation.user, rotation.token);
  }

  async logOut(refreshToken: string): Promise<boolean> {
    await this.prisma.$transaction((tx) => this.refreshTokens.revoke(tx, refreshToken));
    return true;
  }

  private payload(
    user: { id: string; email: string; displayName: string },
    refreshToken: string,
  ): AuthPayload {
    const access = this.accessTokens.issue(user.id);
    return {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken,
      user: { id: user.id, email: user.email, displayName: user.displayName },
    };
  }
}
