import { NativeConnection, Runtime, Worker, type WorkflowBundle } from '@temporalio/worker';
import { createAtsSyncActivities } from './activities/ats-sync';
import { createCompetitionActivities } from './activities/competition.activities';
import { createSessionActivities } from './activities/finalize-session';
import { createWebhookActivities } from './activities/webhook-delivery';
import { loadWorkerConfig, type WorkerConfig } from './config';
import { createWorkerLogger, temporalLoggerFor } from './logger';

export const WORKFLOWS_PATH = require.resolve('./workflows');

/**
 * Creates a worker polling the task queue. The workflow code is bundled for Temporal's sandbox
 * from WORKFLOWS_PATH unless a prebuilt bundle is given (tests bundle once per file).
 */
export async function createWorker(
  config: WorkerConfig,
  connection: NativeConnection,
  workflowBundle?: WorkflowBundle,
) {
  return Worker.create({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    ...(workflowBundle ? { workflowBundle } : { workflowsPath: WORKFLOWS_PATH }),
    // 0: no sticky cache, every task replays its (short) history on any worker. The local
    // Temporal test server never times out a dead worker's sticky queue, so with a cache a
    // killed worker would strand its sessions. With a real cluster, raise it (WORKFLOW_CACHE_SIZE).
    maxCachedWorkflows: config.WORKFLOW_CACHE_SIZE,
    // A finalize call takes seconds; a stop waits this long for running activities.
    shutdownGraceTime: '20s',
    activities: {
      ...createSessionActivities({
        apiUrl: config.API_URL,
        internalToken: config.INTERNAL_API_TOKEN,
      }),
      ...createWebhookActivities({
        apiUrl: config.API_URL,
        internalToken: config.INTERNAL_API_TOKEN,
      }),
      ...createCompetitionActivities({
        apiUrl: config.API_URL,
        internalToken: config.INTERNAL_API_TOKEN,
      }),
      ...createAtsSyncActivities({
        apiUrl: config.API_URL,
        internalToken: config.INTERNAL_API_TOKEN,
      }),
    },
  });
}

async function main() {
  let config: WorkerConfig;
  try {
    config = loadWorkerConfig();
  } catch (error) {
    process.stderr.write(`workflows: ${(error as Error).message}\n`);
    process.exit(78);
  }
  const log = createWorkerLogger(config.LOG_LEVEL);
  // Temporal's runtime stops the worker gracefully on SIGINT/SIGTERM (the default signals):
  // no new tasks are polled, running activities finish (or are cancelled at the grace time and
  // retried by Temporal on another worker), then run() resolves. Say so in the log.
  Runtime.install({ logger: temporalLoggerFor(log), shutdownSignals: ['SIGINT', 'SIGTERM'] });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => log.info({ signal }, 'shutting down: finishing running tasks'));
  }
  const connection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS });
  const worker = await createWorker(config, connection);
  log.info(
    { taskQueue: config.TEMPORAL_TASK_QUEUE, address: config.TEMPORAL_ADDRESS },
    'worker polling',
  );
  await worker.run();
  await connection.close();
  log.info('worker stopped');
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`workflows failed: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  });
}
