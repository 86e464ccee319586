import { readFileSync } from 'node:fs';
import { SCHEMA_FILE, schemaSdl } from '../../src/graphql-schema/schema-sdl';

/**
 * contracts/graphql/schema.graphql is the schema every front end's types come from: it must be
 * exactly what the code-first API builds, so a change to a resolver or a type is a change to
 * the committed file too (reviewed with it, and the clients regenerated from it).
 */
describe('the committed GraphQL schema', () => {
  it('is the schema the API builds (run `npm run schema:emit` after changing the API)', async () => {
    const built = await schemaSdl();
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    if (committed !== built) {
      throw new Error(
        `${SCHEMA_FILE} is out of date with the API's resolvers and types: run \`npm run schema:emit\` and commit the file.`,
      );
    }
    // A few things every client relies on, so an empty or truncated file cannot pass.
    expect(built).toMatch(/type Query \{/);
    expect(built).toMatch(/type Mutation \{/);
    expect(built).toMatch(/runTests\(attemptId: ID!, files: \[FileInput!\]\): Run!/);
  });
});
