import { Inject, Injectable, Logger } from '@nestjs/common';
import { type Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import {
  ASSESSMENT_SESSION_WORKFLOW_TYPE as WORKFLOW_TYPE,
  type AssessmentSessionInput,
  assessmentSessionWorkflowId,
  beginSession,
  recordRun,
  submitSession,
} from '@fixpoint/workflows/contracts';
import { AppError } from '../common/app-error';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { TEMPORAL_CLIENT } from '../temporal/temporal.module';

const unavailable = () =>
  new AppError(
    'SERVICE_UNAVAILABLE',
    'The assessment timer is unavailable right now. Try again in a moment.',
  );

/**
 * The API's side of the assessmentSession workflow (workflows/): it owns each session's timer
 * and its end. Starting is idempotent (the id carries tenant and session); begin and submit use
 * signal-with-start, so a session whose workflow was lost is picked up again, not stranded.
 */
@Injectable()
export class SessionWorkflows {
  private readonly logger = new Logger(SessionWorkflows.name);

  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async ensureStarted(input: AssessmentSessionInput): Promise<void> {
    try {
      await this.client.workflow.start(WORKFLOW_TYPE, this.options(input));
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) return;
      this.logger.warn(`session ${input.sessionId}: workflow start failed: ${String(error)}`);
      throw unavailable();
    }
  }

  begin(input: AssessmentSessionInput) {
    return this.signalWithStart(input, beginSession.name);
  }

  submit(input: AssessmentSessionInput) {
    return this.signalWithStart(input, submitSession.name);
  }

  /** Best effort: a lost run signal only loses a count, never work. */
  async recordRun(
    input: Pick<AssessmentSessionInput, 'tenantId' | 'sessionId'>,
    attemptId: string,
  ) {
    await this.client.workflow
      .getHandle(assessmentSessionWorkflowId(input))
      .signal(recordRun, { attemptId })
      .catch((error: unknown) => this.logger.debug(`recordRun not delivered: ${String(error)}`));
  }

  private async signalWithStart(input: AssessmentSessionInput, signal: string) {
    try {
      await this.client.workflow.signalWithStart(WORKFLOW_TYPE, {
        ...this.options(input),
        signal,
        signalArgs: [],
      });
    } catch (error) {
      this.logger.warn(`session ${input.sessionId}: ${signal} failed: ${String(error)}`);
      throw unavailable();
    }
  }

  private options(input: AssessmentSessionInput) {
    return {
      workflowId: assessmentSessionWorkflowId(input),
      taskQueue: this.config.TEMPORAL_TASK_QUEUE,
      args: [input] as [AssessmentSessionInput],
    };
  }
}
