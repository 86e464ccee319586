import type { components } from '@fixpoint/openapi';

export type WebhookEventType = components['schemas']['WebhookEventType'];

export const WEBHOOK_EVENT_TYPES = [
  'invitation.created',
  'session.started',
  'assessment.completed',
  'result.decided',
  'invitation.expired',
  'invitation.cancelled',
] as const satisfies readonly WebhookEventType[];

/**
 * Outbox topics → the webhook event they become. Most keep their name; a finished session's
 * `assessment.report_ready` is `assessment.completed` to the ATS.
 */
export const TOPIC_EVENTS: Record<string, WebhookEventType> = {
  'invitation.created': 'invitation.created',
  'invitation.cancelled': 'invitation.cancelled',
  'invitation.expired': 'invitation.expired',
  'session.started': 'session.started',
  'assessment.report_ready': 'assessment.completed',
  'result.decided': 'result.decided',
};
