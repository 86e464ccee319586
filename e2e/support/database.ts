import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

// The local stack's PostgreSQL (tools/stack/up.sh); a database of our own is made and dropped.
const ADMIN_URL =
  process.env.E2E_ADMIN_DATABASE_URL ??
  'postgresql://fixpoint:fixpoint@127.0.0.1:55432/fixpoint_test';

async function admin(sql: string): Promise<void> {
  const client = new Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface E2eDatabase {
  /** The schema owner (migrations, catalog import). */
  ownerUrl: string;
  /** The API's own role, which row-level security applies to. */
  apiUrl: string;
  drop(): Promise<void>;
}

export async function createDatabase(): Promise<E2eDatabase> {
  const name = `fixpoint_e2e_${randomBytes(5).toString('hex')}`;
  await admin(`create database ${name}`);
  const owner = new URL(ADMIN_URL);
  owner.pathname = `/${name}`;
  const api = new URL(owner);
  api.username = 'fixpoint_api';
  api.password = 'fixpoint_api';
  return {
    ownerUrl: owner.toString(),
    apiUrl: api.toString(),
    drop: () => admin(`drop database if exists ${name} with (force)`),
  };
}
