import type { Tx } from '../database/scoped-db.service';
import type { MailMessage } from '../mail/mailer';

/**
 * Every outbox topic and the payload it carries: the relay's consumers (mail delivery, ATS
 * webhooks) read these, so a topic or a payload field cannot be misspelt at one end only.
 */
export interface OutboxTopics {
  'mail.send': MailMessage;
  'attempt.submitted': {
    attemptId: string;
    userId: string;
    challenge: string;
  } & ({ score: number } | { reviewRequired: boolean });
  'session.started': { inviteId: string; sessionId: string };
  'assessment.report_ready': {
    sessionId: string;
    inviteId: string;
    assessmentId: string;
  } & ({ score: number } | { reviewRequired: boolean });
  'result.decided': {
    submissionId: string;
    attemptId: string;
    sessionId: string | null;
    inviteId: string | null;
    decision: string;
    score: number | null;
    totalScore?: number | null;
    reviewRequired?: boolean;
  };
  'invitation.created': { invitationId: string; assessmentId: string };
  'invitation.cancelled': { invitationId: string; assessmentId: string };
  'invitation.expired': { invitationId: string; assessmentId: string };
}
export type OutboxTopic = keyof OutboxTopics;

/**
 * Writes an outbox row in the transaction of the change it announces: if the transaction rolls
 * back nothing is announced; once it commits, the relay delivers it (at least once). Account
 * mail has no tenant (null).
 */
export async function enqueueOutbox<T extends OutboxTopic>(
  tx: Tx,
  tenantId: string | null,
  topic: T,
  payload: OutboxTopics[T],
): Promise<void> {
  // Raw insert: the API's role may add outbox rows but not read them back (RETURNING).
  await tx.$executeRaw`insert into outbox (tenant_id, topic, payload)
    values (${tenantId}::uuid, ${topic}, ${JSON.stringify(payload)}::jsonb)`;
}
