import {
  Inject,
  Injectable,
  Logger,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { REDIS } from '../redis/redis.module';

type Handler = (message: string) => void;

/**
 * Redis pub/sub fan-out: any instance publishes, every instance hears, and each hands the
 * message to its own subscribers. A connection in subscriber mode can do nothing else, so it is
 * a dedicated one (ioredis re-subscribes its channels after a reconnect); publishing goes
 * through the shared client. A channel is subscribed in Redis once per instance however many
 * local listeners it has.
 */
@Injectable()
export class RedisFanout implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(RedisFanout.name);
  private readonly subscriber: Redis;
  private readonly handlers = new Map<string, Set<Handler>>();

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis,
  ) {
    this.subscriber = new Redis(config.REDIS_URL, {
      lazyConnect: true,
      maxRetriesPerRequest: null,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
    });
    this.subscriber.on('error', (error: Error) =>
      this.logger.debug(`subscriber connection: ${error.message}`),
    );
    this.subscriber.on('message', (channel: string, message: string) => {
      for (const handler of this.handlers.get(channel) ?? []) handler(message);
    });
  }

  /** Connects once at start (two first listeners racing to connect would trip over each other);
   * while Redis is away the client keeps reconnecting and queues subscriptions meanwhile. */
  async onModuleInit(): Promise<void> {
    await this.subscriber.connect().catch(() => undefined);
  }

  /** Listens to a channel until the returned function is called. */
  async listen(channel: string, handler: Handler): Promise<() => Promise<void>> {
    let set = this.handlers.get(channel);
    if (!set) {
      set = new Set();
      this.handlers.set(channel, set);
      await this.subscriber.subscribe(channel);
    }
    set.add(handler);
    return async () => {
      const current = this.handlers.get(channel);
      if (!current?.delete(handler) || current.size > 0) return;
      this.handlers.delete(channel);
      await this.subscriber.unsubscribe(channel).catch(() => undefined);
    };
  }

  async publish(channel: string, payload: unknown): Promise<void> {
    await this.redis.publish(channel, JSON.stringify(payload));
  }

  /** Several messages in one round trip (a pipeline), published in the order given. */
  async publishAll(messages: { channel: string; payload: unknown }[]): Promise<void> {
    const pipeline = this.redis.pipeline();
    for (const m of messages) pipeline.publish(m.channel, JSON.stringify(m.payload));
    const results = (await pipeline.exec()) ?? [];
    const failed = results.find(([error]) => error);
    if (failed) throw failed[0];
  }

  async onModuleDestroy(): Promise<void> {
    this.handlers.clear();
    if (this.subscriber.status === 'ready') await this.subscriber.quit().catch(() => undefined);
    else this.subscriber.disconnect(false);
  }
}

/**
 * An async iterator fed by pushes (what a GraphQL subscription resolver returns). It ends when
 * the client unsubscribes (return()), which runs `onClose` to release the channel.
 */
export function pushIterator<T>(onClose: () => Promise<void> | void): {
  push: (value: T) => void;
  iterator: AsyncIterableIterator<T>;
} {
  const queue: T[] = [];
  const waiting: ((r: IteratorResult<T>) => void)[] = [];
  let done = false;
  const close = async (): Promise<IteratorResult<T>> => {
    if (!done) {
      done = true;
      for (const resolve of waiting.splice(0)) resolve({ value: undefined, done: true });
      await onClose();
    }
    return { value: undefined, done: true };
  };
  const iterator: AsyncIterableIterator<T> = {
    next: () => {
      if (queue.length) return Promise.resolve({ value: queue.shift()!, done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => waiting.push(resolve));
    },
    return: close,
    throw: async (error: unknown) => {
      await close();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return {
    iterator,
    push: (value) => {
      if (done) return;
      const resolve = waiting.shift();
      if (resolve) resolve({ value, done: false });
      else if (queue.length < 1_000) queue.push(value); // a stalled client drops, never grows
    },
  };
}
