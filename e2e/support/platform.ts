// The running platform for the browser test. Each piece is reused when an environment variable
// points at one that already runs, otherwise started here on free ports:
//   E2E_WEB_URL      a learner-app to test as is (then nothing else is started)
//   E2E_API_URL      a platform-api for the learner-app started here to proxy to
//   E2E_SANDBOX_URL  (+ E2E_SANDBOX_TOKEN) a sandbox-controller for the API started here
//   E2E_PORTAL_DIST_DIR  a built portal other than tenant-portal/dist (a private build)
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createDatabase, type E2eDatabase } from './database';
import { freePort, Service } from './processes';

const REPO = resolve(__dirname, '..', '..');
const SANDBOX_TOKEN = process.env.E2E_SANDBOX_TOKEN ?? 'e2e-sandbox-token-0123456789';
/** The API's and the worker's internal token (tests create public contests with it). */
export const INTERNAL_API_TOKEN = 'e2e-internal-api-token-0123456789';

export interface Platform {
  webUrl: string;
  /** The tenant portal, when started with { hiring: true }. */
  portalUrl: string;
  /** The API and its database's owner, when started here (empty otherwise). */
  apiUrl: string;
  databaseOwnerUrl: string;
  logDir: string;
  stop(): Promise<void>;
}

/**
 * `hiring`: also the Temporal worker (on a task queue of its own) and the tenant portal, with
 * the API's links in mail pointing at this run's learner app and portal.
 */
export async function startPlatform(
  options: {
    hiring?: boolean;
    /** Extra environment for the API started here (e.g. a short ACCESS_TOKEN_TTL_SECONDS). */
    apiEnv?: Record<string, string>;
  } = {},
): Promise<Platform> {
  const logDir = mkdtempSync(join(tmpdir(), 'fixpoint-e2e-'));
  mkdirSync(logDir, { recursive: true });
  const services: Service[] = [];
  let database: E2eDatabase | undefined;

  const stop = async () => {
    for (const service of services.reverse()) await service.stop();
    await database?.drop();
  };

  try {
    let webUrl = process.env.E2E_WEB_URL;
    let portalUrl = '';
    let startedApiUrl = '';
    const webPort = await freePort();
    const portalPort = await freePort();
    const taskQueue = `e2e-${Date.now()}`;
    if (!webUrl || options.hiring) {
      let apiUrl = options.hiring ? undefined : process.env.E2E_API_URL;
      if (!apiUrl) {
        let sandboxUrl = process.env.E2E_SANDBOX_URL;
        if (!sandboxUrl) {
          const port = await freePort();
          const sandbox = Service.start(
            'sandbox-controller',
            join(REPO, 'sandbox-controller', 'dist', 'main.js'),
            { SANDBOX_PORT: String(port), SANDBOX_TOKEN, SANDBOX_LOG_LEVEL: 'warn' },
            logDir,
          );
          services.push(sandbox);
          sandboxUrl = `http://127.0.0.1:${port}`;
          await sandbox.waitForHttp(`${sandboxUrl}/healthz`);
        }
        database = await createDatabase();
        const port = await freePort();
        const api = Service.start(
          'platform-api',
          join(REPO, 'platform-api', 'dist', 'main.js'),
          {
            NODE_ENV: 'development',
            API_PORT: String(port),
            LOG_LEVEL: 'warn',
            DATABASE_URL: database.apiUrl,
            DATABASE_OWNER_URL: database.ownerUrl,
            SANDBOX_URL: sandboxUrl,
            SANDBOX_TOKEN,
            WEB_URL: `http://127.0.0.1:${webPort}`,
            PORTAL_URL: `http://127.0.0.1:${portalPort}`,
            TEMPORAL_TASK_QUEUE: taskQueue,
            INTERNAL_API_TOKEN,
            OUTBOX_POLL_MS: '100',
            ...options.apiEnv,
          },
          logDir,
        );
        services.push(api);
        apiUrl = `http://127.0.0.1:${port}`;
        startedApiUrl = apiUrl;
        // Migrations and the catalog import run before it listens.
        await api.waitForHttp(`${apiUrl}/healthz`, 180_000);
      }
      const web = Service.start(
        'learner-app',
        join(REPO, 'learner-app', 'scripts', 'serve.mjs'),
        { WEB_PORT: String(webPort), API_URL: apiUrl },
        logDir,
      );
      services.push(web);
      webUrl = `http://127.0.0.1:${webPort}`;
      await web.waitForHttp(`${webUrl}/`);
      if (options.hiring) {
        const worker = Service.start(
          'workflows',
          join(REPO, 'workflows', 'dist', 'worker.js'),
          {
            TEMPORAL_TASK_QUEUE: taskQueue,
            API_URL: apiUrl,
            INTERNAL_API_TOKEN,
            LOG_LEVEL: 'warn',
          },
          logDir,
        );
        services.push(worker);
        const portal = Service.start(
          'tenant-portal',
          join(REPO, 'tenant-portal', 'scripts', 'serve.mjs'),
          {
            PORTAL_PORT: String(portalPort),
            API_URL: apiUrl,
            ...(process.env.E2E_PORTAL_DIST_DIR
              ? { PORTAL_DIST_DIR: process.env.E2E_PORTAL_DIST_DIR }
              : {}),
          },
          logDir,
        );
        services.push(portal);
        portalUrl = `http://127.0.0.1:${portalPort}`;
        await portal.waitForHttp(`${portalUrl}/`);
      }
    }
    return {
      webUrl,
      portalUrl,
      apiUrl: startedApiUrl,
      databaseOwnerUrl: database?.ownerUrl ?? '',
      logDir,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
