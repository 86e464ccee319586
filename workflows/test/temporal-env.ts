import { join } from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, type WorkflowBundle } from '@temporalio/worker';
import { WORKFLOWS_PATH } from '../src/worker';

/** The Temporal test server from tools/temporal (Maven), with time skipping. */
export const createTimeSkippingEnv = () =>
  TestWorkflowEnvironment.createTimeSkipping({
    server: {
      executable: {
        type: 'existing-path',
        path: join(__dirname, '..', '..', 'tools', 'temporal', 'test-server.sh'),
      },
    },
  });

/** The stack's Temporal service (tools/stack/up.sh), as the API and worker use it. */
export const LOCAL_TEMPORAL_ADDRESS = process.env.TEST_TEMPORAL_ADDRESS ?? '127.0.0.1:57233';

export const bundleWorkflows = (): Promise<WorkflowBundle> =>
  bundleWorkflowCode({ workflowsPath: WORKFLOWS_PATH, logger: silentLogger });

const silentLogger = {
  log: () => undefined,
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
