import { Module } from '@nestjs/common';
import type { Pool } from 'pg';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { OWNER_POOL } from '../database/database.module';
import { DevInboxResolver } from './dev-inbox.resolver';
import { LocalMailbox, SmtpMailer } from './mailer';
import { MailboxResolver } from './mailbox.resolver';
import { MAILER, OutboxRelay } from './outbox-relay';

@Module({
  providers: [
    {
      provide: MAILER,
      inject: [APP_CONFIG, OWNER_POOL],
      useFactory: (config: AppConfig, owner: Pool) =>
        config.MAILER === 'smtp' && config.SMTP_URL
          ? new SmtpMailer(config.SMTP_URL, config.MAIL_FROM)
          : new LocalMailbox(owner),
    },
    OutboxRelay,
    MailboxResolver,
    DevInboxResolver,
  ],
  exports: [OutboxRelay],
})
export class MailModule {}
