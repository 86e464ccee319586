import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { countdownWorkflowId } from '../src/contracts/countdown';
import { LOCAL_TEMPORAL_ADDRESS } from './temporal-env';

const workerMain = join(__dirname, '..', 'dist', 'worker.js');

/** Resolves with the first stdout line that matches, or rejects if the process exits first. */
function waitForLine(child: ChildProcess, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString();
      const line = buffer.split('\n').find((l) => pattern.test(l));
      if (line) {
        child.stdout?.off('data', onData);
        resolve(line);
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`worker exited (${code}) before ${pattern}: ${buffer}`)),
    );
  });
}

describe('the worker process against the local Temporal service', () => {
  let connection: Connection;
  let client: Client;

  beforeAll(async () => {
    connection = await Connection.connect({ address: LOCAL_TEMPORAL_ADDRESS });
    client = new Client({ connection });
  });

  afterAll(async () => {
    await connection?.close();
  });

  it('registers on its task queue, runs a workflow to completion, and stops cleanly on SIGTERM', async () => {
    const taskQueue = `worker-test-${randomUUID()}`;
    const worker = spawn(process.execPath, [workerMain], {
      env: {
        PATH: process.env.PATH,
        TEMPORAL_ADDRESS: LOCAL_TEMPORAL_ADDRESS,
        TEMPORAL_TASK_QUEUE: taskQueue,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const polling = await waitForLine(worker, /worker polling/);
      expect(JSON.parse(polling)).toMatchObject({ taskQueue, service: 'workflows' });

      const input = { tenantId: 'acme', key: randomUUID(), durationMs: 1_500 };
      const started = Date.now();
      const outcome = await client.workflow.execute('countdownWorkflow', {
        taskQueue,
        workflowId: countdownWorkflowId(input),
        args: [input],
      });
      expect(outcome).toBe('expired');
      // Real time here: the stack's service does not skip time.
      expect(Date.now() - started).toBeGreaterThanOrEqual(1_400);

      const stopped = waitForLine(worker, /worker stopped/);
      worker.kill('SIGTERM');
      await stopped;
      const [code] = await once(worker, 'exit');
      expect(code).toBe(0);
    } finally {
      if (worker.exitCode === null && worker.signalCode === null) worker.kill('SIGKILL');
    }
  });

  it('refuses to start with a bad TEMPORAL_ADDRESS, naming the variable', async () => {
    const worker = spawn(process.execPath, [workerMain], {
      env: { PATH: process.env.PATH, TEMPORAL_ADDRESS: 'not an address' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    worker.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
    const [code] = await once(worker, 'exit');
    expect(code).toBe(78);
    expect(stderr).toContain('TEMPORAL_ADDRESS: must be host:port');
  });
});
