export type DiffOp = { kind: 'same' | 'del' | 'add'; line: string };

/**
 * The line edit script between two versions of a file, from the longest common subsequence of
 * lines. Files here are small (challenge projects), so the quadratic table is fine; past a size
 * cap the changed middle is reported as all removed then all added (an upper bound).
 */
export function diffLines(before: string, after: string): DiffOp[] {
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
  const same = (lines: string[]) => lines.map((line): DiffOp => ({ kind: 'same', line }));
  const x = a.slice(start, endA);
  const y = b.slice(start, endB);
  const middle: DiffOp[] = [];
  if (x.length * y.length > 4_000_000) {
    middle.push(...x.map((line): DiffOp => ({ kind: 'del', line })));
    middle.push(...y.map((line): DiffOp => ({ kind: 'add', line })));
  } else {
    // table[i][j]: LCS length of x[i..] and y[j..]; walked forwards to emit the script.
    const table = Array.from({ length: x.length + 1 }, () =>
      new Array<number>(y.length + 1).fill(0),
    );
    for (let i = x.length - 1; i >= 0; i--) {
      for (let j = y.length - 1; j >= 0; j--) {
        table[i][j] =
          x[i] === y[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < x.length || j < y.length) {
      if (i < x.length && j < y.length && x[i] === y[j]) {
        middle.push({ kind: 'same', line: x[i++] });
        j++;
      } else if (i < x.length && (j === y.length || table[i + 1][j] >= table[i][j + 1])) {
        // Removals before additions, as diff -u prints a changed line.
        middle.push({ kind: 'del', line: x[i++] });
      } else {
        middle.push({ kind: 'add', line: y[j++] });
      }
    }
  }
  return [...same(a.slice(0, start)), ...middle, ...same(a.slice(endA))];
}

/** How many lines differ between two versions of a file: lines removed plus lines added. */
export function changedLines(before: string, after: string): number {
  if (before === after) return 0;
  return diffLines(before, after).filter((op) => op.kind !== 'same').length;
}

const splitLines = (text: string) => (text === '' ? [] : text.replace(/\r\n/g, '\n').split('\n'));
