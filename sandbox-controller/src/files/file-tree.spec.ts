import { SandboxError } from '../errors';
import { fileTreeFromRequest } from './file-tree';

const limits = { maxFiles: 3, maxFileBytes: 10, maxTotalBytes: 15 };
const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (err) {
    return err instanceof SandboxError ? err.code : 'other';
  }
  return undefined;
};

describe('fileTreeFromRequest', () => {
  it('turns request files into a tree of UTF-8 buffers', () => {
    const tree = fileTreeFromRequest({ 'src/a.js': 'é', 'b.txt': '' }, limits);
    expect(tree.get('src/a.js')).toEqual(Buffer.from('é', 'utf8'));
    expect(tree.get('b.txt')?.length).toBe(0);
  });

  it('refuses too many files, a file too large and too many bytes in all', () => {
    expect(codeOf(() => fileTreeFromRequest({ a: '', b: '', c: '', d: '' }, limits))).toBe(
      'too-many-files',
    );
    expect(codeOf(() => fileTreeFromRequest({ a: 'x'.repeat(11) }, limits))).toBe('file-too-large');
    expect(
      codeOf(() => fileTreeFromRequest({ a: 'x'.repeat(10), b: 'x'.repeat(10) }, limits)),
    ).toBe('files-too-large');
  });

  it('refuses content that has no UTF-8 encoding (a lone surrogate)', () => {
    expect(codeOf(() => fileTreeFromRequest({ a: 'ok\ud800' }, limits))).toBe('not-utf8');
  });

  it('refuses bad paths and non-string content', () => {
    expect(codeOf(() => fileTreeFromRequest({ '../x': '' }, limits))).toBe('invalid-path');
    expect(codeOf(() => fileTreeFromRequest({ a: 1 as unknown as string }, limits))).toBe(
      'invalid-request',
    );
  });

  it('refuses a path that is both a file and a directory', () => {
    expect(codeOf(() => fileTreeFromRequest({ src: '', 'src/a.js': '' }, limits))).toBe(
      'invalid-path',
    );
  });
});
