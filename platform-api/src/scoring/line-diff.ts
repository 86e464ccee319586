/**
 * How many lines differ between two versions of a file: lines removed plus lines added, from
 * the longest common subsequence of lines. Files here are small (challenge projects), so the
 * quadratic table is fine; past a size cap the count falls back to a cheap upper bound.
 */
export function changedLines(before: string, after: string): number {
  if (before === after) return 0;
  const a = splitLines(before);
  const b = splitLines(after);
  // Trim the common head and tail: most edits touch a few lines in the middle.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const x = a.slice(start, endA);
  const y = b.slice(start, endB);
  if (x.length * y.length > 4_000_000) return x.length + y.length;
  let prev = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    const row = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++) {
      row[j] = x[i - 1] === y[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], row[j - 1]);
    }
    prev = row;
  }
  const common = prev[y.length];
  return x.length - common + (y.length - common);
}

const splitLines = (text: string) => (text === '' ? [] : text.replace(/\r\n/g, '\n').split('\n'));
