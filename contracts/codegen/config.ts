// One code generator config for the GraphQL front ends: each gets typed documents generated
// from the committed schema (contracts/graphql/schema.graphql). Documents are declared with
// graphql(`...`) in *.graphql.ts files; the generated folders are committed and a test fails
// when they are stale (run `npm run codegen`). The rename test builds the same config against
// a changed schema and temp output folders, so the paths are parameters.
import type { CodegenConfig } from '@graphql-codegen/cli';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');

export interface CodegenPaths {
  schema: string;
  learnerDocuments: string;
  learnerOut: string;
  portalDocuments: string;
  portalOut: string;
}

export const COMMITTED: CodegenPaths = {
  schema: path.join(ROOT, 'contracts/graphql/schema.graphql'),
  learnerDocuments: path.join(ROOT, 'learner-app/src/**/*.graphql.ts'),
  learnerOut: path.join(ROOT, 'learner-app/src/api/generated/'),
  portalDocuments: path.join(ROOT, 'tenant-portal/src/**/*.graphql.ts'),
  portalOut: path.join(ROOT, 'tenant-portal/src/app/core/generated/'),
};

/**
 * The committed paths, each replaceable by FIXPOINT_CODEGEN_<NAME> (e.g. FIXPOINT_CODEGEN_SCHEMA):
 * the tests run the generator's CLI in a child process (it is ESM inside) into temp folders.
 */
export function pathsFromEnv(env: NodeJS.ProcessEnv = process.env): CodegenPaths {
  const pick = (key: keyof CodegenPaths, name: string) =>
    env[`FIXPOINT_CODEGEN_${name}`] || COMMITTED[key];
  return {
    schema: pick('schema', 'SCHEMA'),
    learnerDocuments: pick('learnerDocuments', 'LEARNER_DOCUMENTS'),
    learnerOut: pick('learnerOut', 'LEARNER_OUT'),
    portalDocuments: pick('portalDocuments', 'PORTAL_DOCUMENTS'),
    portalOut: pick('portalOut', 'PORTAL_OUT'),
  };
}

// Strings on the wire as today (both clients POST { query, variables }), plain unions for
// enums (no runtime objects in the bundles), no fragment masking (screens read fields directly).
const shared = {
  preset: 'client' as const,
  presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
  config: {
    documentMode: 'string',
    enumsAsTypes: true,
    useTypeImports: true,
    skipTypename: true,
    avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
    scalars: { DateTime: 'string', JSON: 'unknown' },
  },
};

export function codegenConfig(paths: CodegenPaths = COMMITTED): CodegenConfig {
  return {
    schema: paths.schema,
    ignoreNoDocuments: false,
    errorsOnly: true,
    generates: {
      [paths.learnerOut]: {
        ...shared,
        documents: [paths.learnerDocuments],
      },
      [paths.portalOut]: {
        ...shared,
        documents: [paths.portalDocuments],
      },
    },
  };
}
