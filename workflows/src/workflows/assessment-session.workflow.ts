import { ApplicationFailure, condition, proxyActivities, setHandler } from '@temporalio/workflow';
import {
  type AssessmentSessionInput,
  beginSession,
  recordRun,
  type SessionActivities,
  type SessionEnd,
  type SessionResult,
  type SessionState,
  sessionState,
  submitSession,
} from '../contracts/assessment-session';

// Finalizing runs the hidden tests of every challenge, one after another: minutes at worst.
// A call that runs out of time is retried, and the retry carries on where the last one stopped
// (the API submits only attempts still open, and returns the stored result once done). Retried
// with backoff (the API or sandbox may be restarting), a bounded number of times; the API
// answers 4xx for what retrying cannot fix.
const { finalizeSession } = proxyActivities<SessionActivities>({
  startToCloseTimeout: '5 minutes',
  retry: {
    initialInterval: '2 seconds',
    backoffCoefficient: 2,
    maximumInterval: '1 minute',
    maximumAttempts: 20,
    nonRetryableErrorTypes: ['FinalizeRefused'],
  },
});

/**
 * One candidate's timed session. Started when the candidate first opens the invite link; waits
 * for them to begin (or for the invite to lapse), then for submit or the deadline, whichever
 * comes first, and has the API submit and score the last saved work. Durable: a worker restart
 * replays it and the timer keeps its deadline.
 */
export async function assessmentSessionWorkflow(
  input: AssessmentSessionInput,
): Promise<SessionResult> {
  if (!Number.isInteger(input.limitMs) || input.limitMs <= 0) {
    throw ApplicationFailure.nonRetryable(
      `limitMs must be a positive integer, got ${input.limitMs}`,
      'InvalidSession',
    );
  }
  if (!Number.isFinite(input.beginByMs)) {
    // NaN would compare as "already past" and end the session as not_started at once.
    throw ApplicationFailure.nonRetryable(
      `beginByMs must be an epoch ms, got ${input.beginByMs}`,
      'InvalidSession',
    );
  }
  const state: SessionState = { phase: 'waiting', runs: 0 };
  let begun = false;
  let submitted = false;

  setHandler(beginSession, () => {
    if (begun || state.phase === 'finalizing' || state.phase === 'done') return;
    begun = true;
    // Workflow time: deterministic, and skipped by the test server's time skipping.
    state.deadline = Date.now() + input.limitMs;
    state.phase = 'running';
  });
  setHandler(submitSession, () => {
    submitted = true;
  });
  setHandler(recordRun, () => {
    state.runs += 1;
  });
  setHandler(sessionState, () => state);

  let endedBy: SessionEnd;
  const untilBeginBy = input.beginByMs - Date.now();
  if (untilBeginBy > 0) await condition(() => begun || submitted, untilBeginBy);
  if (!begun && !submitted) {
    endedBy = 'not_started';
  } else if (submitted) {
    endedBy = 'submitted';
  } else {
    const inTime = await condition(() => submitted, state.deadline! - Date.now());
    endedBy = inTime ? 'submitted' : 'expired';
  }

  state.phase = 'finalizing';
  state.endedBy = endedBy;
  const result = await finalizeSession({
    tenantId: input.tenantId,
    sessionId: input.sessionId,
    reason: endedBy,
  });
  state.phase = 'done';
  state.score = result.score;
  return { endedBy, score: result.score };
}
