import { globToRegExp, matchesAny } from './glob';

describe('editable globs', () => {
  it.each([
    ['src/**', 'src/a.js', true],
    ['src/**', 'src/deep/b/c.ts', true],
    ['src/**', 'test/a.js', false],
    ['src/**', 'srcx/a.js', false],
    ['**/*.go', 'main.go', true],
    ['**/*.go', 'pkg/cache/cache.go', true],
    ['**/*.go', 'go.mod', false],
    ['*.py', 'stats.py', true],
    ['*.py', 'pkg/stats.py', false],
    ['src/{a,b}.js', 'src/b.js', true],
    ['src/?.js', 'src/ab.js', false],
    ['src/[ab].js', 'src/a.js', true],
    ['src/main/**', 'src/main/java/fx/Numbers.java', true],
    ['a.b', 'aXb', false],
  ])('%s matches %s: %s', (glob, p, expected) => {
    expect(globToRegExp(glob).test(p)).toBe(expected);
  });

  it('matches when any glob matches', () => {
    expect(matchesAny('lib/x.js', ['src/**', 'lib/*.js'])).toBe(true);
    expect(matchesAny('package.json', ['src/**', 'lib/*.js'])).toBe(false);
  });

  it('leaves out what a ! glob matches, before or after the glob that includes it', () => {
    for (const globs of [
      ['**/*.go', '!**/*_test.go'],
      ['!**/*_test.go', '**/*.go'],
    ]) {
      expect(matchesAny('pkg/cache/cache.go', globs)).toBe(true);
      expect(matchesAny('main.go', globs)).toBe(true);
      expect(matchesAny('pkg/cache/cache_test.go', globs)).toBe(false);
      expect(matchesAny('main_test.go', globs)).toBe(false);
    }
    expect(matchesAny('src/a.js', ['!src/b.js'])).toBe(false);
  });
});
