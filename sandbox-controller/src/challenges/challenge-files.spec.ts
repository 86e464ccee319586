import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SandboxError } from '../errors';
import { ChallengeCatalog, loadChallengeDir } from './challenge-catalog';
import {
  CHALLENGE_FILE_LIMITS,
  loadChallengeFiles,
  parseChallengeFiles,
  type ChallengeFiles,
  type ChallengeParseOptions,
} from './challenge-files';

const REPO = path.join(__dirname, '..', '..', '..');
const FIXTURES = path.join(__dirname, '..', '..', 'test', 'fixtures', 'challenges');

/** A folder as the flat map an upload sends, read independently of the loader. */
function folderFiles(dir: string, rel = ''): ChallengeFiles {
  const out: ChallengeFiles = {};
  for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const p = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) Object.assign(out, folderFiles(dir, p));
    else out[p] = fs.readFileSync(path.join(dir, p), 'utf8');
  }
  return out;
}

const range = () => folderFiles(path.join(FIXTURES, 'fx-node-range'));
const errorsOf = (files: ChallengeFiles, options?: ChallengeParseOptions) => {
  const r = parseChallengeFiles(files, undefined, options);
  if (r.ok) throw new Error('expected the folder to be refused');
  return r.errors;
};
const editYaml = (files: ChallengeFiles, from: RegExp, to: string): ChallengeFiles => ({
  ...files,
  'challenge.yaml': files['challenge.yaml'].replace(from, to),
});

describe('parseChallengeFiles reads a folder from memory as loadChallengeDir reads it from disk', () => {
  const catalogs = [path.join(REPO, 'challenges'), FIXTURES];
  const slugs = catalogs.flatMap((dir) =>
    new ChallengeCatalog(dir).slugs().map((slug) => path.join(dir, slug)),
  );

  it.each(slugs)('gives the same challenge for %s', (dir) => {
    const fromDisk = loadChallengeDir(dir);
    const fromMemory = loadChallengeFiles(folderFiles(dir));
    expect({ ...fromMemory, dir }).toEqual(fromDisk);
    expect(fromMemory.hiddenTests.size).toBeGreaterThan(0);
  });

  it('ignores files outside the format, like a README at the top', () => {
    const r = parseChallengeFiles({ ...range(), 'README.md': '# notes' });
    expect(r.ok).toBe(true);
  });
});

describe('parseChallengeFiles names the file and field of every problem', () => {
  it('malformed YAML', () => {
    const errors = errorsOf(editYaml(range(), /^limits: .*$/m, 'limits: { cpuSeconds: 5'));
    expect(errors).toEqual([
      { file: 'challenge.yaml', message: expect.stringMatching(/^is not valid YAML: /) },
    ]);
  });

  it('a missing field and a wrong one, each by its path', () => {
    const files = editYaml(
      editYaml(range(), /^runtime: node\n/m, ''),
      /cpuSeconds: 5/,
      'cpuSeconds: -1',
    );
    expect(errorsOf(files)).toEqual([
      { file: 'challenge.yaml', field: 'runtime', message: expect.any(String) },
      { file: 'challenge.yaml', field: 'limits.cpuSeconds', message: expect.any(String) },
    ]);
  });

  it('a missing challenge.yaml', () => {
    const { 'challenge.yaml': _, ...rest } = range();
    expect(errorsOf(rest)).toEqual([
      { file: 'challenge.yaml', message: expect.stringMatching(/^is missing/) },
    ]);
  });

  it.each(['../x', 'starter/../../x', '/etc/passwd', 'starter\\src\\a.js', 'starter//a.js'])(
    'a path that could escape or is not plain: %s',
    (p) => {
      expect(errorsOf({ ...range(), [p]: 'x' })).toEqual([
        { file: p, message: expect.stringMatching(/^File path .* (has|is|contains)/) },
      ]);
    },
  );

  it('a file over 256 KiB, and files over 2 MiB in all', () => {
    const big = 'x'.repeat(CHALLENGE_FILE_LIMITS.maxFileBytes + 1);
    expect(errorsOf({ ...range(), 'starter/big.txt': big })).toEqual([
      { file: 'starter/big.txt', message: `is ${big.length} bytes; a file may be at most 262144` },
    ]);
    const many: ChallengeFiles = { ...range() };
    for (let i = 0; i < 9; i++) many[`starter/data/${i}.txt`] = 'y'.repeat(250 * 1024);
    expect(errorsOf(many)).toEqual([
      { file: 'starter/data/8.txt', message: expect.stringMatching(/more than 2097152 bytes/) },
    ]);
  });

  it('content that is not a string or not UTF-8', () => {
    const files = { ...range(), 'starter/a.js': 'ok \ud800', 'starter/b.js': 42 };
    expect(errorsOf(files as unknown as ChallengeFiles)).toEqual([
      { file: 'starter/a.js', message: expect.stringMatching(/not valid UTF-8/) },
      { file: 'starter/b.js', message: expect.stringMatching(/must be a string/) },
    ]);
  });

  it('tests outside tests/visible and tests/hidden, shared test paths, shadowed starter files', () => {
    const files = range();
    files['tests/range.test.js'] = 'x';
    files['tests/visible/test/range.hidden.test.js'] = 'x';
    files['starter/test/range.test.js'] = 'x';
    expect(errorsOf(files).map((e) => e.file)).toEqual([
      'tests/range.test.js',
      'tests/hidden/test/range.hidden.test.js',
      'tests/visible/test/range.test.js',
    ]);
  });

  it('loadChallengeFiles throws 422 invalid-challenge-files naming the first file and field', () => {
    const files = editYaml(range(), /memoryMb: 256/, 'memoryMb: lots');
    const err = (() => {
      try {
        loadChallengeFiles(files);
      } catch (e) {
        return e as SandboxError;
      }
      throw new Error('expected a throw');
    })();
    expect(err).toBeInstanceOf(SandboxError);
    expect({ code: err.code, status: err.status }).toEqual({
      code: 'invalid-challenge-files',
      status: 422,
    });
    expect(err.extensions).toMatchObject({ file: 'challenge.yaml', field: 'limits.memoryMb' });
    expect(err.message).toMatch(/challenge\.yaml: limits\.memoryMb: /);
  });
});

describe('the integrity parts of a folder: tests.json, wrong fixes, editable', () => {
  const reverse = () => folderFiles(path.join(FIXTURES, 'fx-go-reverse'));

  it('reads tests.json into testIds, and leaves it out of an upload that has none', () => {
    const r = parseChallengeFiles(range());
    expect(r.ok && r.challenge.testIds).toEqual(JSON.parse(range()['tests.json']));
    const { 'tests.json': _omitted, ...upload } = range();
    const parsed = parseChallengeFiles(upload);
    expect(parsed.ok && parsed.challenge.testIds).toBeUndefined();
    expect(errorsOf(upload, { requireTestIds: true })).toEqual([
      { file: 'tests.json', message: expect.stringContaining('is missing; write it with') },
    ]);
  });

  it('refuses a tests.json that is not JSON, unsorted, or lists a test twice', () => {
    expect(errorsOf({ ...range(), 'tests.json': '{' })).toEqual([
      { file: 'tests.json', message: expect.stringContaining('is not valid JSON') },
    ]);
    expect(errorsOf({ ...range(), 'tests.json': '{"visible":["b","a"],"hidden":["b"]}' })).toEqual([
      { file: 'tests.json', field: 'visible', message: expect.stringContaining('sorted') },
      {
        file: 'tests.json',
        field: 'hidden',
        message: expect.stringContaining('visible and hidden'),
      },
    ]);
  });

  it('refuses editable globs that cover a test file, naming the exclusion to add', () => {
    const broad = editYaml(reverse(), /^editable: .*$/m, 'editable: ["**/*.go"]');
    expect(errorsOf(broad)).toEqual([
      {
        file: 'challenge.yaml',
        field: 'editable',
        message: expect.stringMatching(/covers test files \(.*_test\.go.*add "!\*\*\/\*_test\.go"/),
      },
    ]);
    const onlyExclusions = editYaml(reverse(), /^editable: .*$/m, 'editable: ["!**/*_test.go"]');
    expect(errorsOf(onlyExclusions)).toEqual([
      { file: 'challenge.yaml', field: 'editable', message: expect.stringContaining('includes') },
    ]);
    expect(parseChallengeFiles(reverse()).ok).toBe(true);
  });

  it('reads wrong-fixes/<name>/ overlays declared in challenge.yaml, and refuses strays', () => {
    const declared = editYaml(
      range(),
      /$/,
      '\nwrongFixes:\n  - name: clamp-high\n    why: Clamps only the upper end.\n',
    );
    const withFix = { ...declared, 'wrong-fixes/clamp-high/src/range.js': 'export {};\n' };
    const r = parseChallengeFiles(withFix);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.challenge.wrongFixes).toEqual([
      {
        name: 'clamp-high',
        why: 'Clamps only the upper end.',
        files: new Map([['src/range.js', Buffer.from('export {};\n')]]),
      },
    ]);
    expect(errorsOf(declared)).toEqual([
      {
        file: 'challenge.yaml',
        field: 'wrongFixes.0.name',
        message: expect.stringContaining('has no folder'),
      },
    ]);
    expect(
      errorsOf({ ...range(), 'wrong-fixes/stray/src/range.js': '', 'wrong-fixes/x.js': '' }),
    ).toEqual([
      { file: 'wrong-fixes/x.js', message: expect.stringContaining('is a folder') },
      { file: 'wrong-fixes/stray/', message: expect.stringContaining('not declared') },
    ]);
  });

  it('marks a challenge whose tests read FIXPOINT_SEED as seeded', () => {
    const r = parseChallengeFiles(range());
    expect(r.ok && r.challenge.seeded).toBe(false);
    const seeded = { ...range(), 'tests/hidden/test/random.test.js': 'process.env.FIXPOINT_SEED' };
    const s = parseChallengeFiles(seeded);
    expect(s.ok && s.challenge.seeded).toBe(true);
  });
});

describe('loadChallengeDir reports the same problems, under its folder', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'challenge-files-'));
    fs.cpSync(path.join(FIXTURES, 'fx-node-range'), dir, { recursive: true });
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a bad field: invalid-challenge naming the file and the field', () => {
    const yaml = path.join(dir, 'challenge.yaml');
    fs.writeFileSync(yaml, fs.readFileSync(yaml, 'utf8').replace(/^editable: .*\n/m, ''));
    expect(() => loadChallengeDir(dir)).toThrow(`${dir}/challenge.yaml: editable: `);
  });

  it('a file that is not UTF-8 or too large', () => {
    fs.writeFileSync(path.join(dir, 'starter', 'src', 'bin.js'), Buffer.from([0xff, 0xfe]));
    fs.writeFileSync(path.join(dir, 'starter', 'big.txt'), 'x'.repeat(300_000));
    expect(() => loadChallengeDir(dir)).toThrow(
      new RegExp(
        `starter/src/bin\\.js: is not valid UTF-8 text.*starter/big\\.txt: is 300000 bytes`,
      ),
    );
  });
});
