import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { SandboxError } from '../errors';
import type { FileTree } from '../files/file-tree';
import { readTree } from '../files/tree-io';
import { challengeManifestSchema, SLUG, type ChallengeManifest } from './challenge.schema';

export type Suite = 'visible' | 'hidden' | 'all';

/** A challenge as the controller uses it: its manifest and its trees, read from disk. */
export interface Challenge {
  slug: string;
  dir: string;
  manifest: ChallengeManifest;
  starter: FileTree;
  solution: FileTree;
  visibleTests: FileTree;
  hiddenTests: FileTree;
}

/** Reads one challenge folder (challenges/README.md layout). Throws invalid-challenge on a bad one. */
export function loadChallengeDir(dir: string): Challenge {
  const yamlPath = path.join(dir, 'challenge.yaml');
  let raw: unknown;
  try {
    raw = parseYaml(fs.readFileSync(yamlPath, 'utf8'));
  } catch (err) {
    throw new SandboxError(
      'invalid-challenge',
      `Cannot read ${yamlPath}: ${(err as Error).message}`,
    );
  }
  const parsed = challengeManifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new SandboxError('invalid-challenge', `${yamlPath} is invalid: ${issues}`);
  }
  const optionalTree = (sub: string): FileTree => {
    const p = path.join(dir, sub);
    return fs.existsSync(p) ? readTree(p) : new Map();
  };
  return {
    slug: parsed.data.slug,
    dir,
    manifest: parsed.data,
    starter: optionalTree('starter'),
    solution: optionalTree('solution'),
    visibleTests: optionalTree('tests/visible'),
    hiddenTests: optionalTree('tests/hidden'),
  };
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

  get(slug: string): Challenge {
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
    const challenge = loadChallengeDir(path.join(this.dir, slug));
    if (challenge.slug !== slug) {
      throw new SandboxError(
        'invalid-challenge',
        `${slug}/challenge.yaml says slug ${challenge.slug}.`,
      );
    }
    return challenge;
  }
}
