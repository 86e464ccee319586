// The running platform for the browser test. Each piece is reused when an environment variable
// points at one that already runs, otherwise started here on free ports:
//   E2E_WEB_URL      a learner-app to test as is (then nothing else is started)
//   E2E_API_URL      a platform-api for the learner-app started here to proxy to
//   E2E_SANDBOX_URL  (+ E2E_SANDBOX_TOKEN) a sandbox-controller for the API started here
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createDatabase, type E2eDatabase } from './database';
import { freePort, Service } from './processes';

const REPO = resolve(__dirname, '..', '..');
const SANDBOX_TOKEN = process.env.E2E_SANDBOX_TOKEN ?? 'e2e-sandbox-token-0123456789';

export interface Platform {
  webUrl: string;
  logDir: string;
  stop(): Promise<void>;
}

export async function startPlatform(): Promise<Platform> {
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
    if (!webUrl) {
      let apiUrl = process.env.E2E_API_URL;
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
            NODE_ENV: 'test',
            API_PORT: String(port),
            LOG_LEVEL: 'warn',
            DATABASE_URL: database.apiUrl,
            DATABASE_OWNER_URL: database.ownerUrl,
            SANDBOX_URL: sandboxUrl,
            SANDBOX_TOKEN,
          },
          logDir,
        );
        services.push(api);
        apiUrl = `http://127.0.0.1:${port}`;
        // Migrations and the catalog import run before it listens.
        await api.waitForHttp(`${apiUrl}/healthz`, 180_000);
      }
      const port = await freePort();
      const web = Service.start(
        'learner-app',
        join(REPO, 'learner-app', 'scripts', 'serve.mjs'),
        { WEB_PORT: String(port), API_URL: apiUrl },
        logDir,
      );
      services.push(web);
      webUrl = `http://127.0.0.1:${port}`;
      await web.waitForHttp(`${webUrl}/`);
    }
    return { webUrl, logDir, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
