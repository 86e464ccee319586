import { ApplicationFailure, Context } from '@temporalio/activity';
import { z } from 'zod';
import type {
  DeliveryAttemptInput,
  DeliveryAttemptOutput,
  WebhookActivities,
} from '../contracts/webhook-delivery';

const answer = z.object({
  delivered: z.boolean(),
  statusCode: z.number().int().nullable(),
  gone: z.boolean(),
  refused: z.boolean().default(false),
});

/** Heartbeats while the API works: a dead worker's attempt is retried after the heartbeat timeout. */
const HEARTBEAT_MS = 3_000;

/** The running activity's context; none when called outside an activity (plain unit tests). */
function activityContext(): Context | undefined {
  try {
    return Context.current();
  } catch {
    return undefined;
  }
}

export interface WebhookActivityDeps {
  apiUrl: string;
  internalToken: string;
  fetch?: typeof fetch;
}

/**
 * The delivery attempt is the API's job (it decrypts the endpoint's signing secret, signs and
 * POSTs, and records the attempt), asked over internal REST with the shared token: the secret
 * never enters Temporal's history or the worker. A 5xx, 409 (event not committed yet) or a
 * network failure is thrown and retried by Temporal; another 4xx is final.
 */
export function createWebhookActivities(deps: WebhookActivityDeps): WebhookActivities {
  const send = deps.fetch ?? fetch;
  return {
    async attemptWebhookDelivery(input: DeliveryAttemptInput): Promise<DeliveryAttemptOutput> {
      const url = new URL(
        'internal/v1/webhook-deliveries',
        deps.apiUrl.endsWith('/') ? deps.apiUrl : `${deps.apiUrl}/`,
      );
      const context = activityContext();
      context?.heartbeat();
      const beating = context ? setInterval(() => context.heartbeat(), HEARTBEAT_MS) : undefined;
      let response: Response;
      let body: unknown;
      try {
        response = await send(url, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${deps.internalToken}`,
            'content-type': 'application/json',
          },
          body: JSON.stringify(input),
          signal: AbortSignal.timeout(50_000),
        });
        body = await response.json().catch(() => null);
      } finally {
        clearInterval(beating);
      }
      if (response.ok) {
        const parsed = answer.safeParse(body);
        if (!parsed.success)
          throw new Error(`webhook attempt answered an unexpected body: ${JSON.stringify(body)}`);
        return parsed.data;
      }
      const detail = (body as { detail?: string } | null)?.detail ?? response.statusText;
      if (
        response.status >= 400 &&
        response.status < 500 &&
        ![408, 409, 429].includes(response.status)
      )
        throw ApplicationFailure.nonRetryable(
          `webhook attempt refused (${response.status}): ${detail}`,
          'WebhookAttemptRefused',
        );
      throw new Error(`webhook attempt failed (${response.status}): ${detail}`);
    },
  };
}
