import { ApplicationFailure } from '@temporalio/activity';
import { z } from 'zod';
import type { AtsSyncActivities, AtsSyncStepInput, AtsSyncStepOutput } from '../contracts/ats-sync';

const answer = z.object({
  outcome: z.enum(['not_final', 'delivered', 'failed', 'closed']),
  retryable: z.boolean(),
  detail: z.string(),
});

export interface AtsSyncActivityDeps {
  apiUrl: string;
  internalToken: string;
  fetch?: typeof fetch;
}

/**
 * A sync step is the API's job (it reads the result, opens the sealed ATS credentials and
 * calls the ATS through the connector, then records the attempt), asked over internal REST
 * with the shared token: no ATS credential enters Temporal's history or the worker. A 5xx, 409
 * or a network failure is thrown and retried by Temporal; another 4xx is final.
 */
export function createAtsSyncActivities(deps: AtsSyncActivityDeps): AtsSyncActivities {
  const send = deps.fetch ?? fetch;
  return {
    async atsSyncStep(input: AtsSyncStepInput): Promise<AtsSyncStepOutput> {
      const url = new URL(
        'internal/v1/ats-sync-steps',
        deps.apiUrl.endsWith('/') ? deps.apiUrl : `${deps.apiUrl}/`,
      );
      const response = await send(url, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${deps.internalToken}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify(input),
        signal: AbortSignal.timeout(90_000),
      });
      const body: unknown = await response.json().catch(() => null);
      if (response.ok) {
        const parsed = answer.safeParse(body);
        if (!parsed.success)
          throw new Error(`ats sync step answered an unexpected body: ${JSON.stringify(body)}`);
        return parsed.data;
      }
      const detail = (body as { detail?: string } | null)?.detail ?? response.statusText;
      if (
        response.status >= 400 &&
        response.status < 500 &&
        ![408, 409, 429].includes(response.status)
      )
        throw ApplicationFailure.nonRetryable(
          `ats sync step refused (${response.status}): ${detail}`,
          'AtsSyncStepRefused',
        );
      throw new Error(`ats sync step failed (${response.status}): ${detail}`);
    },
  };
}
