import type { Pool } from 'pg';
import { createTransport } from 'nodemailer';
import type { TenantRole } from '../generated/prisma/enums';
import type { Capability } from '../permissions/role-table';

/**
 * Who in the tenant may see a message's links in the local mailbox: the roles that could grant
 * the role a join link gives, or the roles with a capability (candidate links: inviteCandidates).
 */
export type LinkAudience = { grantsRole: TenantRole } | { capability: Capability };

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** The URLs in the message, so the local mailbox can show them as links. */
  links: string[];
  /** Who may see the links in the local mailbox; without one, nobody does. */
  linkAudience?: LinkAudience;
}

/** Sends one message. Delivery is retried by the outbox relay, so send must be idempotent by key. */
export interface Mailer {
  send(message: MailMessage, key: { tenantId: string | null; outboxId: string }): Promise<void>;
}

/**
 * The local mailer: nothing leaves the machine. Each message is kept in mail_messages, which
 * the tenant portal shows as the tenant's mailbox. Keyed by outbox id, so a retry stores once.
 */
export class LocalMailbox implements Mailer {
  constructor(private readonly owner: Pool) {}

  async send(message: MailMessage, key: { tenantId: string | null; outboxId: string }) {
    await this.owner.query(
      `insert into mail_messages (tenant_id, to_address, subject, text_body, links, link_audience, outbox_id)
       values ($1, $2, $3, $4, $5, $6, $7) on conflict (outbox_id) do nothing`,
      [
        key.tenantId,
        message.to,
        message.subject,
        message.text,
        message.links,
        message.linkAudience ?? null,
        key.outboxId,
      ],
    );
  }
}

/** SMTP (production): the outbox id is the Message-ID, so a retried send is recognisable. */
export class SmtpMailer implements Mailer {
  private readonly transport;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    this.transport = createTransport(smtpUrl);
  }

  async send(message: MailMessage, key: { outboxId: string }) {
    await this.transport.sendMail({
      from: this.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      messageId: `<outbox-${key.outboxId}@fixpoint>`,
    });
  }
}
