import pino from 'pino';
import { createApp } from './app';
import { ConfigError, loadConfig } from './config/config';
import { createServer } from './http/server';

/** The sandbox-controller HTTP server. */
function main(): void {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const logger = pino({ level: config.logLevel });
  const app = createApp(config, logger);
  const server = createServer({ ...app });
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
  const stop = () => {
    logger.info('shutting down');
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main();
