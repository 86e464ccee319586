import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import {
  ASSESSMENT_SESSION_WORKFLOW_TYPE,
  assessmentSessionWorkflowId,
  recordRun,
  sessionState,
} from '../src/contracts/assessment-session';
import { LOCAL_TEMPORAL_ADDRESS } from './temporal-env';
import { waitForLine } from './worker-lines';

const workerMain = join(__dirname, '..', 'dist', 'worker.js');

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

  it('registers on its task queue, runs a workflow (signal counted, query answered), and stops cleanly on SIGTERM', async () => {
    const taskQueue = `worker-test-${randomUUID()}`;
    const worker = spawn(process.execPath, [workerMain], {
      env: {
        PATH: process.env.PATH,
        // The local development token is accepted only when development is said explicitly.
        NODE_ENV: 'development',
        TEMPORAL_ADDRESS: LOCAL_TEMPORAL_ADDRESS,
        TEMPORAL_TASK_QUEUE: taskQueue,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const polling = await waitForLine(worker, /worker polling/);
      expect(JSON.parse(polling)).toMatchObject({ taskQueue, service: 'workflows' });

      // A session nobody begins: the worker runs it, counts a signal and answers the query.
      const input = {
        tenantId: 'acme',
        sessionId: randomUUID(),
        limitMs: 60_000,
        beginByMs: Date.now() + 3_600_000,
      };
      const handle = await client.workflow.start(ASSESSMENT_SESSION_WORKFLOW_TYPE, {
        taskQueue,
        workflowId: assessmentSessionWorkflowId(input),
        args: [input],
      });
      try {
        await handle.signal(recordRun, { attemptId: randomUUID() });
        expect(await handle.query(sessionState)).toMatchObject({ phase: 'waiting', runs: 1 });
      } finally {
        await handle.terminate('worker test done');
      }

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

  it('refuses a bad API_URL and a short INTERNAL_API_TOKEN, naming both and echoing neither', async () => {
    const token = 'short-secret';
    const worker = spawn(process.execPath, [workerMain], {
      env: { PATH: process.env.PATH, API_URL: 'ftp://api.internal', INTERNAL_API_TOKEN: token },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    worker.stdout?.on('data', (c: Buffer) => (output += c.toString()));
    worker.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    const [code] = await once(worker, 'exit');
    expect(code).toBe(78);
    expect(output).toContain('API_URL: must be an http(s) URL');
    expect(output).toContain('INTERNAL_API_TOKEN: must be at least 16 characters');
    expect(output).not.toContain(token);
  });
});
