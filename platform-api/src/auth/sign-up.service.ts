import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { PrismaService } from '../database/prisma.service';
import type { Tx } from '../database/scoped-db.service';
import { Prisma } from '../generated/prisma/client';
import { enqueueMail } from '../mail/outbox-mail';
import { accountLink } from './account-links';
import { AccountMail } from './account-mail';
import { AccountTokens } from './account-tokens';
import { accountIdByEmail } from './acting-user';
import { AuthErrors } from './auth.errors';
import { AuthService, type NewAccount } from './auth.service';
import { AccountApp, type AccountMailSent } from './dto/account.types';
import type { AuthPayload, SignUpInput } from './dto/auth.types';

export const checkYourEmail = (email: string): AccountMailSent => ({
  email,
  message: `Check your e-mail: we sent a message to ${email}. Open its link to continue.`,
});

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

/**
 * Sign-up that reveals nothing: a new address gets an unverified account and a link that
 * verifies it and signs in; a taken address gets a mail to its owner instead. The caller sees
 * the same answer either way, after the same work (the password is hashed on both paths).
 */
@Injectable()
export class SignUpService {
  private readonly tokens = new AccountTokens();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly prisma: PrismaService,
    private readonly auth: AuthService,
  ) {}

  async signUp(input: SignUpInput, ip: string): Promise<AccountMailSent> {
    const account = await this.auth.checkNewAccount(input, ip);
    await this.start(account, AccountApp.LEARNER);
    return checkYourEmail(account.email);
  }

  /**
   * Creates the unverified account (and, through `setUp`, what comes with it, such as a
   * company) and mails its link; or mails the address's owner when it has an account.
   */
  async start(
    account: NewAccount,
    app: AccountApp,
    setUp?: (tx: Tx, userId: string) => Promise<void>,
  ): Promise<void> {
    try {
      await this.prisma.$transaction(async (tx) => {
        if (await accountIdByEmail(tx, account.email)) return this.mailOwner(tx, account, app);
        const user = await this.auth.insertAccount(tx, account, null);
        await setUp?.(tx, user.id);
        const token = await this.tokens.issue(tx, user.id, 'verify_email');
        const link = accountLink(this.config, app, 'verify-email', token);
        await enqueueMail(tx, null, AccountMail.verify(account.email, link));
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Two sign-ups of one new address at once: the other created it, so this one is "taken".
      await this.prisma.$transaction((tx) => this.mailOwner(tx, account, app));
    }
  }

  private mailOwner(tx: Tx, account: NewAccount, app: AccountApp) {
    // No live token here: the owner resets through the ordinary "forgot password" page.
    const mail = AccountMail.signUpAttempt(
      account.email,
      accountLink(this.config, app, 'forgot-password'),
      accountLink(this.config, app, 'login'),
    );
    return enqueueMail(tx, null, mail);
  }

  /**
   * Opens a verification link (sign-up, or a new address after an e-mail change): the address
   * is proven, and the link signs its account in. Single use.
   */
  async verifyEmail(token: string): Promise<AuthPayload> {
    try {
      return await this.prisma.$transaction(async (tx) => {
        const used = await this.tokens.use(tx, token, ['verify_email', 'change_email']);
        const data =
          used.purpose === 'change_email' && used.newEmail
            ? { email: used.newEmail, emailVerifiedAt: new Date() }
            : { emailVerifiedAt: new Date() };
        if (data.email) {
          const holder = await accountIdByEmail(tx, data.email);
          if (holder && holder !== used.userId) throw AuthErrors.emailTaken();
        }
        const user = await tx.user.update({ where: { id: used.userId }, data });
        return this.auth.signIn(tx, user);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw AuthErrors.emailTaken();
      throw error;
    }
  }
}
