import { execFile } from 'node:child_process';
import { cpSync, globSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import {
  buildSchema,
  type GraphQLSchema,
  parse,
  print,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { COMMITTED, ROOT } from '../codegen/config';
import { runCodegen } from './support/codegen-run';

const run = promisify(execFile);

/**
 * Issue 16's proof that the front ends are typed from the schema: rename a field both read
 * (ChallengeSummary.title: the learner's catalog cards, the portal's embed challenge picker) in
 * a copy of the schema, regenerate, and both front ends' type checks fail naming the field. The
 * front ends are copied (their documents and generated folders) into a folder under the root's
 * node_modules, so their imports resolve as in the repository and the work tree is untouched.
 */
const TYPE = 'ChallengeSummary';
const FROM = 'title';
const TO = 'heading';

interface FrontEnd {
  name: string;
  /** Where its generated folder is, relative to the project. */
  generated: string;
  tsconfig: (dir: string) => object;
  check: (dir: string) => Promise<string>;
}

const bin = (name: string) => path.join(ROOT, 'node_modules/.bin', name);

/** Resolves with the checker's output when it passes; rejects with it when it fails. */
async function typeCheck(command: string, args: string[], cwd: string): Promise<string> {
  try {
    const { stdout, stderr } = await run(command, args, { cwd, maxBuffer: 16 * 1024 * 1024 });
    return stdout + stderr;
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(stdout + stderr);
  }
}

const FRONT_ENDS: FrontEnd[] = [
  {
    name: 'learner-app',
    generated: 'src/api/generated/',
    tsconfig: () => ({ extends: path.join(ROOT, 'learner-app/tsconfig.json'), include: ['src'] }),
    check: (dir) => typeCheck(bin('tsc'), ['-p', 'tsconfig.json', '--noEmit'], dir),
  },
  {
    // ngc, not tsc: the portal reads most fields in its templates (strictTemplates).
    name: 'tenant-portal',
    generated: 'src/app/core/generated/',
    tsconfig: (dir) => ({
      extends: path.join(ROOT, 'tenant-portal/tsconfig.app.json'),
      compilerOptions: { outDir: path.join(dir, 'out') },
      include: ['src/**/*.ts'],
      // As tsconfig.app.json: the Vitest set-up and helpers are not the app.
      exclude: ['src/**/*.spec.ts', 'src/test-setup.ts', 'src/testing/**'],
    }),
    check: (dir) => typeCheck(bin('ngc'), ['-p', 'tsconfig.json', '--noEmit'], dir),
  },
];

/** The same documents with every selection of TYPE.FROM renamed (what a developer would do). */
function followRename(source: string, schema: GraphQLSchema): string {
  // Documents are graphql(`...`) calls (learner app) or /* GraphQL */ `...` templates (portal).
  return source.replace(
    /(graphql\(|\/\* GraphQL \*\/ )`([\s\S]*?)`/g,
    (whole, opener: string, body: string) => {
      const info = new TypeInfo(schema);
      let renamed = false;
      const document = visit(
        parse(body),
        visitWithTypeInfo(info, {
          Field(node) {
            if (info.getParentType()?.name !== TYPE || node.name.value !== FROM) return undefined;
            renamed = true;
            return { ...node, name: { ...node.name, value: TO } };
          },
        }),
      );
      return renamed ? `${opener}\`\n${print(document)}\n\`` : whole;
    },
  );
}

describe('renaming a GraphQL field both front ends use', () => {
  const work = path.join(ROOT, 'node_modules/.cache', `fixpoint-rename-${process.pid}`);
  const committedSdl = readFileSync(COMMITTED.schema, 'utf8');

  /** Copies both front ends, optionally renames, regenerates; the type checks' outcomes. */
  async function checkBothAgainst(label: string, sdl: string, rename: boolean) {
    const root = path.join(work, label);
    mkdirSync(root, { recursive: true });
    const schemaFile = path.join(root, 'schema.graphql');
    writeFileSync(schemaFile, sdl);
    const dirs = FRONT_ENDS.map((frontEnd) => {
      const dir = path.join(root, frontEnd.name);
      cpSync(path.join(ROOT, frontEnd.name, 'src'), path.join(dir, 'src'), { recursive: true });
      rmSync(path.join(dir, frontEnd.generated), { recursive: true, force: true });
      writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(frontEnd.tsconfig(dir)));
      if (rename) {
        const oldSchema = buildSchema(committedSdl);
        for (const file of globSync('src/**/*.graphql.ts', { cwd: dir })) {
          const full = path.join(dir, file);
          writeFileSync(full, followRename(readFileSync(full, 'utf8'), oldSchema));
        }
      }
      return dir;
    });
    await runCodegen({
      schema: schemaFile,
      learnerDocuments: path.join(dirs[0], 'src/**/*.graphql.ts'),
      learnerOut: path.join(dirs[0], FRONT_ENDS[0].generated),
      portalDocuments: path.join(dirs[1], 'src/**/*.graphql.ts'),
      portalOut: path.join(dirs[1], FRONT_ENDS[1].generated),
    });
    return Promise.allSettled(FRONT_ENDS.map((frontEnd, i) => frontEnd.check(dirs[i])));
  }

  /** The committed schema with TYPE.FROM renamed to TO. */
  function renamedSdl(): string {
    const block = new RegExp(`(type ${TYPE} \\{[^}]*?\\n  )${FROM}(: )`);
    const sdl = committedSdl.replace(block, `$1${TO}$2`);
    expect(sdl).not.toBe(committedSdl);
    return sdl;
  }

  beforeAll(() => mkdirSync(work, { recursive: true }));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('the generator refuses documents that still select the old field, naming it', async () => {
    const schema = path.join(work, 'renamed.graphql');
    writeFileSync(schema, renamedSdl());
    const out = path.join(work, 'refused');
    await expect(
      runCodegen({
        schema,
        learnerOut: path.join(out, 'learner') + path.sep,
        portalOut: path.join(out, 'portal') + path.sep,
      }),
    ).rejects.toThrow(`Cannot query field "${FROM}" on type "${TYPE}"`);
  }, 60_000);

  it('once the documents follow the rename, both type checks fail naming the field', async () => {
    const [learner, portal] = await checkBothAgainst('renamed', renamedSdl(), true);
    for (const outcome of [learner, portal]) {
      expect(outcome.status).toBe('rejected');
      if (outcome.status === 'rejected')
        // Read where it is gone ("does not exist"), required by a local type ("is missing"), or
        // the new name missing where the code still builds the old shape.
        expect(String(outcome.reason)).toMatch(
          new RegExp(`Property '(${FROM}|${TO})' (does not exist|is missing)`),
        );
    }
  }, 90_000);

  it('with the committed schema both type checks pass', async () => {
    const outcomes = await checkBothAgainst('committed', committedSdl, false);
    for (const outcome of outcomes)
      expect(outcome.status === 'fulfilled' ? 'passed' : String(outcome.reason)).toBe('passed');
  }, 90_000);
});
