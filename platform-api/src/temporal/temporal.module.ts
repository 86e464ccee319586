import { Global, Inject, Module, type OnModuleDestroy } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';

export const TEMPORAL_CONNECTION = Symbol('TEMPORAL_CONNECTION');
export const TEMPORAL_CLIENT = Symbol('TEMPORAL_CLIENT');

@Global()
@Module({
  providers: [
    {
      provide: TEMPORAL_CONNECTION,
      inject: [APP_CONFIG],
      // Lazy: the API starts (and reports "temporal: fail" on /readyz) while Temporal is down.
      useFactory: (config: AppConfig) => Connection.lazy({ address: config.TEMPORAL_ADDRESS }),
    },
    {
      provide: TEMPORAL_CLIENT,
      inject: [TEMPORAL_CONNECTION, APP_CONFIG],
      useFactory: (connection: Connection, config: AppConfig) =>
        new Client({ connection, namespace: config.TEMPORAL_NAMESPACE }),
    },
  ],
  exports: [TEMPORAL_CONNECTION, TEMPORAL_CLIENT],
})
export class TemporalModule implements OnModuleDestroy {
  constructor(@Inject(TEMPORAL_CONNECTION) private readonly connection: Connection) {}

  async onModuleDestroy(): Promise<void> {
    await this.connection.close().catch(() => undefined);
  }
}
