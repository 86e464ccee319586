import { ApplicationFailure, condition, proxyActivities, setHandler } from '@temporalio/workflow';
import {
  cancelCompetition,
  type CompetitionActivities,
  type CompetitionInput,
  type CompetitionPhase,
  type CompetitionState,
  competitionState,
  extendCompetition,
  pauseCompetition,
  resumeCompetition,
} from '../contracts/competition';

// Storing a phase is one small transaction in the API; entering `final` computes the standings
// and ratings of up to a few thousand competitors: seconds. Retried with backoff while the API
// restarts; a 4xx (unknown competition) is final.
const { setCompetitionPhase } = proxyActivities<CompetitionActivities>({
  startToCloseTimeout: '2 minutes',
  retry: {
    initialInterval: '1 second',
    backoffCoefficient: 2,
    maximumInterval: '30 seconds',
    maximumAttempts: 50,
    nonRetryableErrorTypes: ['CompetitionRefused'],
  },
});

/** The timed phases in order, each with the deadline that ends the one before it. */
const TIMED: { phase: CompetitionPhase; at: (s: CompetitionState['schedule']) => number }[] = [
  { phase: 'registration', at: (s) => s.registrationOpensAt },
  { phase: 'live', at: (s) => s.startsAt },
  { phase: 'frozen', at: (s) => s.endsAt - s.freezeMs },
  { phase: 'ended', at: (s) => s.endsAt },
];

function validate(input: CompetitionInput): void {
  const { registrationOpensAt: r, startsAt: s, endsAt: e, freezeMs: f } = input;
  const ok = [r, s, e, f].every(Number.isInteger) && r <= s && s < e && f >= 0 && f <= e - s;
  if (!ok) {
    throw ApplicationFailure.nonRetryable(
      `schedule must satisfy registrationOpensAt <= startsAt < endsAt and 0 <= freezeMs <= endsAt - startsAt, got ${JSON.stringify({ r, s, e, f })}`,
      'InvalidCompetition',
    );
  }
}

/**
 * One competition from schedule to final standings: scheduled → registration → live → frozen →
 * ended → final (or cancelled at any point). Every deadline is a durable timer; a worker or
 * server restart replays the history and changes nothing. Each phase is stored by an idempotent
 * activity, so a replayed or retried step stores nothing twice.
 */
export async function competitionWorkflow(input: CompetitionInput): Promise<CompetitionPhase> {
  validate(input);
  const state: CompetitionState = {
    phase: 'scheduled',
    schedule: {
      registrationOpensAt: input.registrationOpensAt,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      freezeMs: input.freezeMs,
    },
    extendedByMs: 0,
  };
  let cancelled = false;
  // Bumped by every signal that moves a deadline, so a wait in progress re-reads the schedule.
  let changes = 0;

  const moveEnd = (ms: number) => {
    state.schedule.endsAt += ms;
    state.extendedByMs += ms;
    changes += 1;
  };
  setHandler(extendCompetition, (ms) => {
    if (cancelled || !Number.isInteger(ms) || ms <= 0) return;
    if (state.phase === 'ended' || state.phase === 'final') return;
    moveEnd(ms);
  });
  setHandler(pauseCompetition, () => {
    if (cancelled || state.pausedAt !== undefined) return;
    state.pausedAt = Date.now();
    changes += 1;
  });
  setHandler(resumeCompetition, () => {
    if (state.pausedAt === undefined) return;
    const pausedFor = Date.now() - state.pausedAt;
    state.pausedAt = undefined;
    // Deadlines not yet reached move by the pause: the competitors get their time back.
    const s = state.schedule;
    if (state.phase === 'scheduled') s.registrationOpensAt += pausedFor;
    if (state.phase === 'scheduled' || state.phase === 'registration') s.startsAt += pausedFor;
    moveEnd(pausedFor);
  });
  setHandler(cancelCompetition, () => {
    cancelled = true;
  });
  setHandler(competitionState, () => state);

  const enter = async (phase: CompetitionPhase) => {
    await setCompetitionPhase({
      tenantId: input.tenantId,
      competitionId: input.competitionId,
      phase,
      endsAt: state.schedule.endsAt,
    });
    state.phase = phase;
  };

  for (const step of TIMED) {
    // No freeze: the board stays live to the end.
    if (step.phase === 'frozen' && state.schedule.freezeMs === 0) continue;
    for (;;) {
      if (cancelled) break;
      if (state.pausedAt !== undefined) {
        await condition(() => cancelled || state.pausedAt === undefined);
        continue;
      }
      const seen = changes;
      const wait = step.at(state.schedule) - Date.now();
      if (wait <= 0) break;
      // Workflow time: deterministic, and skipped by the test server's time skipping.
      const interrupted = await condition(() => cancelled || changes !== seen, wait);
      if (!interrupted) break;
    }
    if (cancelled) break;
    await enter(step.phase);
  }
  if (cancelled) {
    await enter('cancelled');
    return 'cancelled';
  }
  await enter('final');
  return 'final';
}
