import { Client } from 'pg';
import { ApiHarness } from '../support/api-harness';
import { newMembership, newTenant, newUser } from '../support/builders';

/**
 * Row-level security on users and refresh_tokens (migration 20261201040000_users_rls), read
 * with raw SQL as the API's own database role: a user's row and tokens are its own.
 */
describe('users and refresh_tokens under row-level security', () => {
  let api: ApiHarness;
  let asApi: Client;

  beforeAll(async () => {
    api = await ApiHarness.start();
    const url = new URL(api.db.url);
    url.username = 'fixpoint_api';
    url.password = 'fixpoint_api';
    asApi = new Client({ connectionString: url.toString() });
    await asApi.connect();
  });

  afterAll(async () => {
    await asApi.end();
    await api.stop();
  });

  async function userWithToken() {
    const id = await newUser(api.owner);
    await api.owner.query(
      `insert into refresh_tokens (user_id, family_id, token_hash, expires_at)
       values ($1, gen_random_uuid(), md5(random()::text), now() + interval '1 day')`,
      [id],
    );
    return id;
  }

  /** What the API role sees inside one transaction with these settings. */
  async function seen(settings: { userId?: string; tenantId?: string }) {
    await asApi.query('begin');
    try {
      await asApi.query(
        `select set_config('app.user_id', $1, true), set_config('app.tenant_id', $2, true)`,
        [settings.userId ?? '', settings.tenantId ?? ''],
      );
      const users = await asApi.query<{ id: string }>('select id from users order by id');
      const tokens = await asApi.query<{ user_id: string }>(
        'select distinct user_id from refresh_tokens',
      );
      return { users: users.rows.map((r) => r.id), tokenOwners: tokens.rows.map((r) => r.user_id) };
    } finally {
      await asApi.query('rollback');
    }
  }

  it("shows a user only its own row and refresh tokens, and nobody's without app.user_id", async () => {
    const a = await userWithToken();
    const b = await userWithToken();
    expect(await seen({ userId: a })).toEqual({ users: [a], tokenOwners: [a] });
    expect(await seen({ userId: b })).toEqual({ users: [b], tokenOwners: [b] });
    expect(await seen({})).toEqual({ users: [], tokenOwners: [] });
    const unscoped = await asApi.query('select count(*)::int as n from users');
    expect(unscoped.rows[0].n).toBe(0);
  });

  it("shows staff acting in a tenant that tenant's members, never another tenant's or their tokens", async () => {
    const tenant = await newTenant(api.owner);
    const other = await newTenant(api.owner);
    const staff = await userWithToken();
    const colleague = await userWithToken();
    const outsider = await userWithToken();
    await newMembership(api.owner, tenant, staff, 'admin');
    await newMembership(api.owner, tenant, colleague, 'viewer');
    await newMembership(api.owner, other, outsider, 'owner');
    const view = await seen({ userId: staff, tenantId: tenant });
    expect(view.users.sort()).toEqual([staff, colleague].sort());
    expect(view.tokenOwners).toEqual([staff]);
  });

  it("refuses to change another user's row or to plant a token on it", async () => {
    const a = await userWithToken();
    const b = await userWithToken();
    await asApi.query('begin');
    try {
      await asApi.query(`select set_config('app.user_id', $1, true)`, [a]);
      const updated = await asApi.query(`update users set display_name = 'x' where id = $1`, [b]);
      expect(updated.rowCount).toBe(0);
      await expect(
        asApi.query(
          `insert into refresh_tokens (user_id, family_id, token_hash, expires_at)
           values ($1, gen_random_uuid(), 'planted', now() + interval '1 day')`,
          [b],
        ),
      ).rejects.toThrow(/row-level security/);
    } finally {
      await asApi.query('rollback');
    }
  });
});
