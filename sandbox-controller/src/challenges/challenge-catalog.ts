import * as fs from 'node:fs';
import * as path from 'node:path';
import { SandboxError } from '../errors';
import type { FileTree } from '../files/file-tree';
import { readTree } from '../files/tree-io';
import { SLUG } from './challenge.schema';
import {
  describeError,
  parseChallengeFiles,
  type Challenge,
  type ChallengeFileError,
  type ChallengeFiles,
  type ChallengeParseOptions,
} from './challenge-files';

export type { Challenge } from './challenge-files';
export type Suite = 'visible' | 'hidden' | 'all';

/**
 * Reads one challenge folder (challenges/README.md layout) into the flat map
 * `parseChallengeFiles` takes and parses it there, so a folder on disk and an uploaded one obey
 * the same rules. Links are refused (readTree). Throws invalid-challenge on a bad folder, naming
 * each file (under `dir`) and field. A folder on disk must have its tests.json unless
 * `requireTestIds: false` (only `validate --write-tests`, which writes it).
 */
export function loadChallengeDir(
  dir: string,
  options: ChallengeParseOptions = { requireTestIds: true },
): Challenge {
  const files: ChallengeFiles = {};
  const errors: ChallengeFileError[] = [];
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let tree: FileTree;
  try {
    tree = readTree(dir);
  } catch (err) {
    if (err instanceof SandboxError) throw err;
    throw new SandboxError('invalid-challenge', `Cannot read ${dir}: ${(err as Error).message}`);
  }
  for (const [p, bytes] of tree) {
    try {
      files[p] = utf8.decode(bytes);
    } catch {
      errors.push({ file: p, message: 'is not valid UTF-8 text' });
    }
  }
  const parsed = parseChallengeFiles(files, undefined, options);
  if (!parsed.ok) errors.push(...parsed.errors);
  if (errors.length > 0 || !parsed.ok) {
    throw new SandboxError(
      'invalid-challenge',
      errors.map((e) => describeError(e, `${dir}${path.sep}`)).join('; '),
      { errors },
    );
  }
  return { ...parsed.challenge, dir };
}

/** The catalog folder: challenges by slug. Reads from disk on each call (authors edit live). */
export class ChallengeCatalog {
  constructor(readonly dir: string) {}

  slugs(): string[] {
    if (!fs.existsSync(this.dir)) return [];
    return fs
      .readdirSync(this.dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && SLUG.test(e.name))
      .filter((e) => fs.existsSync(path.join(this.dir, e.name, 'challenge.yaml')))
      .map((e) => e.name)
      .sort();
  }

  get(slug: string, options?: ChallengeParseOptions): Challenge {
    // The slug is checked before it touches the filesystem, so it cannot name a path.
    const known =
      typeof slug === 'string' &&
      SLUG.test(slug) &&
      fs.lstatSync(path.join(this.dir, slug), { throwIfNoEntry: false })?.isDirectory() === true &&
      fs.existsSync(path.join(this.dir, slug, 'challenge.yaml'));
    if (!known) {
      throw new SandboxError(
        'unknown-challenge',
        `There is no challenge ${JSON.stringify(slug)}.`,
        {
          challenge: slug,
        },
      );
    }
    const challenge = loadChallengeDir(path.join(this.dir, slug), options);
    if (challenge.slug !== slug) {
      throw new SandboxError(
        'invalid-challenge',
        `${slug}/challenge.yaml says slug ${challenge.slug}.`,
      );
    }
    return challenge;
  }
}
