import { createHash } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import type { MailMessage } from '../mail/mailer';
import { MAIL_TOPIC } from '../mail/outbox-mail';
import type { OutboxHandler } from '../mail/outbox-relay';
import { OutboxRelay } from '../mail/outbox-relay';
import { TOPIC_EVENTS, type WebhookEventType } from './event-types';
import { WebhookDispatcher } from './webhook-dispatcher';

/** The event id of an outbox row: stable, so consuming a row twice makes one event. */
export function eventIdOf(outboxId: string): string {
  const hex = createHash('sha256').update(`outbox:${outboxId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

interface EventPayload {
  inviteId?: string | null;
  invitationId?: string;
  assessmentId?: string;
  score?: number | null;
  totalScore?: number | null;
  reviewRequired?: boolean;
  decision?: 'accepted' | 'rejected';
}

/**
 * The consumers of the ATS outbox topics (registered with the outbox relay, run in its
 * transaction as the schema owner): each row becomes a webhook event and one delivery workflow
 * per endpoint that wants it; a finished session also mails the recruiter who invited the
 * candidate that the report is ready.
 */
@Injectable()
export class AtsEventConsumers implements OnModuleInit {
  constructor(
    private readonly relay: OutboxRelay,
    private readonly dispatcher: WebhookDispatcher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit() {
    for (const [topic, type] of Object.entries(TOPIC_EVENTS)) {
      this.relay.register(topic, this.consumer(type));
    }
  }

  private consumer(type: WebhookEventType): OutboxHandler {
    return async (row, client) => {
      if (!row.tenantId) return;
      const payload = row.payload as EventPayload;
      const invitationId = payload.invitationId ?? payload.inviteId;
      if (!invitationId) return; // a learner's submission: no invitation, nothing to tell an ATS
      const invite = await this.invite(client, invitationId);
      if (!invite) return;
      if (type === 'assessment.completed')
        await this.mailRecruiter(client, row.tenantId, invite, payload);
      const data = {
        invitationId,
        assessmentId: invite.assessment_id,
        externalReference: invite.external_ats
          ? {
              ats: invite.external_ats,
              applicationId: invite.external_application_id,
              profileUrl: invite.external_profile_url,
            }
          : null,
        ...(type === 'assessment.completed' || type === 'result.decided'
          ? {
              score: payload.reviewRequired ? null : (payload.totalScore ?? payload.score ?? null),
              reviewRequired: payload.reviewRequired === true,
            }
          : {}),
        ...(payload.decision ? { decision: payload.decision } : {}),
      };
      const eventId = eventIdOf(row.id);
      await client.query(
        `insert into webhook_events (id, tenant_id, type, payload, outbox_id)
         values ($1, $2, $3, $4, $5) on conflict (id) do nothing`,
        [eventId, row.tenantId, type, JSON.stringify(data), row.id],
      );
      const endpoints = await client.query<{ id: string }>(
        `select id from webhook_endpoints
          where tenant_id = $1 and disabled_at is null and $2 = any(events)`,
        [row.tenantId, type],
      );
      for (const endpoint of endpoints.rows) {
        await this.dispatcher.start({
          tenantId: row.tenantId,
          endpointId: endpoint.id,
          eventId,
          resend: 0,
        });
      }
    };
  }

  private async invite(client: PoolClient, id: string) {
    const { rows } = await client.query<{
      assessment_id: string;
      email: string;
      name: string | null;
      created_by: string | null;
      external_ats: string | null;
      external_application_id: string | null;
      external_profile_url: string | null;
    }>(
      // Only the company's own assessments: career-page applicants are not an ATS's business.
      `select i.assessment_id, i.email, i.name, i.created_by, i.external_ats,
              i.external_application_id, i.external_profile_url
         from candidate_invites i join assessments a on a.id = i.assessment_id
        where i.id = $1 and a.kind = 'assessment'`,
      [id],
    );
    return rows[0];
  }

  /** "The report is ready" to the member who invited the candidate (queued as mail). */
  private async mailRecruiter(
    client: PoolClient,
    tenantId: string,
    invite: {
      assessment_id: string;
      email: string;
      name: string | null;
      created_by: string | null;
    },
    payload: EventPayload,
  ) {
    if (!invite.created_by || !payload.inviteId) return;
    const { rows } = await client.query<{ email: string; display_name: string; title: string }>(
      `select u.email, u.display_name, a.title from users u, assessments a
        where u.id = $1 and a.id = $2 and u.kind = 'account'`,
      [invite.created_by, invite.assessment_id],
    );
    const recruiter = rows[0];
    if (!recruiter) return;
    const link = new URL(`/reports/${payload.inviteId}`, this.config.PORTAL_URL).toString();
    const candidate = invite.name ? `${invite.name} <${invite.email}>` : invite.email;
    const message: MailMessage = {
      to: recruiter.email,
      subject: `Report ready: ${invite.name ?? invite.email} — ${recruiter.title}`,
      text: [
        `Hello ${recruiter.display_name},`,
        '',
        `${candidate} finished "${recruiter.title}". Their report is ready:`,
        link,
        '',
        payload.reviewRequired
          ? 'A submission was flagged by the integrity checks: its score is withheld until someone decides.'
          : `Total score: ${payload.score ?? 0}/100.`,
      ].join('\n'),
      links: [link],
      linkAudience: { capability: 'readReports' },
    };
    await client.query(`insert into outbox (tenant_id, topic, payload) values ($1, $2, $3)`, [
      tenantId,
      MAIL_TOPIC,
      JSON.stringify(message),
    ]);
  }
}
