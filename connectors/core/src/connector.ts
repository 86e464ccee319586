import type { NeutralResult } from './result';

export type AtsName = 'greenhouse' | 'lever' | 'workday';

/** A field an inbound message got wrong: a JSON pointer (RFC 6901) and what to fix. */
export interface FieldError {
  pointer: string;
  detail: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/**
 * What a connector receives, as the platform needs it: invite this candidate to that test,
 * for this external reference. `externalRef` is stable per external invitation (a repeat of
 * the same order has the same one): it keys the sync and makes the invite idempotent.
 */
export interface InvitationOrder {
  externalRef: string;
  /** The ATS's name for the test: for the platform, an assessment id. */
  testId: string;
  candidate: { email: string; firstName: string; lastName: string };
  /** Where the ATS shows the candidate (a link back), if it gave one. */
  profileUrl: string | null;
}

/**
 * Where and how a result goes back: `target` is what the connector needs to address the ATS
 * (stored as JSON beside the sync, no secrets), `credentials` what it authenticates with
 * (stored sealed with AES-256-GCM, opened only for the call).
 */
export interface WriteBack<Target> {
  externalRef: string;
  target: Target;
  credentials: string | null;
}

/** One write-back attempt's outcome, as the sync records it and the portal shows it. */
export interface WriteBackOutcome {
  ok: boolean;
  /** The ATS's HTTP status, or null when it was not reached. */
  statusCode: number | null;
  /** Whether trying again may help (a 5xx, a timeout, a 429), or only a person can fix it. */
  retryable: boolean;
  detail: string;
}

export interface ConnectorContext {
  fetch: typeof fetch;
  /** Milliseconds a call may take before it counts as failed. */
  timeoutMs: number;
}

/**
 * An ATS connector: how a platform result maps to the ATS's status vocabulary, and how a final
 * result is sent back. The sync workflow knows nothing else of any ATS: it asks whether the
 * result is final and, once it is, has the connector write it back until that succeeds.
 * Inbound messages (Greenhouse's send_test, Lever's webhooks, Workday's orders) are each
 * connector's own parsers, producing an {@link InvitationOrder}.
 */
export interface AtsConnector<Target = unknown> {
  readonly ats: AtsName;
  /** The ATS's status for a result (Greenhouse: `complete` or not; Workday: a status id). */
  statusOf(result: NeutralResult): string;
  /** Checks a stored target (it came from JSON) before it is used. */
  parseTarget(stored: unknown): Parsed<Target>;
  /** Sends a final result back. Never throws for an ATS's answer: the outcome says it. */
  writeBack(
    sync: WriteBack<Target>,
    result: NeutralResult,
    context: ConnectorContext,
  ): Promise<WriteBackOutcome>;
  /**
   * For an ATS that shows a status before the result (Workday's "in progress"): called when
   * the candidate has begun and the result is not final; repeating it is harmless. An ATS
   * with nothing to show until the end leaves it out.
   */
  reportProgress?(
    sync: WriteBack<Target>,
    result: NeutralResult,
    context: ConnectorContext,
  ): Promise<WriteBackOutcome>;
}
