/**
 * Undoes the simple obfuscations a forger uses to hide a name from a line scan, keeping line
 * numbers: adjacent string literals joined by `+` (or juxtaposed, as Python allows) become one
 * literal (`'strict' + 'Equal'` -> `'strictEqual'`), template literals without substitutions
 * count as strings, and comments are blanked (so a rule never fires on prose, and a name split
 * by a comment is joined). What remains dynamic (a name built at run time) is caught by the
 * rules for dynamic access themselves (getattr, __import__, require(expr), obj[expr] = ...).
 */
export function normalizeSource(source: string, lang: 'c' | 'python'): string {
  const blanked = blankComments(source, lang);
  // 'a' + 'b' -> 'ab' (any quote kinds, spaces and newlines between); repeat until stable.
  const concat = /(['"`])((?:\\.|(?!\1)[^\\\n])*)\1\s*\+?\s*(['"`])((?:\\.|(?!\3)[^\\\n])*)\3/g;
  let prev = '';
  let out = blanked;
  while (prev !== out) {
    prev = out;
    out = out.replace(concat, (m, _q1, a: string, _q2, b: string) => {
      // Keep the newlines of the original so line numbers stay right.
      const lines = m.split('\n').length - 1;
      // Only join when something joined them: a `+`, or Python's implicit concatenation.
      if (!/^(['"`])(?:\\.|(?!\1)[^\\\n])*\1\s*\+/.test(m) && lang !== 'python') return m;
      return `'${a}${b}'${'\n'.repeat(lines)}`;
    });
  }
  return out;
}

/** Replaces comments with spaces, leaving strings and newlines alone. */
function blankComments(source: string, lang: 'c' | 'python'): string {
  let out = '';
  let i = 0;
  let quote: string | null = null;
  while (i < source.length) {
    const ch = source[i] as string;
    if (quote) {
      out += ch;
      if (ch === '\\' && i + 1 < source.length) {
        out += source[i + 1];
        i += 2;
        continue;
      }
      if (ch === quote || (ch === '\n' && quote !== '`')) quote = null;
      i++;
      continue;
    }
    if (ch === '"' || ch === "'" || (ch === '`' && lang === 'c')) {
      quote = ch;
      out += ch;
      i++;
      continue;
    }
    const lineComment = lang === 'python' ? ch === '#' : source.startsWith('//', i);
    if (lineComment) {
      while (i < source.length && source[i] !== '\n') {
        out += ' ';
        i++;
      }
      continue;
    }
    if (lang === 'c' && source.startsWith('/*', i)) {
      const end = source.indexOf('*/', i + 2);
      const stop = end < 0 ? source.length : end + 2;
      out += source.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
