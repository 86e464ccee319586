import { defineQuery, defineSignal } from '@temporalio/workflow';

/**
 * A countdown that can be extended and cancelled: the timer under every timed thing in
 * Fixpoint (an assessment's time limit plus accommodations, a competition's phases).
 */
export interface CountdownInput {
  tenantId: string;
  /** Business key of what is being timed, e.g. an invite id. */
  key: string;
  durationMs: number;
}

export type CountdownOutcome = 'expired' | 'cancelled';

export interface CountdownState {
  /** When it expires (epoch ms). A deadline, not a remaining time: queries see workflow time
   * as of the last event, so "remaining" would be stale between events. */
  deadline: number;
  extendedByMs: number;
  outcome?: CountdownOutcome;
}

export const extendCountdown = defineSignal<[ms: number]>('extendCountdown');
export const cancelCountdown = defineSignal('cancelCountdown');
export const countdownState = defineQuery<CountdownState>('countdownState');

/** Workflow ids are business keys that carry the tenant, so starts are idempotent per tenant. */
export const countdownWorkflowId = (input: Pick<CountdownInput, 'tenantId' | 'key'>) =>
  `countdown-${input.tenantId}-${input.key}`;
