import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { freePort } from './free-port';

export const SANDBOX_TOKEN = 'platform-api-test-sandbox-token';

/** The real sandbox-controller (built), started as its own process for API tests. */
export class SandboxProcess {
  private constructor(
    readonly url: string,
    private readonly child: ChildProcess,
  ) {}

  static async start(): Promise<SandboxProcess> {
    const port = await freePort();
    const main = join(__dirname, '..', '..', '..', 'sandbox-controller', 'dist', 'main.js');
    const child = spawn(process.execPath, [main], {
      env: {
        PATH: process.env.PATH,
        SANDBOX_PORT: String(port),
        SANDBOX_TOKEN,
        SANDBOX_LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 20_000;
    for (;;) {
      try {
        if ((await fetch(`${url}/healthz`)).ok) break;
      } catch {
        // not listening yet
      }
      if (child.exitCode !== null) throw new Error(`sandbox-controller exited (${child.exitCode})`);
      if (Date.now() > deadline) throw new Error('sandbox-controller did not start in 20 s');
      await new Promise((r) => setTimeout(r, 100));
    }
    return new SandboxProcess(url, child);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = once(this.child, 'exit');
    this.child.kill('SIGTERM');
    await exited;
  }
}
