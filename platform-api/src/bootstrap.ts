import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { trustProxy } from './auth/trusted-proxies';
import type { AppConfig } from './config/config.schema';
import { importCatalog } from './catalog/catalog-importer';
import { bodyErrors, MAX_BODY } from './common/body-errors';
import { migrate } from './database/migrator';

/**
 * Builds and starts the API for a validated configuration: migrations first (so no request
 * meets an old schema), the catalog import, then the HTTP server. Used by main.ts and by the end-to-end tests.
 */
export async function startApi(config: AppConfig): Promise<NestExpressApplication> {
  const migrations = config.MIGRATE_ON_START ? await migrate(config.DATABASE_OWNER_URL) : undefined;
  const catalog = config.IMPORT_CATALOG_ON_START
    ? await importCatalog(config.DATABASE_OWNER_URL, config.CATALOG_DIR)
    : undefined;
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
    // Idle keep-alive sockets must not hold a shutdown (or a test run) open.
    forceCloseConnections: true,
  });
  const logger = app.get(Logger);
  app.useLogger(logger);
  app.disable('x-powered-by');
  // The client: X-Forwarded-For is read only from TRUSTED_PROXIES peers, and then exactly
  // TRUSTED_PROXY_HOPS entries from the right (auth/trusted-proxies.ts); otherwise the peer.
  app.set('trust proxy', trustProxy(config.TRUSTED_PROXIES, config.TRUSTED_PROXY_HOPS));
  app.useBodyParser('json', { limit: MAX_BODY });
  app.use(bodyErrors);
  // The career-page widget's files: any site may load them (they hold no secrets); what the
  // widget may do is checked per request by its key and origin.
  app.useStaticAssets(config.EMBED_DIST_DIR, {
    prefix: '/embed/',
    fallthrough: true,
    setHeaders: (res) => {
      res.setHeader('access-control-allow-origin', '*');
      res.setHeader('cross-origin-resource-policy', 'cross-origin');
      res.setHeader('cache-control', 'public, max-age=300');
    },
  });
  // No enableShutdownHooks: main.ts installs shutDownGracefully (shutdown.ts), which drains
  // HTTP before the modules close their pools.
  if (catalog) {
    logger.log(
      {
        created: catalog.created.length,
        newVersions: catalog.newVersions,
        unchanged: catalog.unchanged,
      },
      'catalog imported',
    );
  }
  if (migrations) {
    logger.log(
      { applied: migrations.applied, alreadyApplied: migrations.alreadyApplied.length },
      'migrations',
    );
  }
  await app.listen(config.API_PORT, config.API_HOST);
  logger.log(`platform-api listening on http://${config.API_HOST}:${config.API_PORT}`);
  return app;
}
