import { readFileSync } from 'node:fs';
import {
  buildClientSchema,
  getIntrospectionQuery,
  type IntrospectionQuery,
  lexicographicSortSchema,
  printSchema,
} from 'graphql';
import { SCHEMA_FILE } from '../../src/graphql-schema/schema-sdl';
import { ApiHarness } from '../support/api-harness';

/** The emitted file is built from the resolvers alone; this proves it is what clients get. */
describe('the running API', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await ApiHarness.start();
  }, 120_000);
  afterAll(() => api?.stop());

  it('serves exactly the committed schema (contracts/graphql/schema.graphql)', async () => {
    const res = await fetch(`${api.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: getIntrospectionQuery() }),
    });
    const { data } = (await res.json()) as { data: IntrospectionQuery };
    const served = `${printSchema(lexicographicSortSchema(buildClientSchema(data)))}\n`;
    expect(served).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
  });
});
