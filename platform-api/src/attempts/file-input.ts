import { matchesAny, validateRelativePath } from '@fixpoint/sandbox-controller';
import type { Files } from '../catalog/challenge-content';
import { AttemptErrors } from './attempts.errors';

export const MAX_FILE_BYTES = 256 * 1024;
export const MAX_TOTAL_BYTES = 1024 * 1024;
export const MAX_FILES = 50;

/**
 * Checks files sent by a solver before anything is written: each path is safe and editable,
 * and sizes stay bounded. Returns the snapshot with the files applied.
 */
export function applyFiles(
  snapshot: Files,
  files: { path: string; content: string }[],
  editable: string[],
): Files {
  if (files.length > MAX_FILES)
    throw AttemptErrors.tooLarge(`${files.length} files sent; at most ${MAX_FILES}`);
  const next: Files = { ...snapshot };
  for (const { path, content } of files) {
    try {
      validateRelativePath(path);
    } catch (error) {
      throw AttemptErrors.badPath(path, (error as Error).message);
    }
    if (!matchesAny(path, editable)) throw AttemptErrors.notEditable(path);
    if (Buffer.byteLength(content) > MAX_FILE_BYTES) {
      throw AttemptErrors.tooLarge(`${path} is over ${MAX_FILE_BYTES / 1024} KB`);
    }
    next[path] = content;
  }
  const total = Object.values(next).reduce((sum, c) => sum + Buffer.byteLength(c), 0);
  if (total > MAX_TOTAL_BYTES)
    throw AttemptErrors.tooLarge(`Your files total over ${MAX_TOTAL_BYTES / 1024} KB`);
  return next;
}

/** The solver's editable copy of a starter tree: what an attempt starts from. */
export const editableFiles = (starter: Files, editable: string[]): Files =>
  Object.fromEntries(Object.entries(starter).filter(([p]) => matchesAny(p, editable)));
