import type { RequestLimits } from '../config/config';
import { SandboxError } from '../errors';
import { validateRelativePath } from './path-policy';

/** A project tree: relative path -> file content. Paths are validated (path-policy.ts). */
export type FileTree = Map<string, Buffer>;

/**
 * Validates the `files` of a request and turns them into a tree: each path must pass the path
 * policy, each content must be a string of well-formed Unicode (so it encodes to valid UTF-8),
 * and the count and sizes must stay within the request limits.
 */
export function fileTreeFromRequest(
  files: Record<string, unknown>,
  limits: RequestLimits,
): FileTree {
  const entries = Object.entries(files);
  if (entries.length > limits.maxFiles) {
    throw new SandboxError(
      'too-many-files',
      `The request has ${entries.length} files; at most ${limits.maxFiles} are accepted.`,
      { count: entries.length, max: limits.maxFiles },
    );
  }
  const tree: FileTree = new Map();
  let total = 0;
  for (const [p, content] of entries) {
    validateRelativePath(p);
    if (typeof content !== 'string') {
      throw new SandboxError(
        'invalid-request',
        `The content of ${JSON.stringify(p)} must be a string.`,
        { path: p },
      );
    }
    const bytes = Buffer.from(content, 'utf8');
    // A lone surrogate in a JSON string has no UTF-8 encoding: Buffer.from replaces it with U+FFFD.
    if (bytes.toString('utf8') !== content) {
      throw new SandboxError(
        'not-utf8',
        `The content of ${JSON.stringify(p)} is not valid UTF-8 text.`,
        { path: p },
      );
    }
    if (bytes.length > limits.maxFileBytes) {
      throw new SandboxError(
        'file-too-large',
        `${JSON.stringify(p)} is ${bytes.length} bytes; a file may be at most ${limits.maxFileBytes}.`,
        { path: p, size: bytes.length, max: limits.maxFileBytes },
      );
    }
    total += bytes.length;
    if (total > limits.maxTotalBytes) {
      throw new SandboxError(
        'files-too-large',
        `The files add up to more than ${limits.maxTotalBytes} bytes.`,
        { max: limits.maxTotalBytes },
      );
    }
    tree.set(p, bytes);
  }
  assertNoFileDirectoryClash(tree);
  return tree;
}

/** `a` and `a/b` cannot both be files: one would have to be a directory. */
export function assertNoFileDirectoryClash(tree: FileTree): void {
  for (const p of tree.keys()) {
    const parts = p.split('/');
    for (let i = 1; i < parts.length; i++) {
      const prefix = parts.slice(0, i).join('/');
      if (tree.has(prefix)) {
        throw new SandboxError(
          'invalid-path',
          `${JSON.stringify(prefix)} is both a file and a directory.`,
          {
            path: prefix,
          },
        );
      }
    }
  }
}

/** Overlays `top` onto `base` (top wins), returning a new tree. */
export function overlay(base: FileTree, top: FileTree): FileTree {
  const out: FileTree = new Map(base);
  for (const [p, c] of top) out.set(p, c);
  return out;
}
