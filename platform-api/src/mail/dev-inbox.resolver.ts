import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Pool } from 'pg';
import { DevMailMessage } from '../auth/dto/account.types';
import { AppError } from '../common/app-error';
import { emailField } from '../common/email';
import { Public } from '../common/access.decorators';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { OWNER_POOL } from '../database/database.module';

/** Why the development inbox answers nothing outside development. */
export const devInboxRefused = () =>
  new AppError(
    'FORBIDDEN',
    'The development inbox exists only when the API runs with NODE_ENV=development and the local mailer.',
    { reason: 'DEV_ONLY' },
  );

/**
 * Mail with no tenant (sign-up, reset, e-mail change) that the local mailer kept, for one
 * address: how a newcomer on `npm start` and the browser tests finish sign-up. Anyone could
 * read anyone's links here, so it exists in development only: with any other NODE_ENV (or a
 * real mailer) every call is refused, before any row is read.
 */
@Resolver()
export class DevInboxResolver {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(OWNER_POOL) private readonly owner: Pool,
  ) {}

  @Public()
  @Query(() => [DevMailMessage], {
    description:
      'Development only (NODE_ENV=development, local mailer): account mail sent to this address, newest first. FORBIDDEN (DEV_ONLY) anywhere else.',
  })
  async devInbox(@Args('email') email: string): Promise<DevMailMessage[]> {
    if (this.config.NODE_ENV !== 'development' || this.config.MAILER !== 'local') {
      throw devInboxRefused();
    }
    const address = emailField.safeParse(email);
    if (!address.success) {
      throw new AppError('BAD_USER_INPUT', `email: ${address.error.issues[0].message}`, {
        field: 'email',
      });
    }
    const { rows } = await this.owner.query<{
      to_address: string;
      subject: string;
      text_body: string;
      links: string[];
      created_at: Date;
    }>(
      `select to_address, subject, text_body, links, created_at from mail_messages
        where tenant_id is null and to_address = $1 order by created_at desc limit 20`,
      [address.data],
    );
    return rows.map((r) => ({
      to: r.to_address,
      subject: r.subject,
      text: r.text_body,
      links: r.links,
      createdAt: r.created_at,
    }));
  }
}
