import type { INestApplication, LoggerService } from '@nestjs/common';
import type { Server } from 'node:http';

/** How long in-flight requests (a sandbox run takes seconds) may take before sockets are cut. */
const GRACE_MS = 25_000;

/**
 * SIGTERM/SIGINT, in an order that loses nothing: stop accepting connections and let in-flight
 * requests finish (idle keep-alive sockets are closed as they go quiet), and only then close
 * the modules (outbox relay pass, PostgreSQL pools, Redis, Temporal). Nest's own shutdown hooks
 * would close the pools first, under requests still running, so the API installs this instead.
 */
export function shutDownGracefully(app: INestApplication, logger: LoggerService): void {
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const started = Date.now();
    logger.log(`${signal}: shutting down; refusing new connections, finishing in-flight requests`);
    const server = app.getHttpServer() as Server;
    const quiet = setInterval(() => server.closeIdleConnections(), 100);
    const cut = setTimeout(() => {
      logger.warn(`requests still running after ${GRACE_MS} ms: closing their connections`);
      server.closeAllConnections();
    }, GRACE_MS);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    clearInterval(quiet);
    clearTimeout(cut);
    try {
      await app.close();
      logger.log(`stopped after ${Date.now() - started} ms`);
      process.exit(0);
    } catch (error) {
      logger.error(`shutdown failed: ${(error as Error).message}`);
      process.exit(1);
    }
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, (s) => void stop(s));
}
