import type { Tx } from '../database/scoped-db.service';
import { enqueueOutbox, type OutboxTopic } from '../outbox/enqueue-outbox';
import type { MailMessage } from './mailer';

export const MAIL_TOPIC = 'mail.send' satisfies OutboxTopic;

/**
 * Queues a message in the same transaction as the change it announces (an invite, a resend):
 * if the transaction rolls back, no mail goes out; once it commits, the relay delivers it.
 * Account mail (sign-up, reset) has no tenant: null.
 */
export async function enqueueMail(tx: Tx, tenantId: string | null, message: MailMessage) {
  await enqueueOutbox(tx, tenantId, MAIL_TOPIC, message);
}

const REMOVED = '[link removed after sending]';

/**
 * The message as kept once sent: its links (which carry live tokens) replaced, so a read of
 * the outbox never yields a working link (see common/opaque-tokens.ts).
 */
export function scrubLinks(message: MailMessage): MailMessage {
  let text = message.text;
  for (const link of message.links) text = text.split(link).join(REMOVED);
  return { ...message, text, links: [] };
}
