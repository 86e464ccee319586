import type { Challenge, Suite } from '../challenges/challenge-catalog';
import { SandboxError } from '../errors';
import { assertNoFileDirectoryClash, overlay, type FileTree } from '../files/file-tree';
import { matchesAny } from '../files/glob';

export interface WorkTree {
  files: FileTree;
  /** The suite's test files (paths in the work tree), sorted. */
  testFiles: string[];
}

/** Refuses any overlay path the challenge does not mark editable. */
export function assertEditable(challenge: Challenge, files: FileTree): void {
  for (const p of files.keys()) {
    if (!matchesAny(p, challenge.manifest.editable)) {
      throw new SandboxError(
        'path-not-editable',
        `${JSON.stringify(p)} is not editable in ${challenge.slug}; editable paths match ${challenge.manifest.editable.join(', ')}.`,
        { path: p, editable: challenge.manifest.editable },
      );
    }
  }
}

/**
 * The tree a run sees (challenges/README.md "How a run assembles the work tree"): the starter,
 * the overlay (solver files or the reference solution), then the suite's tests at their own
 * relative paths. Tests go last so no overlay can replace a test file.
 */
export function assembleWorkTree(challenge: Challenge, top: FileTree, suite: Suite): WorkTree {
  const tests: FileTree = new Map();
  if (suite === 'visible' || suite === 'all')
    for (const [p, c] of challenge.visibleTests) tests.set(p, c);
  if (suite === 'hidden' || suite === 'all')
    for (const [p, c] of challenge.hiddenTests) tests.set(p, c);
  const files = overlay(overlay(challenge.starter, top), tests);
  assertNoFileDirectoryClash(files);
  return { files, testFiles: [...tests.keys()].sort() };
}
