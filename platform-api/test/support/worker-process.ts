import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { join } from 'node:path';
import { TEMPORAL_ADDRESS } from './env';

export const INTERNAL_TOKEN = 'platform-api-test-internal-token';

/**
 * The real Temporal worker (workflows/, built) as its own process, on a task queue of its own
 * so tests never pick up each other's sessions; it calls back the API under test.
 */
export class WorkerProcess {
  private constructor(
    readonly taskQueue: string,
    private readonly child: ChildProcess,
  ) {}

  static async start(
    apiUrl: string,
    taskQueue = `api-test-${randomUUID()}`,
  ): Promise<WorkerProcess> {
    const main = join(__dirname, '..', '..', '..', 'workflows', 'dist', 'worker.js');
    const child = spawn(process.execPath, [main], {
      env: {
        PATH: process.env.PATH,
        TEMPORAL_ADDRESS,
        TEMPORAL_TASK_QUEUE: taskQueue,
        API_URL: apiUrl,
        INTERNAL_API_TOKEN: INTERNAL_TOKEN,
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      let buffer = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        if (/worker polling/.test(buffer)) resolve();
      });
      child.once('exit', (code) => reject(new Error(`worker exited (${code}): ${buffer}`)));
    });
    child.stdout!.resume();
    return new WorkerProcess(taskQueue, child);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = once(this.child, 'exit');
    this.child.kill('SIGTERM');
    await exited;
  }

  /** Kills the worker at once (SIGKILL), as a crash would: no graceful shutdown. */
  async kill(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = once(this.child, 'exit');
    this.child.kill('SIGKILL');
    await exited;
  }
}
