/**
 * The glob dialect of challenge.yaml `editable`: `**` (any number of segments), `*` (within a
 * segment), `?`, `{a,b}` and `[...]` classes. Matched against validated relative paths.
 * In a list (`matchesAny`), a glob starting with `!` excludes, e.g. Go test files beside the
 * code: `"!**` + `/*_test.go"` (written apart here only to keep this comment open).
 * Own implementation (30 lines) rather than a dependency: the dialect is small and fixed.
 */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let i = 0;
  let braceDepth = 0;
  while (i < glob.length) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slashAfter = glob[i + 2] === '/';
        // `**/` matches zero or more whole segments; a trailing `**` matches anything below.
        re += slashAfter ? '(?:[^/]+/)*' : '.*';
        i += slashAfter ? 3 : 2;
        continue;
      }
      re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      braceDepth++;
      re += '(?:';
    } else if (c === '}' && braceDepth > 0) {
      braceDepth--;
      re += ')';
    } else if (c === ',' && braceDepth > 0) re += '|';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end === -1) re += '\\[';
      else {
        const body = glob
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        re += `[${body}]`;
        i = end;
      }
    } else re += c.replace(/[.+^$()|\\\]]/g, '\\$&');
    i++;
  }
  return new RegExp(`^${re}$`);
}

/**
 * True when some glob of the list matches and no `!` glob does, whatever their order: an
 * exclusion always wins, so an exclusion keeps test files out however the list grows.
 */
export function matchesAny(path: string, globs: readonly string[]): boolean {
  let included = false;
  for (const g of globs) {
    if (g.startsWith('!')) {
      if (globToRegExp(g.slice(1)).test(path)) return false;
    } else if (!included && globToRegExp(g).test(path)) included = true;
  }
  return included;
}
