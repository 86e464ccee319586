import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { IdempotencyCleaner } from '../../src/ats/idempotency-cleaner';
import type { AppConfig } from '../../src/config/config.schema';
import { HiringClient } from '../hiring/hiring-client';
import { ApiHarness } from '../support/api-harness';
import { AtsClient } from './ats-client';

const HOUR = 3_600_000;

/**
 * Idempotency-Key records live 24 hours (openapi: IdempotencyKey), then go: every API process
 * sweeps, and two sweeping at once split the work without errors or double counting.
 */
describe('idempotency key cleanup', () => {
  let api: ApiHarness;
  let pools: Pool[];
  let tenantId: string;
  let apiKeyId: string;
  let ats: AtsClient;

  beforeAll(async () => {
    api = await ApiHarness.start();
    pools = [
      new Pool({ connectionString: api.db.url }),
      new Pool({ connectionString: api.db.url }),
    ];
    const staff = await new HiringClient(api).signUpCompany('Keys Inc');
    tenantId = staff.tenantId;
    const { createApiKey } = await api.ok<{ createApiKey: { secret: string } }>(
      `mutation($i: ApiKeyInput!) { createApiKey(input: $i) { secret } }`,
      { i: { name: 'ATS', scopes: ['webhooks:manage'] } },
      staff,
    );
    ats = new AtsClient(api, createApiKey.secret);
    const { rows } = await api.owner.query<{ id: string }>(
      'select id from api_keys where tenant_id = $1',
      [tenantId],
    );
    apiKeyId = rows[0].id;
  }, 60_000);

  afterAll(async () => {
    await Promise.all(pools?.map((p) => p.end()) ?? []);
    await api?.stop();
  });

  /** Records as old as `ageMs`, straight into the table (as a day of traffic would leave). */
  async function records(count: number, ageMs: number): Promise<void> {
    await api.owner.query(
      `insert into idempotency_keys (tenant_id, api_key_id, key, request, body_hash, state, status,
         response, created_at, completed_at)
       select $1, $2, $3 || g, 'POST /invitations', 'h', 'complete', 201, '{}',
              now() - make_interval(secs => $4::float / 1000), now()
         from generate_series(1, $5) g`,
      [tenantId, apiKeyId, `k-${randomUUID()}-`, ageMs, count],
    );
  }

  const count = async (where: string) =>
    Number(
      (
        await api.owner.query<{ n: string }>(
          `select count(*) n from idempotency_keys where ${where}`,
        )
      ).rows[0].n,
    );

  const cleaner = (pool: Pool, sweepMs = 600_000) =>
    new IdempotencyCleaner({ IDEMPOTENCY_SWEEP_MS: sweepMs } as AppConfig, pool);

  it('deletes records past 24 hours, keeps younger ones and live keys, once across two instances', async () => {
    const key = randomUUID();
    const created = await ats.call('createWebhookEndpoint', '/webhook-endpoints', {
      body: { url: 'https://hooks.example.com/a', events: ['invitation.created'] },
      idempotencyKey: key,
    });
    expect(created.status).toBe(201);
    await records(2500, 25 * HOUR);
    await records(40, 23 * HOUR);

    const [first, second] = await Promise.all([
      cleaner(pools[0]).sweep(),
      cleaner(pools[1]).sweep(),
    ]);

    expect(first + second).toBe(2500);
    expect(await count(`created_at < now() - interval '24 hours'`)).toBe(0);
    expect(await count(`created_at >= now() - interval '24 hours'`)).toBe(41);
    // The live key still answers its first response.
    const repeat = await ats.call('createWebhookEndpoint', '/webhook-endpoints', {
      body: { url: 'https://hooks.example.com/a', events: ['invitation.created'] },
      idempotencyKey: key,
    });
    expect(repeat.headers.get('idempotent-replayed')).toBe('true');
    expect((repeat.body as { id: string }).id).toBe((created.body as { id: string }).id);
  });

  it('finds expired records through an index on created_at, not by reading the whole table', async () => {
    // The sweep's own predicate; sequential scans off so the plan shows whether an index can
    // serve it at all (the planner would rightly read a tiny table whole either way).
    const client = await pools[0].connect();
    try {
      await client.query('begin');
      await client.query('set local enable_seqscan = off');
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(
        `explain select tenant_id, api_key_id, key from idempotency_keys
          where created_at < now() - interval '24 hours' limit 500`,
      );
      const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
      expect(plan).toMatch(/Index (Only )?Scan (using|on) idempotency_keys_created_idx/);
      expect(plan).toMatch(/Index Cond: \(created_at </);
    } finally {
      await client.query('rollback');
      client.release();
    }
  });

  it('sweeps on its own, periodically', async () => {
    await records(3, 30 * HOUR);
    const periodic = cleaner(pools[0], 100);
    periodic.onModuleInit();
    try {
      const deadline = Date.now() + 10_000;
      while ((await count(`created_at < now() - interval '24 hours'`)) > 0) {
        if (Date.now() > deadline) throw new Error('the expired records were never swept');
        await new Promise((r) => setTimeout(r, 100));
      }
    } finally {
      await periodic.onModuleDestroy();
    }
  });
});
