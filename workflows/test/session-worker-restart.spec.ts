import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import {
  type AssessmentSessionInput,
  assessmentSessionWorkflowId,
  beginSession,
  sessionState,
} from '../src/contracts/assessment-session';
import { LOCAL_TEMPORAL_ADDRESS } from './temporal-env';
import { waitForLine } from './worker-lines';

const workerMain = join(__dirname, '..', 'dist', 'worker.js');
const TOKEN = 'workflows-restart-test-token';

/**
 * A session survives its worker dying mid-way: the stack's Temporal keeps the workflow and its
 * timer, a new worker process picks it up, and the session is finalized exactly once (the API
 * is stood in for by a local server speaking the finalize contract).
 */
describe('an assessment session across a worker restart', () => {
  let connection: Connection;
  let client: Client;
  let api: Server;
  let apiUrl: string;
  const finalized: unknown[] = [];
  let workerOutput = '';

  beforeAll(async () => {
    connection = await Connection.connect({ address: LOCAL_TEMPORAL_ADDRESS });
    client = new Client({ connection });
    api = createServer(async (req, res) => {
      let raw = '';
      for await (const chunk of req) raw += String(chunk);
      if (req.headers.authorization !== `Bearer ${TOKEN}`) {
        res.writeHead(401).end('{}');
        return;
      }
      const body = JSON.parse(raw) as { reason: string };
      finalized.push({ path: req.url, ...body });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ sessionId: req.url?.split('/')[4], phase: 'expired', score: 64 }));
    });
    await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
    apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await connection?.close();
    await new Promise((resolve) => api.close(resolve));
  });

  function startWorker(taskQueue: string) {
    const worker = spawn(process.execPath, [workerMain], {
      env: {
        PATH: process.env.PATH,
        TEMPORAL_ADDRESS: LOCAL_TEMPORAL_ADDRESS,
        TEMPORAL_TASK_QUEUE: taskQueue,
        API_URL: apiUrl,
        INTERNAL_API_TOKEN: TOKEN,
        // Debug: Temporal's activity and task logs too, none of which may carry the token.
        LOG_LEVEL: 'debug',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    worker.stdout?.on('data', (c: Buffer) => (workerOutput += c.toString()));
    worker.stderr?.on('data', (c: Buffer) => (workerOutput += c.toString()));
    return { worker, polling: waitForLine(worker, /worker polling/) };
  }

  it('keeps the timer through a killed worker and finalizes once with the new one', async () => {
    const taskQueue = `restart-test-${randomUUID()}`;
    const first = startWorker(taskQueue);
    let second: ReturnType<typeof startWorker> | undefined;
    try {
      await first.polling;
      const input: AssessmentSessionInput = {
        tenantId: randomUUID(),
        sessionId: randomUUID(),
        limitMs: 4_000,
        beginByMs: Date.now() + 60_000,
      };
      const handle = await client.workflow.start('assessmentSessionWorkflow', {
        taskQueue,
        workflowId: assessmentSessionWorkflowId(input),
        args: [input],
      });
      await handle.signal(beginSession);
      const { deadline } = await handle.query(sessionState);

      // The worker dies hard in the middle of the session.
      first.worker.kill('SIGKILL');
      await once(first.worker, 'exit');
      expect(Date.now()).toBeLessThan(deadline!);
      await new Promise((r) => setTimeout(r, 1_000));
      expect(finalized).toEqual([]);

      second = startWorker(taskQueue);
      await second.polling;
      expect(await handle.result()).toEqual({ endedBy: 'expired', score: 64 });
      expect(Date.now()).toBeGreaterThanOrEqual(deadline!);
      expect(finalized).toEqual([
        {
          path: `/internal/v1/assessment-sessions/${input.sessionId}/finalize`,
          tenantId: input.tenantId,
          reason: 'expired',
        },
      ]);
      // The deadline set before the crash is the one that fired.
      expect((await handle.query(sessionState)).deadline).toBe(deadline);
      expect(workerOutput).toContain('worker polling');
      expect(workerOutput).not.toContain(TOKEN);
    } finally {
      for (const w of [first.worker, second?.worker]) {
        if (w && w.exitCode === null && w.signalCode === null) w.kill('SIGKILL');
      }
    }
  }, 60_000);
});
