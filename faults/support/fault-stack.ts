import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');

/** The challenge every case runs and saves: small, Python, a visible test that fails. */
export const FAULT_CHALLENGE = 'py-paginate-last-page';

export type Server = 'postgres' | 'redis' | 'temporal';
export type Service = 'platform-api' | 'workflows' | 'sandbox-controller';

/**
 * A private Fixpoint on its own ports and data folder: PostgreSQL, Redis and Temporal started by
 * the same stack scripts as `npm start` (tools/stack/ctl.sh), and the API, worker and sandbox
 * under the same supervisord config (tools/services/supervisor-config.sh). Restarting these
 * never disturbs the shared stack the other suites use, and "comes back by itself" is really
 * supervisord's doing.
 */
export class FaultStack {
  readonly dir = process.env.FAULTS_DATA_DIR ?? '/tmp/fixpoint-faults';
  readonly ports = { pg: 15532, redis: 16479, temporal: 17333, api: 14300, sandbox: 14400 };
  readonly apiUrl = `http://127.0.0.1:${this.ports.api}`;
  readonly sandboxUrl = `http://127.0.0.1:${this.ports.sandbox}`;
  readonly sandboxToken = 'fixpoint-faults-sandbox-token';
  readonly databaseUrl = `postgresql://fixpoint:fixpoint@127.0.0.1:${this.ports.pg}/fixpoint`;
  private supervisord?: ChildProcess;

  private get env(): NodeJS.ProcessEnv {
    return {
      ...process.env,
      FIXPOINT_DATA_DIR: this.dir,
      FIXPOINT_PG_PORT: String(this.ports.pg),
      FIXPOINT_REDIS_PORT: String(this.ports.redis),
      FIXPOINT_TEMPORAL_PORT: String(this.ports.temporal),
      API_PORT: String(this.ports.api),
      SANDBOX_PORT: String(this.ports.sandbox),
      SANDBOX_TOKEN: this.sandboxToken,
      FIXPOINT_SERVICES: 'platform-api workflows sandbox-controller',
      // Slow enough that mail queued just before PostgreSQL stops is still in the outbox.
      OUTBOX_POLL_MS: '1000',
      // A catalog of the one challenge the cases use: each API restart imports it again.
      CATALOG_DIR: join(this.dir, 'catalog'),
      LOG_LEVEL: 'info',
    };
  }

  get conf() {
    return join(this.dir, 'run', 'supervisord.conf');
  }

  async start(): Promise<void> {
    await this.stopLeftovers();
    rmSync(this.dir, { recursive: true, force: true });
    await run('bash', [join(ROOT, 'tools/stack/up.sh')], { env: this.env });
    await run('mkdir', ['-p', join(this.dir, 'run'), join(this.dir, 'catalog')]);
    cpSync(join(ROOT, 'challenges', FAULT_CHALLENGE), join(this.dir, 'catalog', FAULT_CHALLENGE), {
      recursive: true,
    });
    await run(
      'bash',
      ['-c', `bash "${ROOT}/tools/services/supervisor-config.sh" > "${this.conf}"`],
      { env: this.env },
    );
    this.supervisord = spawn('supervisord', ['-c', this.conf], {
      env: this.env,
      stdio: 'ignore',
    });
    await this.waitUntil('the API is ready', 180_000, () => this.ready());
  }

  /** Stops the services (supervisord stops them all), then the private stack. */
  async stop(): Promise<void> {
    const sup = this.supervisord;
    if (sup && sup.exitCode === null) {
      const exited = new Promise((resolve) => sup.once('exit', resolve));
      sup.kill('SIGTERM');
      await exited;
    }
    for (const server of ['temporal', 'redis', 'postgres'] as const) {
      await this.ctl('stop', server).catch(() => undefined);
    }
  }

  /** A run killed before its afterAll may have left servers on these ports. */
  private async stopLeftovers() {
    const pidfile = join(this.dir, 'run', 'supervisord.pid');
    if (existsSync(pidfile)) {
      const pid = Number(readFileSync(pidfile, 'utf8'));
      try {
        process.kill(pid, 'SIGTERM');
        await this.waitUntil('old supervisord to exit', 60_000, async () => !alive(pid));
      } catch {
        // not running
      }
    }
    if (existsSync(this.dir)) await this.stop();
  }

  ctl(action: 'start' | 'stop' | 'restart', server: Server) {
    return run('bash', [join(ROOT, 'tools/stack/ctl.sh'), action, server], { env: this.env });
  }

  /** The pid supervisord runs a service under (0 while it is not running). */
  async pid(service: Service): Promise<number> {
    const { stdout } = await run('supervisorctl', ['-c', this.conf, 'pid', service]).catch(
      (error: { stdout?: string }) => ({ stdout: error.stdout ?? '0' }),
    );
    const pid = Number(stdout.trim());
    return Number.isInteger(pid) ? pid : 0;
  }

  /** supervisorctl's state of a service: RUNNING, STARTING, BACKOFF, EXITED, FATAL, ... */
  async state(service: Service): Promise<string> {
    const { stdout } = await run('supervisorctl', ['-c', this.conf, 'status', service]).catch(
      (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
    );
    return stdout.trim().split(/\s+/)[1] ?? '';
  }

  async ready(): Promise<boolean> {
    const res = await fetch(`${this.apiUrl}/readyz`).catch(() => undefined);
    return res?.status === 200;
  }

  supervisorLog(): string {
    return readFileSync(join(this.dir, 'logs', 'supervisord.log'), 'utf8');
  }

  serviceLog(service: Service): string {
    return readFileSync(join(this.dir, 'logs', `${service}.log`), 'utf8');
  }

  async waitUntil(what: string, ms: number, check: () => Promise<boolean>): Promise<number> {
    const started = Date.now();
    for (;;) {
      if (await check().catch(() => false)) return Date.now() - started;
      if (Date.now() - started > ms) throw new Error(`${what}: not within ${ms} ms`);
      await sleep(100);
    }
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
