import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import { startApi } from '../../src/bootstrap';
import { loadConfig } from '../../src/config/load-config';
import { REDIS_URL, TEMPORAL_ADDRESS } from './env';
import { SANDBOX_TOKEN, SandboxProcess } from './sandbox-process';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface GqlResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown } }[];
}

/**
 * The running platform for a test file: a database of its own (migrated, catalog imported),
 * the API listening on a free port, and the real sandbox-controller when runs are needed.
 */
export class ApiHarness {
  private constructor(
    readonly db: TestDatabase,
    readonly app: INestApplication,
    readonly base: string,
    /** A connection as the schema owner, for tests that set up rows the API must protect. */
    readonly owner: Client,
    private readonly sandbox?: SandboxProcess,
  ) {}

  static async start(
    options: { sandbox?: boolean; env?: Record<string, string> } = {},
  ): Promise<ApiHarness> {
    const db = await createTestDatabase();
    const sandbox = options.sandbox ? await SandboxProcess.start() : undefined;
    const apiUrl = new URL(db.url);
    apiUrl.username = 'fixpoint_api';
    apiUrl.password = 'fixpoint_api';
    const app = await startApi(
      loadConfig({
        NODE_ENV: 'development',
        API_PORT: '0',
        LOG_LEVEL: 'silent',
        DATABASE_URL: apiUrl.toString(),
        DATABASE_OWNER_URL: db.url,
        REDIS_URL,
        TEMPORAL_ADDRESS,
        SANDBOX_URL: sandbox?.url ?? 'http://127.0.0.1:9',
        SANDBOX_TOKEN,
        AUTH_RATE_LIMIT_PER_IP: '100000',
        ...options.env,
      }),
    );
    const { port } = app.getHttpServer().address() as { port: number };
    const owner = new Client({ connectionString: db.url });
    await owner.connect();
    return new ApiHarness(db, app, `http://127.0.0.1:${port}`, owner, sandbox);
  }

  async gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    auth: { token?: string; tenantId?: string } = {},
  ): Promise<GqlResult<T>> {
    const res = await fetch(`${this.base}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(auth.token ? { authorization: `Bearer ${auth.token}` } : {}),
        ...(auth.tenantId ? { 'x-tenant-id': auth.tenantId } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GqlResult<T>;
  }

  /** The data of a query that must succeed; fails the test with the errors otherwise. */
  async ok<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    auth: { token?: string; tenantId?: string } = {},
  ): Promise<T> {
    const result = await this.gql<T>(query, variables, auth);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    }
    return result.data;
  }

  /**
   * A verified learner account, signed in: sign-up (which only says "check your e-mail"), the
   * verification done directly in the database (test/auth/account.e2e.spec.ts opens the real
   * link from the development inbox), then log-in.
   */
  async signUp(email = `user-${Math.random().toString(36).slice(2)}@example.com`) {
    const password = 'a long enough password';
    await this.ok(`mutation($input: SignUpInput!) { signUp(input: $input) { email } }`, {
      input: { email, password, displayName: 'Test User' },
    });
    await this.verifyByDatabase(email);
    return { ...(await this.logIn(email, password)), email };
  }

  /** Marks the account of this address verified, as opening its link would. */
  async verifyByDatabase(email: string) {
    const { rowCount } = await this.owner.query(
      `update users set email_verified_at = now() where email = $1 and kind = 'account'`,
      [email],
    );
    if (rowCount !== 1) throw new Error(`no account for ${email} to verify`);
  }

  async logIn(email: string, password = 'a long enough password') {
    const data = await this.ok<{
      logIn: { accessToken: string; refreshToken: string; user: { id: string } };
    }>(
      `mutation($input: LogInInput!) { logIn(input: $input) { accessToken refreshToken user { id } } }`,
      { input: { email, password } },
    );
    return { ...data.logIn, userId: data.logIn.user.id };
  }

  /** The account mail the local mailer kept for this address (development inbox), newest first. */
  async devInbox(email: string, wanted = 1) {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const { devInbox } = await this.ok<{
        devInbox: { subject: string; text: string; links: string[] }[];
      }>('query($e: String!) { devInbox(email: $e) { subject text links } }', { e: email });
      if (devInbox.length >= wanted || Date.now() > deadline) return devInbox;
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async stop(): Promise<void> {
    await this.owner.end();
    await this.app.close();
    await this.sandbox?.stop();
    await this.db.drop();
  }
}

export const codeOf = (result: GqlResult) => result.errors?.[0]?.extensions?.code;
