import { ApplicationFailure } from '@temporalio/activity';
import type { CompetitionActivities, CompetitionPhaseInput } from '../contracts/competition';

export interface CompetitionActivityDeps {
  apiUrl: string;
  internalToken: string;
  fetch?: typeof fetch;
}

/**
 * The competition's activities: what a phase means (snapshotting the frozen board, the final
 * standings and ratings) is the API's job, asked over internal REST with the shared token. The
 * API answers a phase already reached with 200, so a retry or a replay stores nothing twice.
 * A 4xx other than 408/429 is final (CompetitionRefused); anything else is retried by Temporal.
 */
export function createCompetitionActivities(deps: CompetitionActivityDeps): CompetitionActivities {
  const send = deps.fetch ?? fetch;
  return {
    async setCompetitionPhase(input: CompetitionPhaseInput): Promise<void> {
      const url = new URL(
        `internal/v1/competitions/${encodeURIComponent(input.competitionId)}/phase`,
        deps.apiUrl.endsWith('/') ? deps.apiUrl : `${deps.apiUrl}/`,
      );
      const response = await send(url, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${deps.internalToken}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ phase: input.phase, endsAt: input.endsAt }),
        signal: AbortSignal.timeout(100_000),
      });
      if (response.ok) return;
      const body = (await response.json().catch(() => null)) as { detail?: string } | null;
      const detail = body?.detail ?? response.statusText;
      if (response.status >= 400 && response.status < 500 && ![408, 429].includes(response.status))
        throw ApplicationFailure.nonRetryable(
          `competition phase refused (${response.status}): ${detail}`,
          'CompetitionRefused',
        );
      throw new Error(`competition phase failed (${response.status}): ${detail}`);
    },
  };
}
