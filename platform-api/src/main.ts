import 'reflect-metadata';
import { startApi } from './bootstrap';
import { ConfigError, loadConfig } from './config/load-config';
import { Logger } from 'nestjs-pino';
import { shutDownGracefully } from './shutdown';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`platform-api: ${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const app = await startApi(config);
  shutDownGracefully(app, app.get(Logger));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `platform-api failed to start: ${(error as Error).stack ?? String(error)}\n`,
  );
  process.exit(1);
});
