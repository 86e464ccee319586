import { diffArrays } from 'diff';

export type DiffOp = { kind: 'same' | 'del' | 'add'; line: string };

/**
 * Past this many line pairs in the changed middle, two versions are not aligned: the middle is
 * reported as all removed then all added (an upper bound). Challenge files are small; this
 * bounds the work a huge upload can ask for, and the same rule holds on every replica.
 */
const MAX_ALIGNED_PAIRS = 4_000_000;

/**
 * The line edit script between two versions of a file: a shortest one (jsdiff's Myers diff, so
 * its length is the LCS distance the score uses), removals before additions in each changed
 * run, as diff -u prints a changed line. Lines are the text split on \n (CRLF read as LF), so
 * a trailing newline leaves a last, empty line.
 */
export function diffLines(before: string, after: string): DiffOp[] {
  const a = splitLines(before);
  const b = splitLines(after);
  const { start, endA, endB } = commonEnds(a, b);
  const x = a.slice(start, endA);
  const y = b.slice(start, endB);
  const middle =
    x.length * y.length > MAX_ALIGNED_PAIRS ? [...ops('del', x), ...ops('add', y)] : aligned(x, y);
  return [...ops('same', a.slice(0, start)), ...middle, ...ops('same', a.slice(endA))];
}

/** Whether diffLines would give up aligning these two versions (see MAX_ALIGNED_PAIRS). */
export function tooLargeToAlign(a: string[], b: string[]): boolean {
  const { start, endA, endB } = commonEnds(a, b);
  return (endA - start) * (endB - start) > MAX_ALIGNED_PAIRS;
}

/** The common head and tail: most edits touch a few lines in the middle. */
function commonEnds(a: string[], b: string[]) {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return { start, endA, endB };
}

function aligned(x: string[], y: string[]): DiffOp[] {
  const script: DiffOp[] = [];
  let removed: DiffOp[] = [];
  let added: DiffOp[] = [];
  const endRun = () => {
    script.push(...removed, ...added);
    removed = [];
    added = [];
  };
  for (const change of diffArrays(x, y)) {
    if (change.removed) removed.push(...ops('del', change.value));
    else if (change.added) added.push(...ops('add', change.value));
    else {
      endRun();
      script.push(...ops('same', change.value));
    }
  }
  endRun();
  return script;
}

const ops = (kind: DiffOp['kind'], lines: string[]) =>
  lines.map((line): DiffOp => ({ kind, line }));

/** How many lines differ between two versions of a file: lines removed plus lines added. */
export function changedLines(before: string, after: string): number {
  if (before === after) return 0;
  return diffLines(before, after).filter((op) => op.kind !== 'same').length;
}

export const splitLines = (text: string) =>
  text === '' ? [] : text.replace(/\r\n/g, '\n').split('\n');
