import { defineQuery } from '@temporalio/workflow';

/**
 * The webhook-delivery workflow's contract, shared by the worker and the API: one workflow per
 * (event, endpoint) delivers the event at least once, retrying on the schedule it is given.
 */
export const WEBHOOK_DELIVERY_WORKFLOW_TYPE = 'webhookDeliveryWorkflow';

export interface WebhookDeliveryInput {
  tenantId: string;
  endpointId: string;
  eventId: string;
  /** Seconds to wait after each failed attempt (WEBHOOK_RETRY_SCHEDULE); attempts = length + 1. */
  retrySchedule: number[];
  /** 0 for the first delivery, n for the nth "send again" from the portal. */
  resend: number;
}

/** Business key: tenant, endpoint and event (and the resend), so a repeat never starts twice. */
export const webhookDeliveryWorkflowId = (
  input: Pick<WebhookDeliveryInput, 'tenantId' | 'endpointId' | 'eventId' | 'resend'>,
) =>
  `webhook-${input.tenantId}-${input.endpointId}-${input.eventId}` +
  (input.resend ? `-resend-${input.resend}` : '');

export interface DeliveryAttemptInput {
  tenantId: string;
  endpointId: string;
  eventId: string;
  workflowId: string;
  attempt: number;
}

/**
 * What the API's attempt answered: `gone` when the endpoint was removed, `refused` when its URL
 * was refused at delivery (URL_NOT_PUBLIC: the name now resolves to a private address; or
 * URL_INVALID), a permanent failure of this chain: both stop the retries.
 */
export interface DeliveryAttemptOutput {
  delivered: boolean;
  statusCode: number | null;
  gone: boolean;
  /** Absent from answers of an API older than this field: not refused. */
  refused?: boolean;
}

export interface WebhookDeliveryState {
  attempts: number;
  outcome: 'pending' | 'delivered' | 'failed' | 'gone';
}

export interface WebhookActivities {
  attemptWebhookDelivery(input: DeliveryAttemptInput): Promise<DeliveryAttemptOutput>;
}

export const webhookDeliveryState = defineQuery<WebhookDeliveryState>('webhookDeliveryState');
