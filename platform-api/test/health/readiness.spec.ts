import type { INestApplication } from '@nestjs/common';
import { startApi } from '../../src/bootstrap';
import { loadConfig } from '../../src/config/load-config';
import { TEMPORAL_ADDRESS } from '../support/env';
import { PrivateRedis } from '../support/redis-server';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

interface ReadyzBody {
  status: 'ok' | 'fail';
  checks: Record<string, { status: 'ok' | 'fail'; latencyMs: number; error?: string }>;
}

describe('readiness', () => {
  let db: TestDatabase;
  let redis: PrivateRedis;
  let app: INestApplication;
  let base: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    redis = await PrivateRedis.start();
    app = await startApi(
      loadConfig({
        NODE_ENV: 'development',
        API_PORT: '0',
        LOG_LEVEL: 'silent',
        DATABASE_URL: db.url,
        REDIS_URL: redis.url,
        TEMPORAL_ADDRESS,
        READINESS_TIMEOUT_MS: '1000',
      }),
    );
    const { port } = app.getHttpServer().address() as { port: number };
    base = `http://127.0.0.1:${port}`;
  });

  afterAll(async () => {
    await app?.close();
    await redis?.stop();
    await db?.drop();
  });

  it('reports Postgres, Redis and Temporal ok by name while all three answer', async () => {
    const res = await fetch(`${base}/readyz`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as ReadyzBody;
    expect(body.status).toBe('ok');
    expect(Object.keys(body.checks).sort()).toEqual(['postgres', 'redis', 'temporal']);
    for (const check of Object.values(body.checks)) expect(check).toMatchObject({ status: 'ok' });
  });

  it('answers the GraphQL health query', async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health { ok dependencies { name ok } } }' }),
    });
    const { data } = (await res.json()) as {
      data: { health: { ok: boolean; dependencies: { name: string }[] } };
    };
    expect(data.health.ok).toBe(true);
    expect(data.health.dependencies.map((d: { name: string }) => d.name)).toEqual([
      'postgres',
      'redis',
      'temporal',
    ]);
  });

  it('serves Prometheus metrics, including request durations', async () => {
    const res = await fetch(`${base}/metrics`);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toContain('process_cpu_seconds_total');
    expect(text).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="\/readyz",status="200"\} \d+/,
    );
  });

  it('fails with 503 naming Redis when Redis stops, while liveness stays up', async () => {
    await redis.stop();

    const res = await fetch(`${base}/readyz`);
    expect(res.status).toBe(503);
    const body = (await res.json()) as ReadyzBody;
    expect(body.status).toBe('fail');
    expect(body.checks.redis.status).toBe('fail');
    expect(body.checks.redis.error).toEqual(expect.any(String));
    expect(body.checks.postgres.status).toBe('ok');
    expect(body.checks.temporal.status).toBe('ok');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });
});
