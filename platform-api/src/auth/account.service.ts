import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import type { z } from 'zod';
import { AppError } from '../common/app-error';
import { emailField } from '../common/email';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { PrismaService } from '../database/prisma.service';
import { enqueueMail } from '../mail/outbox-mail';
import { REDIS } from '../redis/redis.module';
import { accountLink } from './account-links';
import { AccountMail } from './account-mail';
import { AccountTokens } from './account-tokens';
import { accountIdByEmail, actAs } from './acting-user';
import { AuthErrors } from './auth.errors';
import { AuthService, displayNameField, passwordField } from './auth.service';
import type { AccountApp, AccountMailSent, ChangeEmailInput } from './dto/account.types';
import type { AuthPayload, UserType } from './dto/auth.types';
import { hashPassword, verifyPassword } from './password';
import type { Principal } from './principal';
import { RateLimiter } from './rate-limiter';
import { checkYourEmail } from './sign-up.service';

function parse<T>(field: string, schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw AuthErrors.invalid(field, parsed.error.issues[0].message);
  return parsed.data;
}

/** A learner's or staff member's own account: password reset and change, profile, e-mail change. */
@Injectable()
export class AccountService {
  private readonly tokens = new AccountTokens();
  private readonly mailLimiter: RateLimiter;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly prisma: PrismaService,
    private readonly auth: AuthService,
    @Inject(REDIS) redis: Redis,
  ) {
    this.mailLimiter = new RateLimiter(redis, config.ACCOUNT_MAIL_WINDOW_SECONDS);
  }

  /**
   * Mails a reset link when the address has an account. The answer is the same either way,
   * and so are the limits (per IP, and per address whether or not it exists).
   */
  async requestPasswordReset(email: string, app: AccountApp, ip: string): Promise<AccountMailSent> {
    await this.auth.hitIp(ip);
    const address = parse('email', emailField, email);
    await this.mailLimiter.hit(
      `reset:account:${address}`,
      this.config.ACCOUNT_MAIL_LIMIT_PER_ACCOUNT,
    );
    await this.prisma.$transaction(async (tx) => {
      const userId = await accountIdByEmail(tx, address);
      if (!userId) return;
      const token = await this.tokens.issue(tx, userId, 'reset_password');
      const link = accountLink(this.config, app, 'reset-password', token);
      await enqueueMail(tx, null, AccountMail.reset(address, link));
    });
    return checkYourEmail(address);
  }

  /**
   * Sets a new password from a reset link (once): every sign-in of the account ends, the
   * address counts as proven (the link came to it), and this browser is signed in afresh.
   */
  async resetPassword(token: string, password: string): Promise<AuthPayload> {
    const passwordHash = await hashPassword(parse('password', passwordField, password));
    return this.prisma.$transaction(async (tx) => {
      const { userId } = await this.tokens.use(tx, token, ['reset_password']);
      const current = await tx.user.findUniqueOrThrow({ where: { id: userId } });
      const user = await tx.user.update({
        where: { id: userId },
        data: { passwordHash, emailVerifiedAt: current.emailVerifiedAt ?? new Date() },
      });
      await this.auth.revokeAllSessions(tx, userId);
      return this.auth.signIn(tx, user);
    });
  }

  /** Needs the current password; ends every other sign-in and returns a fresh one for this one. */
  async changePassword(principal: Principal, current: string, next: string): Promise<AuthPayload> {
    const user = await this.checkPassword(principal, current);
    const passwordHash = await hashPassword(parse('newPassword', passwordField, next));
    return this.prisma.$transaction(async (tx) => {
      await actAs(tx, user.id);
      const updated = await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
      await this.auth.revokeAllSessions(tx, user.id);
      return this.auth.signIn(tx, updated);
    });
  }

  async updateProfile(principal: Principal, displayName: string): Promise<UserType> {
    const name = parse('displayName', displayNameField, displayName);
    const user = await this.ownAccount(principal);
    return this.prisma.$transaction(async (tx) => {
      await actAs(tx, user.id);
      return tx.user.update({
        where: { id: user.id },
        data: { displayName: name },
        select: { id: true, email: true, displayName: true },
      });
    });
  }

  /**
   * Moves the account to a new address once that address opens its link; the old address is
   * told. A new address that has an account already gets a notice instead (same answer).
   */
  async requestEmailChange(
    principal: Principal,
    input: ChangeEmailInput,
    app: AccountApp,
  ): Promise<AccountMailSent> {
    const newEmail = parse('newEmail', emailField, input.newEmail);
    const user = await this.checkPassword(principal, input.currentPassword);
    if (newEmail === user.email) {
      throw AuthErrors.invalid('newEmail', 'that is already your address');
    }
    await this.mailLimiter.hit(
      `change:account:${user.id}`,
      this.config.ACCOUNT_MAIL_LIMIT_PER_ACCOUNT,
    );
    await this.prisma.$transaction(async (tx) => {
      if (await accountIdByEmail(tx, newEmail)) {
        await enqueueMail(tx, null, AccountMail.addressInUse(newEmail));
        return;
      }
      const token = await this.tokens.issue(tx, user.id, 'change_email', newEmail);
      const link = accountLink(this.config, app, 'verify-email', token);
      await enqueueMail(tx, null, AccountMail.changeEmail(newEmail, link));
      await enqueueMail(tx, null, AccountMail.changeEmailNotice(user.email, newEmail));
    });
    return checkYourEmail(newEmail);
  }

  /** The signed-in account (candidates have none to manage). */
  private async ownAccount(principal: Principal) {
    const user = principal.candidate ? null : await this.auth.readUser(principal.userId);
    if (!user || user.kind !== 'account') {
      throw new AppError('FORBIDDEN', 'Sign in with your own account to change it.');
    }
    return user;
  }

  /** The account, once its current password is given (rate-limited like log-in). */
  private async checkPassword(principal: Principal, password: string) {
    const user = await this.ownAccount(principal);
    await this.auth.hitAccount(user.email);
    if (!(await verifyPassword(password, user.passwordHash))) throw AuthErrors.wrongPassword();
    return user;
  }
}
