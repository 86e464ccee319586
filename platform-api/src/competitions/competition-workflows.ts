import { Inject, Injectable, Logger } from '@nestjs/common';
import { type Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import {
  type CompetitionInput,
  competitionWorkflowId,
  PUBLIC_TENANT,
} from '@fixpoint/workflows/contracts';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { TEMPORAL_CLIENT } from '../temporal/temporal.module';
import { CompetitionErrors } from './competitions.errors';

export const COMPETITION_WORKFLOW_TYPE = 'competitionWorkflow';

/** The API's side of the competition workflow: it owns the schedule's timers. */
@Injectable()
export class CompetitionWorkflows {
  private readonly logger = new Logger(CompetitionWorkflows.name);

  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Idempotent: the id is the business key (tenant or `public`, competition). */
  async start(c: {
    id: string;
    tenantId: string | null;
    registrationOpensAt: Date;
    startsAt: Date;
    endsAt: Date;
    freezeMinutes: number;
  }): Promise<void> {
    const input: CompetitionInput = {
      tenantId: c.tenantId ?? PUBLIC_TENANT,
      competitionId: c.id,
      registrationOpensAt: c.registrationOpensAt.getTime(),
      startsAt: c.startsAt.getTime(),
      endsAt: c.endsAt.getTime(),
      freezeMs: c.freezeMinutes * 60_000,
    };
    try {
      await this.client.workflow.start(COMPETITION_WORKFLOW_TYPE, {
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        workflowId: competitionWorkflowId(input),
        args: [input],
      });
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) return;
      this.logger.warn(`competition ${c.id}: workflow start failed: ${String(error)}`);
      throw CompetitionErrors.timerUnavailable();
    }
  }

  async signal(
    c: { id: string; tenantId: string | null },
    signal: 'extendCompetition' | 'pauseCompetition' | 'resumeCompetition' | 'cancelCompetition',
    ...args: unknown[]
  ): Promise<void> {
    const id = competitionWorkflowId({
      tenantId: c.tenantId ?? PUBLIC_TENANT,
      competitionId: c.id,
    });
    try {
      await this.client.workflow.getHandle(id).signal(signal, ...args);
    } catch (error) {
      this.logger.warn(`competition ${c.id}: ${signal} failed: ${String(error)}`);
      throw CompetitionErrors.timerUnavailable();
    }
  }
}
