import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { MIGRATIONS_DIR, migrate, readMigrations } from '../../src/database/migrator';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

async function query<T extends object>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('migrations', () => {
  let db: TestDatabase;
  let scratch: string;

  beforeEach(async () => {
    db = await createTestDatabase();
    scratch = await mkdtemp(join(tmpdir(), 'fixpoint-migrations-'));
  });

  afterEach(async () => {
    await db.drop();
    await rm(scratch, { recursive: true, force: true });
  });

  it('applies every migration to an empty database and records each once', async () => {
    const onDisk = await readMigrations();
    expect(onDisk.length).toBeGreaterThan(0);

    const report = await migrate(db.url);

    expect(report.applied).toEqual(onDisk.map((m) => m.name));
    const recorded = await query<{ migration_name: string; checksum: string }>(
      db.url,
      'select migration_name, checksum from _prisma_migrations order by migration_name',
    );
    expect(recorded).toEqual(onDisk.map((m) => ({ migration_name: m.name, checksum: m.checksum })));
    const tables = await query<{ table_name: string }>(
      db.url,
      "select table_name from information_schema.tables where table_schema = 'public'",
    );
    expect(tables.map((t) => t.table_name)).toContain('tenants');
  });

  it('applies nothing the second time, even when two starts race', async () => {
    await Promise.all([migrate(db.url), migrate(db.url)]);
    const again = await migrate(db.url);
    expect(again.applied).toEqual([]);
    const [{ count }] = await query<{ count: string }>(
      db.url,
      'select count(*) from _prisma_migrations',
    );
    expect(Number(count)).toBe((await readMigrations()).length);
  });

  it('refuses a migration that was changed after it was applied', async () => {
    await cp(MIGRATIONS_DIR, scratch, { recursive: true });
    await migrate(db.url, scratch);
    const [first] = await readMigrations(scratch);
    await writeFile(join(scratch, first.name, 'migration.sql'), `${first.sql}\n-- edited\n`);

    await expect(migrate(db.url, scratch)).rejects.toThrow(
      `Migration ${first.name} was changed after it was applied`,
    );
  });

  it('leaves nothing behind when a migration fails half-way', async () => {
    const dir = join(scratch, '20990101000000_broken');
    await mkdir(dir);
    await writeFile(
      join(dir, 'migration.sql'),
      'create table half_done (id int);\ninsert into no_such_table values (1);\n',
    );

    await expect(migrate(db.url, scratch)).rejects.toThrow(
      /Migration 20990101000000_broken failed: relation "no_such_table" does not exist/,
    );
    const leftovers = await query(
      db.url,
      "select 1 from information_schema.tables where table_name = 'half_done'",
    );
    expect(leftovers).toEqual([]);
    const recorded = await query(db.url, 'select 1 from _prisma_migrations');
    expect(recorded).toEqual([]);
  });
});
