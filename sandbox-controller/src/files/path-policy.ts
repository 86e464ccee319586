import { SandboxError } from '../errors';

const MAX_PATH_LENGTH = 1024;
const MAX_SEGMENT_LENGTH = 255;
// Control characters (NUL included) never belong in a source path.

const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * Checks that `p` is a plain relative path that stays inside the work tree, and returns it.
 *
 * Deliberately strict rather than normalising: a path is rejected (not rewritten) when it is
 * absolute, has a `.` or `..` segment, an empty segment (`a//b`, trailing `/`), a backslash
 * (`..\\x` is a separator on other systems and a trick here), a control character or NUL, or
 * a Windows drive prefix. What passes joins onto the tree root as-is, so no normalisation step
 * can turn an accepted path into an escaping one.
 */
export function validateRelativePath(p: string): string {
  const reject = (reason: string): never => {
    throw new SandboxError('invalid-path', `File path ${JSON.stringify(p)} ${reason}.`, {
      path: p,
    });
  };
  if (typeof p !== 'string' || p.length === 0) reject('is empty');
  if (p.length > MAX_PATH_LENGTH) reject(`is longer than ${MAX_PATH_LENGTH} characters`);
  if (CONTROL.test(p)) reject('contains a control character or NUL');
  if (p.includes('\\')) reject('contains a backslash; use / as the separator');
  if (p.startsWith('/')) reject('is absolute; send paths relative to the project root');
  if (/^[A-Za-z]:/.test(p)) reject('starts with a drive letter');
  for (const segment of p.split('/')) {
    if (segment === '') reject('has an empty segment (// or a trailing /)');
    if (segment === '.' || segment === '..') reject(`has a "${segment}" segment`);
    if (segment.length > MAX_SEGMENT_LENGTH)
      reject(`has a segment longer than ${MAX_SEGMENT_LENGTH}`);
  }
  return p;
}
