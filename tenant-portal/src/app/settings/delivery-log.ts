import type { WebhookDeliveriesQuery } from '../core/generated/graphql';

/** One delivery attempt of an event to an endpoint, as the API lists them (newest first). */
export type DeliveryAttempt = WebhookDeliveriesQuery['webhookDeliveries'][number];

export interface EventDeliveries {
  eventId: string;
  eventType: string;
  /** delivered once any attempt succeeded; failing while the last attempts failed. */
  state: 'delivered' | 'failing';
  attempts: DeliveryAttempt[];
  lastAt: string;
}

/**
 * The delivery log grouped by event, most recent event first: each event's attempts (newest
 * first) and whether it got through. "Send again" acts on an event, not an attempt.
 */
export function groupByEvent(attempts: readonly DeliveryAttempt[]): EventDeliveries[] {
  const groups = new Map<string, EventDeliveries>();
  for (const attempt of attempts) {
    let group = groups.get(attempt.eventId);
    if (!group) {
      group = {
        eventId: attempt.eventId,
        eventType: attempt.eventType,
        state: 'failing',
        attempts: [],
        lastAt: attempt.createdAt,
      };
      groups.set(attempt.eventId, group);
    }
    group.attempts.push(attempt);
    if (attempt.succeeded) group.state = 'delivered';
    if (attempt.createdAt > group.lastAt) group.lastAt = attempt.createdAt;
  }
  for (const group of groups.values())
    group.attempts.sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  return [...groups.values()].sort((a, b) => (a.lastAt < b.lastAt ? 1 : -1));
}

/** What an attempt's answer was, in words. */
export function outcome(attempt: DeliveryAttempt): string {
  if (attempt.succeeded) return `${attempt.statusCode} OK`;
  if (attempt.statusCode !== null) return `${attempt.statusCode}`;
  return attempt.error ?? 'failed';
}

export const API_KEY_SCOPES = [
  { scope: 'assessments:read', label: 'Read assessments' },
  { scope: 'candidates:write', label: 'Invite and cancel candidates' },
  { scope: 'results:read', label: 'Read results' },
  { scope: 'webhooks:manage', label: 'Manage webhook endpoints' },
  { scope: 'ats:greenhouse', label: 'Greenhouse connector' },
  { scope: 'ats:lever', label: 'Lever connector' },
  { scope: 'ats:workday', label: 'Workday connector' },
] as const;

export const WEBHOOK_EVENTS = [
  'invitation.created',
  'session.started',
  'assessment.completed',
  'result.decided',
  'invitation.expired',
  'invitation.cancelled',
] as const;
