import { Global, Inject, Logger, Module, type OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';

export const REDIS = Symbol('REDIS');

@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig) => {
        const redis = new Redis(config.REDIS_URL, {
          lazyConnect: true,
          // Fail a command at once while Redis is away instead of queueing it: readiness and
          // rate limits must see the outage, not hang on it. The client keeps reconnecting.
          enableOfflineQueue: false,
          maxRetriesPerRequest: 1,
          retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
        });
        // Log an outage once, and its end: ioredis emits 'error' on every failed reconnect.
        const logger = new Logger('Redis');
        let away = false;
        redis.on('error', (error: Error) => {
          if (!away) logger.warn(`Redis unavailable, reconnecting with backoff: ${error.message}`);
          away = true;
        });
        redis.on('ready', () => {
          if (away) logger.log('Redis reconnected');
          away = false;
        });
        // Start with a connection when Redis is there; when it is not, start anyway (readiness
        // says so) and let the client keep reconnecting.
        await redis.connect().catch(() => undefined);
        return redis;
      },
    },
  ],
  exports: [REDIS],
})
export class RedisModule implements OnModuleDestroy {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onModuleDestroy(): Promise<void> {
    // QUIT only works on a live connection; otherwise stop the reconnect loop at once.
    if (this.redis.status === 'ready') await this.redis.quit().catch(() => undefined);
    else this.redis.disconnect(false);
  }
}
