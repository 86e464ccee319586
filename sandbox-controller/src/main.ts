import pino from 'pino';
import { createApp, type App } from './app';
import { ConfigError, loadConfig, type SandboxConfig } from './config/config';
import { createServer } from './http/server';

/** EX_CONFIG (sysexits.h): a configuration or host set-up error, not worth restarting for. */
const EX_CONFIG = 78;

/** Runs `fn`; a ConfigError (a bad variable, a host without cgroups or seccomp) ends the
 * process with its message and exit code 78. */
function orExit<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(EX_CONFIG);
    }
    throw err;
  }
}

/** The sandbox-controller HTTP server. */
function main(): void {
  const config: SandboxConfig = orExit(() => loadConfig());
  const logger = pino({ level: config.logLevel });
  const app: App = orExit(() => createApp(config, logger));
  let draining = false;
  const server = createServer({ ...app, draining: () => draining });
  server.listen(config.port, config.host, () => {
    const address = server.address();
    logger.info(
      {
        address,
        runtimes: app.service.runtimes(),
        unavailable: Object.fromEntries(app.toolchains.missing),
        driver: app.driver.info(),
      },
      'sandbox-controller listening',
    );
  });
  // SIGTERM: refuse new runs (503 shutting-down), let running ones finish within their wall
  // limit, then exit; a run still going after the longest wall limit is cut.
  const stop = (signal: NodeJS.Signals) => {
    if (draining) return;
    draining = true;
    const started = Date.now();
    logger.info({ signal }, 'shutting down: refusing new runs, finishing running ones');
    const quiet = setInterval(() => server.closeIdleConnections(), 100);
    server.close(() => {
      clearInterval(quiet);
      logger.info({ ms: Date.now() - started }, 'stopped');
      process.exit(0);
    });
    setTimeout(
      () => {
        logger.warn('runs still going at the wall limit: stopping anyway');
        process.exit(1);
      },
      (config.hostLimits.wallSeconds + 10) * 1000,
    ).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main();
