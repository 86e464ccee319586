import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { COMMITTED } from '../codegen/config';
import { readFolder, runCodegen } from './support/codegen-run';

/**
 * The learner app's and the portal's typed documents are generated from the committed schema
 * and committed themselves (the front ends build without running the generator). A schema or
 * document change without regenerating would leave the clients typed against the old schema.
 */
describe('the generated GraphQL documents of the front ends', () => {
  let temp: string;
  beforeAll(() => {
    temp = mkdtempSync(path.join(tmpdir(), 'fixpoint-codegen-'));
  });
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('are what the generator makes from the committed schema (run `npm run codegen`)', async () => {
    const learnerOut = path.join(temp, 'learner') + path.sep;
    const portalOut = path.join(temp, 'portal') + path.sep;
    await runCodegen({ learnerOut, portalOut });

    const stale: string[] = [];
    for (const [fresh, committed] of [
      [learnerOut, COMMITTED.learnerOut],
      [portalOut, COMMITTED.portalOut],
    ]) {
      const want = readFolder(fresh);
      const have = readFolder(committed);
      for (const name of new Set([...want.keys(), ...have.keys()]))
        if (want.get(name) !== have.get(name)) stale.push(path.join(committed, name));
    }
    if (stale.length) {
      throw new Error(
        `Out of date with contracts/graphql/schema.graphql or the *.graphql.ts documents: ${stale.join(', ')}. Run \`npm run codegen\` and commit the files.`,
      );
    }
    // Both front ends get typed documents: an empty run cannot pass.
    expect(readFolder(learnerOut).get('graphql.ts')).toMatch(/export type RunTestsMutation = /);
    expect(readFolder(portalOut).get('graphql.ts')).toMatch(/export type EmbedKeysQuery = /);
  }, 60_000);
});
