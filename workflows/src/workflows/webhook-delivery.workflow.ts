import { proxyActivities, setHandler, sleep, workflowInfo } from '@temporalio/workflow';
import {
  type WebhookActivities,
  type WebhookDeliveryInput,
  type WebhookDeliveryState,
  webhookDeliveryState,
} from '../contracts/webhook-delivery';

// One attempt is one HTTP POST made by the API (it holds the signing secret); the activity's
// own retries only cover the API being unreachable or a worker lost mid-attempt (noticed by
// the missing heartbeats), not the receiver saying no. A retried attempt whose POST went
// through is answered `delivered` by the API without POSTing again.
const { attemptWebhookDelivery } = proxyActivities<WebhookActivities>({
  startToCloseTimeout: '1 minute',
  heartbeatTimeout: '15 seconds',
  retry: { initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/**
 * Delivers one event to one endpoint at least once: an attempt, then on failure a durable
 * timer per entry of the retry schedule (by default about three days in all). A worker or
 * Temporal restart resumes where it was; receivers deduplicate by the event id.
 */
export async function webhookDeliveryWorkflow(
  input: WebhookDeliveryInput,
): Promise<WebhookDeliveryState> {
  const state: WebhookDeliveryState = { attempts: 0, outcome: 'pending' };
  setHandler(webhookDeliveryState, () => state);
  const { workflowId } = workflowInfo();
  for (let attempt = 1; attempt <= input.retrySchedule.length + 1; attempt++) {
    state.attempts = attempt;
    const answer = await attemptWebhookDelivery({
      tenantId: input.tenantId,
      endpointId: input.endpointId,
      eventId: input.eventId,
      workflowId,
      attempt,
    });
    if (answer.delivered || answer.gone) {
      state.outcome = answer.delivered ? 'delivered' : 'gone';
      return state;
    }
    // The endpoint's URL was refused (not public): the same URL would be refused again.
    if (answer.refused) {
      state.outcome = 'failed';
      return state;
    }
    if (attempt <= input.retrySchedule.length) await sleep(input.retrySchedule[attempt - 1] * 1000);
  }
  state.outcome = 'failed';
  return state;
}
