import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT, type CodegenPaths } from '../../codegen/config';

const run = promisify(execFile);
const ENV_NAMES: Record<keyof CodegenPaths, string> = {
  schema: 'SCHEMA',
  learnerDocuments: 'LEARNER_DOCUMENTS',
  learnerOut: 'LEARNER_OUT',
  portalDocuments: 'PORTAL_DOCUMENTS',
  portalOut: 'PORTAL_OUT',
};

/** Runs `npm run codegen`'s generator with some paths replaced; rejects with its output. */
export async function runCodegen(paths: Partial<CodegenPaths>): Promise<void> {
  // Under NODE_ENV=test (jest's) the CLI prints nothing, not even why it failed.
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development' };
  for (const [key, value] of Object.entries(paths))
    env[`FIXPOINT_CODEGEN_${ENV_NAMES[key as keyof CodegenPaths]}`] = value;
  try {
    await run(
      path.join(ROOT, 'node_modules/.bin/graphql-codegen'),
      ['--config', path.join(ROOT, 'contracts/codegen.ts')],
      { cwd: ROOT, env, maxBuffer: 16 * 1024 * 1024 },
    );
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`graphql-codegen failed:\n${stdout}\n${stderr}`);
  }
}

/** Every file of a generated folder, by name. */
export function readFolder(folder: string): Map<string, string> {
  return new Map(
    readdirSync(folder).map((name) => [name, readFileSync(path.join(folder, name), 'utf8')]),
  );
}
