import { join } from 'node:path';
import { Client } from 'pg';
import { migrate } from '../../src/database/migrator';
import { expectedDataType, readPrismaSchema } from '../support/prisma-schema';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const schema = readPrismaSchema(join(__dirname, '..', '..', 'prisma', 'schema.prisma'));

describe('schema.prisma', () => {
  let db: TestDatabase;
  let client: Client;
  let columns: {
    table_name: string;
    column_name: string;
    data_type: string;
    is_nullable: string;
  }[];

  beforeAll(async () => {
    db = await createTestDatabase();
    await migrate(db.url);
    client = new Client({ connectionString: db.url });
    await client.connect();
    columns = (
      await client.query(
        `select table_name, column_name, data_type, is_nullable
           from information_schema.columns
          where table_schema = 'public' and table_name <> '_prisma_migrations'`,
      )
    ).rows;
  });

  afterAll(async () => {
    await client.end();
    await db.drop();
  });

  it('has a model for every table the migrations create, and a table for every model', () => {
    const tablesInDb = [...new Set(columns.map((c) => c.table_name))].sort();
    expect(schema.tables.map((t) => t.table).sort()).toEqual(tablesInDb);
  });

  it.each(schema.tables.map((t) => [t.model, t] as const))(
    'maps every column of %s with its type and nullability',
    (_model, table) => {
      const inDb = columns
        .filter((c) => c.table_name === table.table)
        .map((c) => ({
          column: c.column_name,
          type: c.data_type,
          nullable: c.is_nullable === 'YES',
        }))
        .sort((a, b) => a.column.localeCompare(b.column));
      const inSchema = table.columns
        .map((c) => ({ column: c.column, type: expectedDataType(c), nullable: c.optional }))
        .sort((a, b) => a.column.localeCompare(b.column));
      expect(inSchema).toEqual(inDb);
    },
  );

  it('declares every enum with the values the database has', async () => {
    const { rows } = await client.query<{ name: string; values: string[] }>(
      `select t.typname as name, array_agg(e.enumlabel::text order by e.enumsortorder) as values
         from pg_type t join pg_enum e on e.enumtypid = t.oid group by t.typname`,
    );
    const inDb = rows
      .map((r) => ({ name: r.name, values: r.values }))
      .sort((a, b) => a.name.localeCompare(b.name));
    const inSchema = schema.enums
      .map((e) => ({ name: e.dbName, values: e.values }))
      .sort((a, b) => a.name.localeCompare(b.name));
    expect(inSchema).toEqual(inDb);
  });
});
