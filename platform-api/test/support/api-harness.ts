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

  async signUp(email = `user-${Math.random().toString(36).slice(2)}@example.com`) {
    const data = await this.ok<{
      signUp: { accessToken: string; refreshToken: string; user: { id: string } };
    }>(
      `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken refreshToken user { id } } }`,
      { input: { email, password: 'a long enough password', displayName: 'Test User' } },
    );
    return { ...data.signUp, userId: data.signUp.user.id, email };
  }

  async stop(): Promise<void> {
    await this.owner.end();
    await this.app.close();
    await this.sandbox?.stop();
    await this.db.drop();
  }
}

export const codeOf = (result: GqlResult) => result.errors?.[0]?.extensions?.code;
