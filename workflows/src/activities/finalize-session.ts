import { ApplicationFailure } from '@temporalio/activity';
import { z } from 'zod';
import type {
  FinalizeInput,
  FinalizeOutput,
  SessionActivities,
} from '../contracts/assessment-session';

const answer = z.object({
  sessionId: z.string(),
  phase: z.enum(['submitted', 'expired']),
  score: z.number().int().min(0).max(100),
});

export interface SessionActivityDeps {
  apiUrl: string;
  internalToken: string;
  fetch?: typeof fetch;
}

/**
 * The session's activities: finalizing is the API's job (it runs the hidden tests and scores),
 * asked over internal REST with the shared token. A 4xx is final (FinalizeRefused, not retried);
 * a 5xx or a network failure is thrown as is, and Temporal retries it with backoff.
 */
export function createSessionActivities(deps: SessionActivityDeps): SessionActivities {
  const send = deps.fetch ?? fetch;
  return {
    async finalizeSession(input: FinalizeInput): Promise<FinalizeOutput> {
      const url = new URL(
        `/internal/v1/assessment-sessions/${encodeURIComponent(input.sessionId)}/finalize`,
        deps.apiUrl,
      );
      const response = await send(url, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${deps.internalToken}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ tenantId: input.tenantId, reason: input.reason }),
        signal: AbortSignal.timeout(9 * 60_000),
      });
      const body: unknown = await response.json().catch(() => null);
      if (response.ok) {
        const parsed = answer.safeParse(body);
        if (!parsed.success)
          throw new Error(`finalize answered an unexpected body: ${JSON.stringify(body)}`);
        return parsed.data;
      }
      const detail = (body as { detail?: string } | null)?.detail ?? response.statusText;
      if (response.status >= 400 && response.status < 500) {
        throw ApplicationFailure.nonRetryable(
          `finalize refused (${response.status}): ${detail}`,
          'FinalizeRefused',
        );
      }
      throw new Error(`finalize failed (${response.status}): ${detail}`);
    },
  };
}
