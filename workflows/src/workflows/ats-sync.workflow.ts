import {
  condition,
  continueAsNew,
  proxyActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import {
  type AtsSyncActivities,
  atsResultChanged,
  atsSyncBackoffSeconds,
  type AtsSyncInput,
  atsSyncRetry,
  type AtsSyncState,
  atsSyncState,
} from '../contracts/ats-sync';

// One step is one call to the API (it holds the ATS credentials and the connector); the
// activity's own retries cover only the API being unreachable, not the ATS saying no.
const { atsSyncStep } = proxyActivities<AtsSyncActivities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/**
 * Waits for a candidate's final result, then has it written back to the ATS, retrying with
 * backoff until the ATS accepts it. Durable: a worker (or Temporal) restart resumes at the
 * same timer. Signals wake it early (the result changed; a person pressed Retry); a failure
 * that retrying cannot fix waits for a person. Long waits continue as new to keep history short.
 */
export async function atsSyncWorkflow(
  input: AtsSyncInput,
  carried?: AtsSyncState,
): Promise<AtsSyncState> {
  const state: AtsSyncState = carried ?? { phase: 'waiting', attempts: 0, lastError: null };
  let nudged = false;
  setHandler(atsSyncState, () => state);
  setHandler(atsResultChanged, () => void (nudged = true));
  setHandler(atsSyncRetry, () => void (nudged = true));
  const { workflowId } = workflowInfo();
  for (;;) {
    nudged = false;
    const step = await atsSyncStep({ tenantId: input.tenantId, syncId: input.syncId, workflowId });
    if (step.outcome === 'delivered' || step.outcome === 'closed') {
      if (step.outcome === 'delivered') state.attempts += 1;
      state.phase = step.outcome;
      state.lastError = null;
      return state;
    }
    if (step.outcome === 'not_final') {
      state.phase = 'waiting';
      await condition(() => nudged, input.pollSeconds * 1000);
    } else {
      state.attempts += 1;
      state.lastError = step.detail;
      state.phase = step.retryable ? 'retrying' : 'failed';
      if (step.retryable)
        await condition(() => nudged, atsSyncBackoffSeconds(input.backoff, state.attempts) * 1000);
      else await condition(() => nudged);
    }
    if (workflowInfo().continueAsNewSuggested)
      await continueAsNew<typeof atsSyncWorkflow>(input, state);
  }
}
