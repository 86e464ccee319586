// Generates generated/ats-v1.ts (TypeScript types of every path, operation and schema) from
// ats-v1.json with openapi-typescript. The file is committed; `--check` exits 1 when it is
// stale (a test runs that), and the API's handlers are typed with it, so a handler cannot
// drift from the document.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const HEADER =
  '// Generated from ats-v1.json by `npm run generate -w @fixpoint/openapi`. Do not edit.\n';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'generated', 'ats-v1.ts');

const document = JSON.parse(readFileSync(join(root, 'ats-v1.json'), 'utf8'));
const text =
  HEADER + astToString(await openapiTS(document, { alphabetize: true, exportType: true }));

if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== text) {
    console.error(
      'openapi: generated/ats-v1.ts is stale: run npm run generate -w @fixpoint/openapi',
    );
    process.exit(1);
  }
  console.log('openapi: generated/ats-v1.ts is current');
} else {
  writeFileSync(target, text);
  console.log('openapi: wrote generated/ats-v1.ts');
}
