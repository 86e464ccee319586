import { ApplicationFailure, condition, setHandler } from '@temporalio/workflow';
import {
  cancelCountdown,
  type CountdownInput,
  type CountdownOutcome,
  countdownState,
  extendCountdown,
} from '../contracts/countdown';

/** Waits `durationMs` (plus any extensions) unless cancelled first; durable across restarts. */
export async function countdownWorkflow(input: CountdownInput): Promise<CountdownOutcome> {
  if (!Number.isInteger(input.durationMs) || input.durationMs <= 0) {
    // Non-retryable: a bad input fails the workflow instead of retrying its task forever.
    throw ApplicationFailure.nonRetryable(
      `durationMs must be a positive integer, got ${input.durationMs}`,
      'InvalidCountdown',
    );
  }
  // Workflow time (Date.now) is deterministic and skips with the test server's time skipping.
  let deadline = Date.now() + input.durationMs;
  let extendedByMs = 0;
  let outcome: CountdownOutcome | undefined;

  setHandler(extendCountdown, (ms) => {
    if (outcome || !Number.isInteger(ms) || ms <= 0) return;
    deadline += ms;
    extendedByMs += ms;
  });
  setHandler(cancelCountdown, () => {
    outcome ??= 'cancelled';
  });
  setHandler(countdownState, () => ({ deadline, extendedByMs, outcome }));

  // Sleep until the deadline; an extension wakes the loop to sleep again for the rest.
  while (!outcome) {
    const seenDeadline = deadline;
    const remaining = deadline - Date.now();
    if (remaining <= 0) {
      outcome = 'expired';
      break;
    }
    await condition(() => outcome !== undefined || deadline !== seenDeadline, remaining);
  }
  return outcome;
}
