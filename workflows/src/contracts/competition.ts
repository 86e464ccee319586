import { defineQuery, defineSignal } from '@temporalio/workflow';

/**
 * The competition workflow's contract, shared by the worker and the API: one workflow per
 * competition owns its schedule (registration, start, freeze, end) and its end (final standings
 * and ratings). The API stores what each phase means; the workflow only says when.
 */
export type CompetitionPhase =
  'scheduled' | 'registration' | 'live' | 'frozen' | 'ended' | 'final' | 'cancelled';

export interface CompetitionSchedule {
  /** Epoch ms. */
  registrationOpensAt: number;
  startsAt: number;
  endsAt: number;
  /** The leaderboard freezes for the last N ms before the end (0: never). */
  freezeMs: number;
}

export interface CompetitionInput extends CompetitionSchedule {
  /** The running tenant of a hiring competition; `public` for the platform's contests. */
  tenantId: string;
  competitionId: string;
}

export interface CompetitionState {
  phase: CompetitionPhase;
  schedule: CompetitionSchedule;
  /** Epoch ms when paused; undefined while the clock runs. */
  pausedAt?: number;
  /** Total ms the end was moved by extensions and pauses. */
  extendedByMs: number;
}

export interface CompetitionPhaseInput {
  tenantId: string;
  competitionId: string;
  phase: CompetitionPhase;
  /** The end as the workflow knows it (moved by extensions and pauses), epoch ms. */
  endsAt: number;
}

/** Activities of the competition: the API stores each phase (internal REST), idempotently. */
export interface CompetitionActivities {
  /** Stores the phase: entering `frozen` snapshots the board; entering `final` computes the
   * final standings and ratings. Setting a phase already reached is a no-op. */
  setCompetitionPhase(input: CompetitionPhaseInput): Promise<void>;
}

export const COMPETITION_ACTIVITIES: { readonly [K in keyof CompetitionActivities]: K } = {
  setCompetitionPhase: 'setCompetitionPhase',
};

/** Moves the end (and the freeze with it) by ms; positive only. */
export const extendCompetition = defineSignal<[ms: number]>('extendCompetition');
/** Stops the clock: no phase changes while paused; resuming moves every later deadline. */
export const pauseCompetition = defineSignal('pauseCompetition');
export const resumeCompetition = defineSignal('resumeCompetition');
export const cancelCompetition = defineSignal('cancelCompetition');
export const competitionState = defineQuery<CompetitionState>('competitionState');

export const PUBLIC_TENANT = 'public';

/** Business key with the tenant (`public` for platform contests): starts are idempotent. */
export const competitionWorkflowId = (
  input: Pick<CompetitionInput, 'tenantId' | 'competitionId'>,
) => `competition-${input.tenantId}-${input.competitionId}`;
