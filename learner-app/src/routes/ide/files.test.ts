import { describe, expect, it } from 'vitest';
import { languageForPath } from './file-language';
import { buildFileTree } from './file-tree';
import { formatClock, spokenDuration } from './useElapsed';

describe('files', () => {
  it('opens each file in its language mode', () => {
    expect(languageForPath('src/version.js')).toBe('javascript');
    expect(languageForPath('src/app.ts')).toBe('typescript');
    expect(languageForPath('pagination.py')).toBe('python');
    expect(languageForPath('pkg/cache/cache.go')).toBe('go');
    expect(languageForPath('go.mod')).toBe('go');
    expect(languageForPath('src/main/java/shop/Stock.java')).toBe('java');
    expect(languageForPath('src/lib.rs')).toBe('rust');
    expect(languageForPath('Cargo.toml')).toBe('ini');
    expect(languageForPath('src/lru.hpp')).toBe('cpp');
    expect(languageForPath('README')).toBe('plaintext');
  });

  it('nests paths into folders, folders first', () => {
    expect(
      buildFileTree(['src/version.js', 'package.json', 'test/a.test.js', 'src/lib/x.js']),
    ).toEqual([
      {
        kind: 'folder',
        name: 'src',
        path: 'src',
        children: [
          {
            kind: 'folder',
            name: 'lib',
            path: 'src/lib',
            children: [{ kind: 'file', name: 'x.js', path: 'src/lib/x.js' }],
          },
          { kind: 'file', name: 'version.js', path: 'src/version.js' },
        ],
      },
      {
        kind: 'folder',
        name: 'test',
        path: 'test',
        children: [{ kind: 'file', name: 'a.test.js', path: 'test/a.test.js' }],
      },
      { kind: 'file', name: 'package.json', path: 'package.json' },
    ]);
  });

  it('shows elapsed time as a clock and says it in words', () => {
    expect(formatClock(65)).toBe('1:05');
    expect(formatClock(3725)).toBe('1:02:05');
    expect(spokenDuration(3725)).toBe('1 hour 2 minutes');
  });
});
