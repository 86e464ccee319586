import { parse as parseYaml } from 'yaml';
import { SandboxError } from '../errors';
import type { FileTree } from '../files/file-tree';
import { validateRelativePath } from '../files/path-policy';
import { challengeManifestSchema, type ChallengeManifest } from './challenge.schema';
import { editableTestFiles, TEST_EXCLUSIONS } from './editable-policy';
import { TEST_IDS_FILE, testIdsSchema, type TestIds } from './test-ids';

/** A whole challenge folder as a flat map: relative path (`starter/src/a.js`) -> UTF-8 text. */
export type ChallengeFiles = Record<string, string>;

/** What is wrong with a challenge folder: the file, the field inside it when there is one. */
export interface ChallengeFileError {
  file: string;
  field?: string;
  message: string;
}

/** A challenge as the controller uses it: its manifest and its trees. */
export interface Challenge {
  slug: string;
  /** The folder it was read from; absent for a challenge parsed from memory. */
  dir?: string;
  manifest: ChallengeManifest;
  starter: FileTree;
  solution: FileTree;
  visibleTests: FileTree;
  hiddenTests: FileTree;
  /** tests.json: the test names the runs must report, per suite. Absent only for uploads. */
  testIds?: TestIds;
  /** Plausible fixes that are wrong (`wrong-fixes/<name>/`): validation must see each fail. */
  wrongFixes: WrongFix[];
  /** Some test reads FIXPOINT_SEED: its inputs are random per run, so validation tries seeds. */
  seeded: boolean;
}

/** A wrong fix: an overlay like solution/, and why it is wrong (challenge.yaml wrongFixes). */
export interface WrongFix {
  name: string;
  why: string;
  files: FileTree;
}

export interface ChallengeParseOptions {
  /** Catalog challenges must have tests.json; an upload may leave it to validation. */
  requireTestIds?: boolean;
}

export interface ChallengeFileLimits {
  maxFiles: number;
  maxFileBytes: number;
  maxTotalBytes: number;
}

/** The size of a challenge folder, on disk or uploaded: 256 KiB a file, 2 MiB in all. */
export const CHALLENGE_FILE_LIMITS: ChallengeFileLimits = {
  maxFiles: 1000,
  maxFileBytes: 256 * 1024,
  maxTotalBytes: 2 * 1024 * 1024,
};

export type ChallengeParse =
  { ok: true; challenge: Challenge } | { ok: false; errors: ChallengeFileError[] };

const MANIFEST = 'challenge.yaml';
const WRONG_FIXES = 'wrong-fixes/';
/** How a test names the variable that carries a run's seed (challenges/README.md). */
const SEED_VARIABLE = 'FIXPOINT_SEED';
const TREES = {
  starter: 'starter/',
  solution: 'solution/',
  visibleTests: 'tests/visible/',
  hiddenTests: 'tests/hidden/',
} as const;

/**
 * Parses a challenge folder (challenges/README.md) from a flat map of its files. The one way a
 * challenge is read: `loadChallengeDir` reads a folder into this map and calls it too.
 *
 * Every problem is collected, each naming its file (and field of challenge.yaml): paths must
 * pass the path policy (relative, no `.`/`..`, no backslash, ...), contents must be strings of
 * well-formed Unicode within the size limits, challenge.yaml must parse and match the schema,
 * tests live under tests/visible/ or tests/hidden/, a visible and a hidden test never share a
 * path and no test shadows a starter file; `editable` covers no test file (editable-policy);
 * tests.json (required with `requireTestIds`) lists the test names; every `wrong-fixes/<name>/`
 * is declared in challenge.yaml and the other way round. Files outside the format (a README.md
 * at the top) are ignored.
 */
export function parseChallengeFiles(
  files: ChallengeFiles,
  limits: ChallengeFileLimits = CHALLENGE_FILE_LIMITS,
  options: ChallengeParseOptions = {},
): ChallengeParse {
  const errors: ChallengeFileError[] = [];
  const text = new Map<string, string>();
  const entries = Object.entries(files ?? {});
  if (entries.length > limits.maxFiles) {
    errors.push({
      file: entries[limits.maxFiles][0],
      message: `the folder has ${entries.length} files; at most ${limits.maxFiles} are accepted`,
    });
  }
  let total = 0;
  for (const [p, content] of entries.slice(0, limits.maxFiles)) {
    const error = checkFile(p, content, limits);
    if (error) {
      errors.push(error);
      continue;
    }
    total += Buffer.byteLength(content, 'utf8');
    if (total > limits.maxTotalBytes) {
      errors.push({
        file: p,
        message: `the files add up to more than ${limits.maxTotalBytes} bytes with this one (at most ${limits.maxTotalBytes} in all)`,
      });
      break;
    }
    text.set(p, content);
  }

  const manifest = parseManifest(text.get(MANIFEST), errors);
  const trees = {
    starter: subtree(text, TREES.starter),
    solution: subtree(text, TREES.solution),
    visibleTests: subtree(text, TREES.visibleTests),
    hiddenTests: subtree(text, TREES.hiddenTests),
  };
  for (const p of text.keys()) {
    if (
      p.startsWith('tests/') &&
      !p.startsWith(TREES.visibleTests) &&
      !p.startsWith(TREES.hiddenTests)
    )
      errors.push({ file: p, message: 'tests go under tests/visible/ or tests/hidden/' });
  }
  for (const p of trees.hiddenTests.keys()) {
    if (trees.visibleTests.has(p))
      errors.push({
        file: `${TREES.hiddenTests}${p}`,
        message: `has the same path as ${TREES.visibleTests}${p}; a visible and a hidden test never share a path`,
      });
  }
  for (const [name, tree] of [
    ['visibleTests', trees.visibleTests],
    ['hiddenTests', trees.hiddenTests],
  ] as const) {
    for (const p of tree.keys()) {
      if (trees.starter.has(p))
        errors.push({
          file: `${TREES[name]}${p}`,
          message: `would replace ${TREES.starter}${p}; a test file never shadows a starter file`,
        });
    }
  }
  if (manifest) {
    const covered = editableTestFiles(
      manifest.editable,
      manifest.runtime,
      [...trees.starter.keys(), ...trees.solution.keys()],
      [...trees.visibleTests.keys(), ...trees.hiddenTests.keys()],
    );
    if (covered.length > 0) {
      const exclusions = TEST_EXCLUSIONS[manifest.runtime];
      errors.push({
        file: MANIFEST,
        field: 'editable',
        message:
          `covers test files (${covered.slice(0, 5).join(', ')}${covered.length > 5 ? ', ...' : ''}); ` +
          `a solver may never add or change a test` +
          (exclusions.length ? `: add ${exclusions.map((g) => JSON.stringify(g)).join(', ')}` : ''),
      });
    }
  }
  const testIds = parseTestIds(text.get(TEST_IDS_FILE), options, errors);
  const wrongFixes = manifest ? parseWrongFixes(text, manifest, errors) : [];
  if (errors.length > 0 || !manifest) return { ok: false, errors };
  const seeded = [...trees.visibleTests.values(), ...trees.hiddenTests.values()].some((b) =>
    b.includes(SEED_VARIABLE),
  );
  return {
    ok: true,
    challenge: {
      slug: manifest.slug,
      manifest,
      ...trees,
      ...(testIds ? { testIds } : {}),
      wrongFixes,
      seeded,
    },
  };
}

function parseTestIds(
  source: string | undefined,
  options: ChallengeParseOptions,
  errors: ChallengeFileError[],
): TestIds | undefined {
  if (source === undefined) {
    if (options.requireTestIds)
      errors.push({
        file: TEST_IDS_FILE,
        message:
          'is missing; write it with `fixpoint-sandbox validate --write-tests <slug>` (the test names the runs report)',
      });
    return undefined;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch (err) {
    errors.push({ file: TEST_IDS_FILE, message: `is not valid JSON: ${(err as Error).message}` });
    return undefined;
  }
  const parsed = testIdsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const field = issue.path.join('.');
    errors.push({ file: TEST_IDS_FILE, ...(field ? { field } : {}), message: issue.message });
  }
  return undefined;
}

/** `wrong-fixes/<name>/...` overlays, each declared in challenge.yaml `wrongFixes` with a reason. */
function parseWrongFixes(
  text: Map<string, string>,
  manifest: ChallengeManifest,
  errors: ChallengeFileError[],
): WrongFix[] {
  const declared = manifest.wrongFixes ?? [];
  const folders = new Set<string>();
  for (const p of text.keys()) {
    if (!p.startsWith(WRONG_FIXES)) continue;
    const rest = p.slice(WRONG_FIXES.length);
    if (!rest.includes('/'))
      errors.push({ file: p, message: 'a wrong fix is a folder: wrong-fixes/<name>/<files>' });
    else folders.add(rest.slice(0, rest.indexOf('/')));
  }
  const names = new Set<string>();
  declared.forEach((w, i) => {
    if (names.has(w.name))
      errors.push({ file: MANIFEST, field: `wrongFixes.${i}.name`, message: 'is declared twice' });
    names.add(w.name);
    if (!folders.has(w.name))
      errors.push({
        file: MANIFEST,
        field: `wrongFixes.${i}.name`,
        message: `has no folder ${WRONG_FIXES}${w.name}/ with its files`,
      });
  });
  for (const f of folders) {
    if (!names.has(f))
      errors.push({
        file: `${WRONG_FIXES}${f}/`,
        message: 'is not declared in challenge.yaml wrongFixes (name and why)',
      });
  }
  return declared
    .filter((w) => folders.has(w.name))
    .map((w) => ({ ...w, files: subtree(text, `${WRONG_FIXES}${w.name}/`) }));
}

/** Like parseChallengeFiles, but throws 422 invalid-challenge-files naming the first file/field. */
export function loadChallengeFiles(
  files: ChallengeFiles,
  limits: ChallengeFileLimits = CHALLENGE_FILE_LIMITS,
  options: ChallengeParseOptions = {},
): Challenge {
  const parsed = parseChallengeFiles(files, limits, options);
  if (parsed.ok) return parsed.challenge;
  const [first] = parsed.errors;
  throw new SandboxError(
    'invalid-challenge-files',
    `The challenge files are invalid: ${parsed.errors.map((e) => describeError(e)).join('; ')}`,
    { file: first.file, ...(first.field ? { field: first.field } : {}), errors: parsed.errors },
  );
}

/** `challenge.yaml: limits.cpuSeconds: Too small: ...`, as the CLI and problems print it. */
export function describeError(e: ChallengeFileError, prefix = ''): string {
  return `${prefix}${e.file}: ${e.field ? `${e.field}: ` : ''}${e.message}`;
}

function checkFile(
  p: string,
  content: unknown,
  limits: ChallengeFileLimits,
): ChallengeFileError | null {
  try {
    validateRelativePath(p);
  } catch (err) {
    return { file: p, message: (err as Error).message };
  }
  if (typeof content !== 'string')
    return { file: p, message: 'the content must be a string of UTF-8 text' };
  const bytes = Buffer.from(content, 'utf8');
  // A lone surrogate has no UTF-8 encoding: Buffer.from replaces it with U+FFFD.
  if (bytes.toString('utf8') !== content)
    return { file: p, message: 'is not valid UTF-8 text (it has a lone surrogate)' };
  const size = bytes.length;
  if (size > limits.maxFileBytes)
    return { file: p, message: `is ${size} bytes; a file may be at most ${limits.maxFileBytes}` };
  return null;
}

function parseManifest(
  source: string | undefined,
  errors: ChallengeFileError[],
): ChallengeManifest | null {
  if (source === undefined) {
    errors.push({
      file: MANIFEST,
      message: 'is missing; every challenge folder has one at its top',
    });
    return null;
  }
  let raw: unknown;
  try {
    raw = parseYaml(source);
  } catch (err) {
    errors.push({ file: MANIFEST, message: `is not valid YAML: ${(err as Error).message}` });
    return null;
  }
  const parsed = challengeManifestSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const field = issue.path.join('.');
    errors.push({ file: MANIFEST, ...(field ? { field } : {}), message: issue.message });
  }
  return null;
}

function subtree(files: Map<string, string>, prefix: string): FileTree {
  const tree: FileTree = new Map();
  for (const [p, content] of files) {
    if (p.startsWith(prefix)) tree.set(p.slice(prefix.length), Buffer.from(content, 'utf8'));
  }
  return tree;
}
