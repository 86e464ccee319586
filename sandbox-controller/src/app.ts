import pino, { type Logger } from 'pino';
import { ChallengeCatalog } from './challenges/challenge-catalog';
import type { SandboxConfig } from './config/config';
import type { Driver } from './drivers/driver';
import { LocalDriver } from './drivers/local/local.driver';
import { RunService } from './runs/run-service';
import { loadToolchains, type ToolchainStatus } from './toolchains/toolchains';

export interface App {
  config: SandboxConfig;
  logger: Logger;
  driver: Driver;
  toolchains: ToolchainStatus;
  catalog: ChallengeCatalog;
  service: RunService;
}

/** Wires the controller from its configuration; the server and the CLI both start here. */
export function createApp(
  config: SandboxConfig,
  logger: Logger = pino({ level: config.logLevel }),
): App {
  const driver = new LocalDriver({
    concurrency: config.concurrency,
    logger,
    ...config.localDriver,
  });
  const toolchains = loadToolchains(config.dataDir);
  const catalog = new ChallengeCatalog(config.challengesDir);
  const service = new RunService(config, catalog, driver, toolchains, logger);
  return { config, logger, driver, toolchains, catalog, service };
}
