import { defineQuery, defineSignal } from '@temporalio/workflow';

/**
 * The ATS-sync workflow's contract, shared by the worker and the API: one workflow per external
 * invitation waits for the candidate's final result and has the API write it back to the ATS
 * (through that ATS's connector) until the ATS accepts it. The workflow knows no ATS: every
 * connector fits behind the same step.
 */
export const ATS_SYNC_WORKFLOW_TYPE = 'atsSyncWorkflow';

export interface AtsSyncInput {
  tenantId: string;
  syncId: string;
  ats: string;
  externalRef: string;
  /** Backoff after a failed write-back: first wait, doubling up to the longest (seconds). */
  backoff: { initialSeconds: number; maxSeconds: number };
  /** How often to look again while no signal says the result changed (a safety net). */
  pollSeconds: number;
}

/** Business key: tenant, ATS and external reference, so a repeated order never starts twice. */
export const atsSyncWorkflowId = (input: Pick<AtsSyncInput, 'tenantId' | 'ats' | 'externalRef'>) =>
  `ats-sync-${input.tenantId}-${input.ats}-${input.externalRef}`;

export interface AtsSyncStepInput {
  tenantId: string;
  syncId: string;
  workflowId: string;
}

/**
 * What one step found: `not_final` (nothing to send yet), `delivered`, `failed` (the ATS said
 * no or was unreachable; `retryable` says whether a timer may fix it or only a person), or
 * `closed` (the invitation will never have a result: cancelled, expired unopened).
 */
export interface AtsSyncStepOutput {
  outcome: 'not_final' | 'delivered' | 'failed' | 'closed';
  retryable: boolean;
  detail: string;
}

export interface AtsSyncState {
  phase: 'waiting' | 'retrying' | 'failed' | 'delivered' | 'closed';
  attempts: number;
  lastError: string | null;
}

export interface AtsSyncActivities {
  atsSyncStep(input: AtsSyncStepInput): Promise<AtsSyncStepOutput>;
}

export const atsSyncState = defineQuery<AtsSyncState>('atsSyncState');
/** The result may have changed (session ended, review decided): look now. */
export const atsResultChanged = defineSignal('atsResultChanged');
/** A person asked to try the write-back again now (the portal's Retry). */
export const atsSyncRetry = defineSignal('atsSyncRetry');

/** Seconds to wait after the nth failed write-back (n from 1): doubling, capped. */
export const atsSyncBackoffSeconds = (backoff: AtsSyncInput['backoff'], failures: number): number =>
  Math.min(backoff.maxSeconds, backoff.initialSeconds * 2 ** Math.max(0, failures - 1));
