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

// Under the activity's 5-minute startToClose: the attempt ends with a clear error of its own
// instead of a bare timeout, and the retry starts a fresh request.
const REQUEST_TIMEOUT_MS = 270_000;

// 4xx is the API saying no (bad token, unknown session, bad body): retrying cannot help. Except
// these two, which say "not now".
const RETRY_LATER = new Set([408, 429]);

export interface SessionActivityDeps {
  apiUrl: string;
  internalToken: string;
  fetch?: typeof fetch;
}

/**
 * The session's activities: finalizing is the API's job (it runs the hidden tests and scores),
 * asked over internal REST with the shared token. A 4xx is final (FinalizeRefused, not retried);
 * a 5xx, 408, 429 or a network failure is thrown as is, and Temporal retries it with backoff.
 * Nothing here logs, and no error carries the token.
 */
export function createSessionActivities(deps: SessionActivityDeps): SessionActivities {
  const send = deps.fetch ?? fetch;
  return {
    async finalizeSession(input: FinalizeInput): Promise<FinalizeOutput> {
      // Relative to the API's base, so an API_URL with a path (behind an ingress) keeps it.
      const url = new URL(
        `internal/v1/assessment-sessions/${encodeURIComponent(input.sessionId)}/finalize`,
        deps.apiUrl.endsWith('/') ? deps.apiUrl : `${deps.apiUrl}/`,
      );
      const response = await send(url, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${deps.internalToken}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ tenantId: input.tenantId, reason: input.reason }),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const body: unknown = await response.json().catch(() => null);
      if (response.ok) {
        const parsed = answer.safeParse(body);
        if (!parsed.success)
          throw new Error(`finalize answered an unexpected body: ${JSON.stringify(body)}`);
        return parsed.data;
      }
      const detail = (body as { detail?: string } | null)?.detail ?? response.statusText;
      if (response.status >= 400 && response.status < 500 && !RETRY_LATER.has(response.status)) {
        throw ApplicationFailure.nonRetryable(
          `finalize refused (${response.status}): ${detail}`,
          'FinalizeRefused',
        );
      }
      throw new Error(`finalize failed (${response.status}): ${detail}`);
    },
  };
}
