import { writeFileSync } from 'node:fs';
import { SCHEMA_FILE, schemaSdl } from './schema-sdl';

/**
 * `npm run schema:emit`: writes the API's GraphQL schema to contracts/graphql/schema.graphql,
 * the file the front ends' types come from (test/contracts/schema-file.spec.ts fails until the
 * committed file matches the code).
 */
schemaSdl().then(
  (sdl) => {
    writeFileSync(SCHEMA_FILE, sdl);
    process.stdout.write(`schema:emit: wrote ${SCHEMA_FILE}\n`);
  },
  (error: unknown) => {
    process.stderr.write(`schema:emit: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  },
);
