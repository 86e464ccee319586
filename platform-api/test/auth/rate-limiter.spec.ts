import { randomUUID } from 'node:crypto';
import Redis, { type RedisOptions } from 'ioredis';
import { countRequest } from '../../src/ats/rate-limit';
import { RateLimiter } from '../../src/auth/rate-limiter';
import type { AppError } from '../../src/common/app-error';
import { REDIS_URL } from '../support/env';
import { freePort } from '../support/free-port';

// The API's client options (src/redis/redis.module.ts): a command fails at once while Redis is away.
const apiOptions: RedisOptions = {
  lazyConnect: true,
  enableOfflineQueue: false,
  maxRetriesPerRequest: 1,
  retryStrategy: () => null,
};

const refusal = async (work: Promise<unknown>): Promise<AppError> => {
  try {
    await work;
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected a refusal');
};

describe('Redis rate limits, shared by every API replica', () => {
  let replicaA: Redis;
  let replicaB: Redis;
  let away: Redis;
  const key = (name: string) => `${name}:test-${randomUUID()}`;

  beforeAll(async () => {
    replicaA = new Redis(REDIS_URL, apiOptions);
    replicaB = new Redis(REDIS_URL, apiOptions);
    await Promise.all([replicaA.connect(), replicaB.connect()]);
    away = new Redis(await freePort(), '127.0.0.1', apiOptions);
    away.on('error', () => undefined);
    await away.connect().catch(() => undefined);
  });
  afterAll(() => {
    replicaA.disconnect();
    replicaB.disconnect();
    away.disconnect();
  });

  describe('RateLimiter (sign-up, log-in, runs, the widget)', () => {
    it('lets `limit` attempts through per window, counted across replicas, then refuses with how long to wait', async () => {
      const a = new RateLimiter(replicaA, 60);
      const b = new RateLimiter(replicaB, 60);
      const ip = key('auth:ip');
      for (let i = 0; i < 3; i++) await (i % 2 ? b : a).hit(ip, 4);
      await b.hit(ip, 4);
      const refused = await refusal(a.hit(ip, 4));
      expect(refused.extensions.code).toBe('RATE_LIMITED');
      const wait = refused.extensions.retryAfterSeconds as number;
      expect(wait).toBeGreaterThanOrEqual(1);
      expect(wait).toBeLessThanOrEqual(60);
      expect(refused.message).toBe(`Too many attempts. Wait ${wait} s before trying again.`);
      // Still refused on the next attempt, and another key is counted on its own.
      expect((await refusal(b.hit(ip, 4))).extensions.code).toBe('RATE_LIMITED');
      await a.hit(key('auth:ip'), 4);
    });

    it('counts each key against the limit its caller gives', async () => {
      const limiter = new RateLimiter(replicaA, 60);
      const perUser = key('run:user');
      const perKey = key('run:embed');
      await limiter.hit(perUser, 1);
      expect((await refusal(limiter.hit(perUser, 1))).extensions.code).toBe('RATE_LIMITED');
      for (let i = 0; i < 5; i++) await limiter.hit(perKey, 5);
      expect((await refusal(limiter.hit(perKey, 5))).extensions.code).toBe('RATE_LIMITED');
    });

    it('lets attempts through again once the window has passed', async () => {
      const limiter = new RateLimiter(replicaA, 1);
      const account = key('auth:account');
      await limiter.hit(account, 1);
      const refused = await refusal(limiter.hit(account, 1));
      expect(refused.extensions.retryAfterSeconds).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      await limiter.hit(account, 1);
    });

    it('refuses, never skips the limit, while Redis is away', async () => {
      const limiter = new RateLimiter(away, 60);
      const login = await refusal(limiter.hit(key('auth:ip'), 10));
      expect(login.extensions).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        dependency: 'redis',
        retryAfterSeconds: 60,
      });
      expect(login.message).toBe('Log-in is temporarily unavailable; try again in a minute.');
      const widget = await refusal(limiter.hit(key('widget:key'), 10));
      expect(widget.message).toBe('This is temporarily unavailable; try again in a minute.');
    });
  });

  describe('countRequest (the ATS API, RateLimit-* headers)', () => {
    it('says the limit, what remains and when the window resets, then that it is exceeded', async () => {
      const apiKey = key('ats');
      const states = [];
      for (let i = 0; i < 4; i++)
        states.push(await countRequest(i % 2 ? replicaB : replicaA, apiKey, 3));
      expect(states.map((s) => [s.limit, s.remaining, s.exceeded])).toEqual([
        [3, 2, false],
        [3, 1, false],
        [3, 0, false],
        [3, 0, true],
      ]);
      for (const { reset } of states) {
        expect(reset).toBeGreaterThanOrEqual(1);
        expect(reset).toBeLessThanOrEqual(60);
      }
    });

    it('refuses with 503 while Redis is away', async () => {
      const refused = await refusal(countRequest(away, key('ats'), 3));
      expect(refused.extensions).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        dependency: 'redis',
      });
      expect(refused.httpStatus).toBe(503);
    });
  });
});
