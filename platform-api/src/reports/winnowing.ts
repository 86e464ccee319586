/**
 * Winnowing (Schleimer, Wilkerson, Aiken 2003, the idea behind MOSS): a document's fingerprint
 * is the minimum hash of every window of w consecutive k-gram hashes. Two documents sharing a
 * run of at least w + k - 1 tokens are guaranteed to share a fingerprint; noise shorter than k
 * never matches. Code is normalised first (identifiers, numbers and strings each become one
 * token) so renaming variables does not hide a copy.
 */
const K = 5;
const W = 4;
const MIN_OWN = 4;

export function tokens(code: string): string[] {
  const withoutComments = code
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
    .replace(/^\s*#.*$/gm, ' ');
  const found = withoutComments.match(
    /"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|`(?:\\.|[^`\\])*`|[A-Za-z_$][\w$]*|\d[\w.]*|\S/g,
  );
  return (found ?? []).map((t) =>
    /^["'`]/.test(t)
      ? 'S'
      : /^\d/.test(t)
        ? 'N'
        : /^[A-Za-z_$]/.test(t) && !KEYWORDS.has(t)
          ? 'I'
          : t,
  );
}

const KEYWORDS = new Set(
  'if else for while do return function const let var class def import from fn func go struct impl pub match switch case break continue try catch finally throw new public private static void int long double float bool boolean string async await yield with as in of not and or None null nil true false True False self this'.split(
    ' ',
  ),
);

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

export function fingerprints(code: string): Set<number> {
  const toks = tokens(code);
  const grams: number[] = [];
  for (let i = 0; i + K <= toks.length; i++) grams.push(hash(toks.slice(i, i + K).join(' ')));
  const chosen = new Set<number>();
  if (grams.length === 0) return chosen;
  if (grams.length < W) {
    chosen.add(Math.min(...grams));
    return chosen;
  }
  for (let i = 0; i + W <= grams.length; i++) chosen.add(Math.min(...grams.slice(i, i + W)));
  return chosen;
}

/**
 * How alike two candidates' versions of the same challenge are, 0..1, counting only what each
 * wrote: fingerprints of the shared starter code are removed first (everyone starts from it).
 * Overlap over the smaller set, so a short copied fix inside a longer file still shows.
 */
export function similarity(mine: string, theirs: string, starter: string): number {
  const base = fingerprints(starter);
  const own = (code: string) => new Set([...fingerprints(code)].filter((f) => !base.has(f)));
  const a = own(mine);
  const b = own(theirs);
  // Too little own code to say anything: the same one-line fix is expected, not suspicious.
  if (a.size < MIN_OWN || b.size < MIN_OWN) return 0;
  let shared = 0;
  for (const f of a) if (b.has(f)) shared++;
  return shared / Math.min(a.size, b.size);
}
