import { defineQuery, defineSignal } from '@temporalio/workflow';

/**
 * The assessment session workflow's contract, shared by the worker and the API: one workflow
 * per candidate session owns its timer and its end.
 */
export interface AssessmentSessionInput {
  tenantId: string;
  sessionId: string;
  /** The time limit including the candidate's accommodation. */
  limitMs: number;
  /** Epoch ms: a candidate who has not begun by then ends as not_started (the invite expired). */
  beginByMs: number;
}

export type SessionEnd = 'submitted' | 'expired' | 'not_started';

export interface SessionState {
  phase: 'waiting' | 'running' | 'finalizing' | 'done';
  /** Epoch ms, once begun. */
  deadline?: number;
  runs: number;
  endedBy?: SessionEnd;
  score?: number;
}

export interface SessionResult {
  endedBy: SessionEnd;
  score: number;
}

export interface FinalizeInput {
  tenantId: string;
  sessionId: string;
  reason: SessionEnd;
}

export interface FinalizeOutput {
  sessionId: string;
  phase: 'submitted' | 'expired';
  score: number;
}

/** Activities of the session: the API scores and stores the end (internal REST). */
export interface SessionActivities {
  finalizeSession(input: FinalizeInput): Promise<FinalizeOutput>;
}

/** Activity names as registered on the worker (for history and failure inspection). */
export const SESSION_ACTIVITIES: { readonly [K in keyof SessionActivities]: K } = {
  finalizeSession: 'finalizeSession',
};

/** The workflow type the API starts by name (the API never imports workflow code). */
export const ASSESSMENT_SESSION_WORKFLOW_TYPE = 'assessmentSessionWorkflow';

/** The candidate consented: the timer starts (a second begin is ignored). */
export const beginSession = defineSignal('beginSession');
/** A run of the visible tests, counted. */
export const recordRun = defineSignal<[{ attemptId: string }]>('recordRun');
/** The candidate ends early. */
export const submitSession = defineSignal('submitSession');
export const sessionState = defineQuery<SessionState>('sessionState');

/** The id carries the tenant; starting the same session twice is refused (idempotent start). */
export const assessmentSessionWorkflowId = (
  input: Pick<AssessmentSessionInput, 'tenantId' | 'sessionId'>,
) => `assessment-session-${input.tenantId}-${input.sessionId}`;
