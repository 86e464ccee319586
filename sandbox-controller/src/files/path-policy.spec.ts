import * as path from 'node:path';
import fc from 'fast-check';
import { SandboxError } from '../errors';
import { validateRelativePath } from './path-policy';

const ROOT = '/sandbox/work';

const rejects = (p: string) => {
  expect(() => validateRelativePath(p)).toThrow(SandboxError);
};

describe('validateRelativePath', () => {
  it('accepts plain relative paths', () => {
    for (const p of [
      'src/index.js',
      'a',
      'src/deep/er/file.test.ts',
      '.eslintrc',
      'src/..hidden',
      'a b/c…d.py',
    ]) {
      expect(validateRelativePath(p)).toBe(p);
    }
  });

  it.each([
    ['parent segments', '../etc/passwd'],
    ['parent segment in the middle', 'src/../../x'],
    ['a trailing parent segment', 'src/..'],
    ['a dot segment', './src/a.js'],
    ['absolute paths', '/etc/passwd'],
    ['NUL', 'src/a.js\u0000.png'],
    ['control characters', 'src/a\nb'],
    ['backslash separators', '..\\..\\etc\\passwd'],
    ['a backslash inside a name', 'src\\a.js'],
    ['drive letters', 'C:/Windows'],
    ['empty segments', 'src//a.js'],
    ['trailing slash', 'src/'],
    ['the empty path', ''],
    ['overlong segments', `${'a'.repeat(256)}.js`],
  ])('rejects %s', (_what, p) => rejects(p));

  it('never accepts a path that resolves outside the tree or changes on normalisation', () => {
    const segment = fc.oneof(
      fc.constantFrom(
        '..',
        '.',
        '',
        'a',
        'src',
        '...',
        '\\',
        '..\\..',
        'C:',
        '\u0000',
        '%2e%2e',
        '~',
      ),
      fc.string({ maxLength: 6 }),
    );
    const candidate = fc.oneof(
      fc.array(segment, { minLength: 1, maxLength: 6 }).map((s) => s.join('/')),
      fc.string({ maxLength: 40 }),
      fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => `/${s.join('/')}`),
    );
    fc.assert(
      fc.property(candidate, (p) => {
        let accepted: string;
        try {
          accepted = validateRelativePath(p);
        } catch {
          return true;
        }
        const resolved = path.resolve(ROOT, accepted);
        return (
          resolved.startsWith(`${ROOT}/`) &&
          path.relative(ROOT, resolved) === accepted &&
          !accepted.includes('\\') &&
          !accepted.includes('\u0000')
        );
      }),
      { numRuns: 5000 },
    );
  });
});
