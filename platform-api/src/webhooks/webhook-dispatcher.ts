import { Inject, Injectable } from '@nestjs/common';
import { type Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import {
  WEBHOOK_DELIVERY_WORKFLOW_TYPE,
  type WebhookDeliveryInput,
  webhookDeliveryWorkflowId,
} from '@fixpoint/workflows/contracts';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { TEMPORAL_CLIENT } from '../temporal/temporal.module';

/** Temporal away: the caller should try again later (the outbox row waits, uncounted). */
export class DispatchUnavailable extends Error {
  readonly retryLater = true;
  override name = 'DispatchUnavailable';
}

/**
 * Starts the webhook-delivery workflow of one (event, endpoint). The workflow id carries
 * tenant, endpoint and event, so starting twice (an outbox row consumed again after a crash)
 * is a no-op.
 */
@Injectable()
export class WebhookDispatcher {
  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(input: Omit<WebhookDeliveryInput, 'retrySchedule'>): Promise<string> {
    const workflowId = webhookDeliveryWorkflowId(input);
    try {
      await this.client.workflow.start(WEBHOOK_DELIVERY_WORKFLOW_TYPE, {
        workflowId,
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        args: [{ ...input, retrySchedule: this.config.WEBHOOK_RETRY_SCHEDULE }],
      });
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) return workflowId;
      throw new DispatchUnavailable(`webhook workflow not started: ${String(error)}`);
    }
    return workflowId;
  }
}
