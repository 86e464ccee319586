import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { isClosed, isFinal, type NeutralResult } from '@fixpoint/connector-core';
import {
  ATS_SYNC_WORKFLOW_TYPE,
  atsResultChanged,
  type AtsSyncInput,
  type AtsSyncStepOutput,
  atsSyncBackoffSeconds,
  atsSyncRetry,
  atsSyncWorkflowId,
} from '@fixpoint/workflows/contracts';
import { type Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { z } from 'zod';
import { OutboundHttp } from '../ats/outbound-http';
import { AppError } from '../common/app-error';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { ScopedDb } from '../database/scoped-db.service';
import type { AtsSync, Prisma } from '../generated/prisma/client';
import { atsSyncCredentialsContext } from '../secrets/sealed-columns';
import { SecretBox } from '../secrets/secret-box';
import { TEMPORAL_CLIENT } from '../temporal/temporal.module';
import { connectorFor } from './connectors';
import { LeverConnectionService } from './lever/lever-connection.service';
import { WorkdayCredentials } from './workday/workday-credentials';
import { neutralResultOf } from './neutral-result';

export const stepRequest = z.object({
  tenantId: z.uuid(),
  syncId: z.uuid(),
  workflowId: z.string().min(1).max(300),
});

export interface NewSync {
  tenantId: string;
  ats: string;
  externalRef: string;
  inviteId: string;
  target: object;
  credentials: string | null;
}

/**
 * Whether a not-final result's progress is still to be told: the candidate has begun, the
 * connector shows progress, and no attempt since the start succeeded (steps repeat on every
 * signal and poll; the ATS hears "in progress" once, or again only after a failure).
 */
function progressDue(sync: AtsSync, result: NeutralResult): boolean {
  if (!result.startedAt || !connectorFor(sync.ats)?.reportProgress) return false;
  const attempted = sync.lastAttemptAt && sync.lastAttemptAt >= new Date(result.startedAt);
  return !attempted || sync.lastError !== null;
}

/** Temporal away: the caller answers 503 and the ATS (or the outbox) tries again. */
export class SyncUnavailable extends Error {
  readonly retryLater = true;
  override name = 'SyncUnavailable';
}

/**
 * The syncs of external invitations: one row and one atsSync workflow per (tenant, ATS,
 * external reference). The row is what the portal shows; the workflow is what makes it
 * happen. Each step reads the result and, once final, writes it back through the ATS's
 * connector with the credentials opened only here.
 */
@Injectable()
export class AtsSyncService {
  private readonly logger = new Logger('AtsSync');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    private readonly db: ScopedDb,
    private readonly box: SecretBox,
    private readonly lever: LeverConnectionService,
    private readonly workday: WorkdayCredentials,
    private readonly outbound: OutboundHttp,
  ) {}

  /**
   * The credentials of an ATS we call with the tenant's connection (not with a secret the ATS
   * gave per invitation): read at write-back time, so a rotated OAuth token is the current one.
   */
  private connectionAuthorization(tenantId: string, ats: string): Promise<string | null> {
    const byAts: Record<string, (tenantId: string) => Promise<string | null>> = {
      lever: (id) => this.lever.authorizationFor(id),
      workday: (id) => this.workday.of(id),
    };
    return byAts[ats]?.(tenantId) ?? Promise.resolve(null);
  }

  find(tenantId: string, ats: string, externalRef: string) {
    return this.db.run({ tenantId }, (tx) =>
      tx.atsSync.findUnique({
        where: { tenantId_ats_externalRef: { tenantId, ats, externalRef } },
      }),
    );
  }

  /** The sync of an external invitation, made once (a concurrent twin finds the first). */
  async open(input: NewSync): Promise<AtsSync> {
    const id = randomUUID();
    const workflowId = atsSyncWorkflowId(input);
    const credentialsSealed =
      input.credentials === null
        ? null
        : this.box.seal(input.credentials, atsSyncCredentialsContext(id));
    await this.db.run(
      { tenantId: input.tenantId },
      (tx) =>
        tx.$executeRaw`insert into ats_syncs
        (id, tenant_id, ats, external_ref, invite_id, target, credentials_sealed, workflow_id)
        values (${id}::uuid, ${input.tenantId}::uuid, ${input.ats}, ${input.externalRef},
                ${input.inviteId}::uuid, ${JSON.stringify(input.target)}::jsonb,
                ${credentialsSealed}, ${workflowId})
        on conflict (tenant_id, ats, external_ref) do nothing`,
    );
    return (await this.find(input.tenantId, input.ats, input.externalRef))!;
  }

  private inputOf(sync: AtsSync): AtsSyncInput {
    return {
      tenantId: sync.tenantId,
      syncId: sync.id,
      ats: sync.ats,
      externalRef: sync.externalRef,
      backoff: this.config.ATS_SYNC_BACKOFF_SECONDS,
      pollSeconds: this.config.ATS_SYNC_POLL_SECONDS,
    };
  }

  /** Starts the sync's workflow; starting it again (a repeated order) is a no-op. */
  async start(sync: AtsSync): Promise<void> {
    try {
      await this.temporal.workflow.start(ATS_SYNC_WORKFLOW_TYPE, {
        workflowId: sync.workflowId,
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        args: [this.inputOf(sync)],
      });
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) return;
      throw new SyncUnavailable(`ats sync workflow not started: ${String(error)}`);
    }
  }

  /** Wakes the sync's workflow (starting it if it is gone): the result changed, or Retry. */
  async nudge(
    sync: AtsSync,
    signal: typeof atsSyncRetry | typeof atsResultChanged = atsSyncRetry,
  ): Promise<void> {
    try {
      await this.temporal.workflow.signalWithStart(ATS_SYNC_WORKFLOW_TYPE, {
        workflowId: sync.workflowId,
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        args: [this.inputOf(sync)],
        signal,
      });
    } catch (error) {
      throw new SyncUnavailable(`ats sync workflow not signalled: ${String(error)}`);
    }
  }

  /** The portal's Retry: only a sync that is not delivered or closed. */
  async retry(tenantId: string, id: string): Promise<AtsSync> {
    const sync = await this.db.run({ tenantId }, (tx) => tx.atsSync.findUnique({ where: { id } }));
    if (!sync) throw new AppError('NOT_FOUND', 'No such sync in your company.');
    if (sync.state === 'delivered' || sync.state === 'closed')
      throw new AppError('CONFLICT', `This sync is ${sync.state}; there is nothing to retry.`);
    await this.nudge(sync);
    return sync;
  }

  /** One step of the workflow: is the result final, and if so, write it back once. */
  async step(input: z.infer<typeof stepRequest>): Promise<AtsSyncStepOutput> {
    const { tenantId } = input;
    const sync = await this.db.run({ tenantId }, (tx) =>
      tx.atsSync.findUnique({ where: { id: input.syncId } }),
    );
    if (!sync) throw new AppError('NOT_FOUND', 'No such sync.');
    // A step repeated after its answer was lost: the ATS already has it.
    if (sync.state === 'delivered') return { outcome: 'delivered', retryable: false, detail: '' };
    const result = await this.db.run({ tenantId }, (tx) =>
      neutralResultOf(tx, sync.inviteId, this.config.PORTAL_URL),
    );
    if (!result || isClosed(result)) {
      await this.record(sync, { state: 'closed', nextAttemptAt: null });
      return { outcome: 'closed', retryable: false, detail: '' };
    }
    const connector = connectorFor(sync.ats);
    if (!isFinal(result)) {
      if (progressDue(sync, result)) await this.reportProgress(sync, result);
      await this.record(sync, { state: 'waiting', nextAttemptAt: null });
      return { outcome: 'not_final', retryable: false, detail: '' };
    }
    const target = connector?.parseTarget(sync.target);
    if (!connector || !target?.ok) {
      const detail = connector ? 'the stored target is invalid' : `no connector for ${sync.ats}`;
      await this.record(sync, { state: 'failed', lastError: detail, nextAttemptAt: null });
      return { outcome: 'failed', retryable: false, detail };
    }
    const credentials = sync.credentialsSealed
      ? this.box.open(sync.credentialsSealed, atsSyncCredentialsContext(sync.id))
      : await this.connectionAuthorization(tenantId, sync.ats);
    const outcome = await connector.writeBack(
      { externalRef: sync.externalRef, target: target.value, credentials },
      result,
      // The target URL came from the ATS or the tenant (a callback, an endpoint): checked again.
      { fetch: this.outbound.fetch, timeoutMs: this.config.ATS_CALL_TIMEOUT_MS },
    );
    const attempts = sync.attempts + 1;
    const now = new Date();
    await this.record(sync, {
      attempts,
      lastAttemptAt: now,
      lastStatusCode: outcome.statusCode,
      lastError: outcome.ok ? null : outcome.detail.slice(0, 1000),
      state: outcome.ok ? 'delivered' : outcome.retryable ? 'retrying' : 'failed',
      deliveredAt: outcome.ok ? now : null,
      nextAttemptAt:
        outcome.ok || !outcome.retryable
          ? null
          : new Date(
              now.getTime() +
                atsSyncBackoffSeconds(this.config.ATS_SYNC_BACKOFF_SECONDS, attempts) * 1000,
            ),
    });
    if (!outcome.ok)
      this.logger.log(
        { tenantId, syncId: sync.id, ats: sync.ats, attempts, detail: outcome.detail },
        'ats write-back failed',
      );
    return {
      outcome: outcome.ok ? 'delivered' : 'failed',
      retryable: outcome.retryable,
      detail: outcome.detail,
    };
  }

  /**
   * The candidate began: an ATS that shows progress hears it (Workday: "in progress"). Best
   * effort: a failure is logged and shown on the sync, and the next step (a signal, a poll)
   * tries again; the final result is never held up by it.
   */
  private async reportProgress(sync: AtsSync, result: NeutralResult) {
    const connector = connectorFor(sync.ats);
    const target = connector?.parseTarget(sync.target);
    if (!connector?.reportProgress || !target?.ok) return;
    const credentials = sync.credentialsSealed
      ? this.box.open(sync.credentialsSealed, atsSyncCredentialsContext(sync.id))
      : await this.connectionAuthorization(sync.tenantId, sync.ats);
    const outcome = await connector.reportProgress(
      { externalRef: sync.externalRef, target: target.value, credentials },
      result,
      { fetch: this.outbound.fetch, timeoutMs: this.config.ATS_CALL_TIMEOUT_MS },
    );
    await this.record(sync, {
      lastAttemptAt: new Date(),
      lastStatusCode: outcome.statusCode,
      lastError: outcome.ok ? null : `progress not reported: ${outcome.detail}`.slice(0, 1000),
    });
    if (!outcome.ok)
      this.logger.log(
        { tenantId: sync.tenantId, syncId: sync.id, ats: sync.ats, detail: outcome.detail },
        'ats progress not reported',
      );
  }

  private record(sync: AtsSync, data: Prisma.AtsSyncUpdateInput) {
    return this.db.run({ tenantId: sync.tenantId }, (tx) =>
      tx.atsSync.update({ where: { id: sync.id }, data: { ...data, updatedAt: new Date() } }),
    );
  }
}
