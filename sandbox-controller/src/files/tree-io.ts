import * as fs from 'node:fs';
import * as path from 'node:path';
import { SandboxError } from '../errors';
import type { FileTree } from './file-tree';
import { validateRelativePath } from './path-policy';

const { O_RDONLY, O_WRONLY, O_CREAT, O_EXCL, O_NOFOLLOW } = fs.constants;

export interface ReadTreeLimits {
  maxFiles: number;
  maxBytes: number;
}

/**
 * Reads a directory into a tree. Only regular files and directories are taken: a symbolic link
 * (or anything else) is refused, never followed, so a tree on disk cannot pull in a host file.
 * Files are opened with O_NOFOLLOW so a link swapped in after the listing is refused too.
 */
export function readTree(
  root: string,
  limits: ReadTreeLimits = { maxFiles: 5000, maxBytes: 64 << 20 },
): FileTree {
  const tree: FileTree = new Map();
  let total = 0;
  const walk = (dir: string, rel: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      const abs = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(abs, relPath);
      else if (entry.isFile()) {
        validateRelativePath(relPath);
        const content = readFileNoFollow(abs, limits.maxBytes - total);
        total += content.length;
        tree.set(relPath, content);
        if (tree.size > limits.maxFiles)
          throw new Error(`${root} has more than ${limits.maxFiles} files`);
      } else {
        throw new SandboxError(
          'invalid-challenge',
          `${abs} is not a regular file or directory (links are refused).`,
        );
      }
    }
  };
  walk(root, '');
  return tree;
}

/** Reads a regular file without following a link at its last component, at most `max` bytes. */
export function readFileNoFollow(file: string, max: number): Buffer {
  const fd = fs.openSync(file, O_RDONLY | O_NOFOLLOW);
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) throw new Error(`${file} is not a regular file`);
    if (st.size > max) throw new Error(`${file} is larger than ${max} bytes`);
    return fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Writes a tree under `root` (which the caller just created empty). Directories are created one
 * segment at a time and checked with lstat; files are created with O_CREAT|O_EXCL|O_NOFOLLOW,
 * so nothing is ever written through a link or over an existing file.
 */
export function writeTree(root: string, tree: FileTree, fileMode = 0o644, dirMode = 0o755): void {
  const made = new Set<string>();
  for (const [rel, content] of tree) {
    validateRelativePath(rel);
    const parts = rel.split('/');
    let dir = root;
    for (const part of parts.slice(0, -1)) {
      dir = path.join(dir, part);
      if (made.has(dir)) continue;
      try {
        fs.mkdirSync(dir, { mode: dirMode });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      if (!fs.lstatSync(dir).isDirectory()) throw new Error(`${dir} is not a directory`);
      fs.chmodSync(dir, dirMode);
      made.add(dir);
    }
    const fd = fs.openSync(
      path.join(root, rel),
      O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW,
      fileMode,
    );
    try {
      fs.writeSync(fd, content);
      fs.fchmodSync(fd, fileMode);
    } finally {
      fs.closeSync(fd);
    }
  }
}

/** Removes a tree. fs.rm works on lstat: a link is unlinked, never followed into its target. */
export function removeTree(root: string): void {
  fs.rmSync(root, { recursive: true, force: true, maxRetries: 2 });
}
