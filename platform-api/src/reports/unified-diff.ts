import { diffLines, type DiffOp } from '../scoring/line-diff';

const CONTEXT = 3;

/** A unified diff (as `diff -u` / git print it) of one file; empty when nothing changed. */
export function unifiedFileDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  const ops = diffLines(before, after);
  const hunks: string[] = [];
  let i = 0;
  while (i < ops.length) {
    if (ops[i].kind === 'same') {
      i++;
      continue;
    }
    // A hunk: this change, with context, merged with the next change if the gap is small.
    let end = i;
    for (let k = i; k < ops.length; k++) {
      if (ops[k].kind !== 'same') end = k;
      else if (k - end > CONTEXT * 2) break;
    }
    const from = Math.max(0, i - CONTEXT);
    const to = Math.min(ops.length, end + CONTEXT + 1);
    hunks.push(hunk(ops, from, to));
    i = to;
  }
  return [`--- a/${path}`, `+++ b/${path}`, ...hunks].join('\n') + '\n';
}

function hunk(ops: DiffOp[], from: number, to: number): string {
  const lineNo = (kind: 'del' | 'add') =>
    ops.slice(0, from).filter((op) => op.kind === 'same' || op.kind === kind).length + 1;
  const slice = ops.slice(from, to);
  const oldCount = slice.filter((op) => op.kind !== 'add').length;
  const newCount = slice.filter((op) => op.kind !== 'del').length;
  const body = slice.map(
    (op) => `${op.kind === 'same' ? ' ' : op.kind === 'del' ? '-' : '+'}${op.line}`,
  );
  return [`@@ -${lineNo('del')},${oldCount} +${lineNo('add')},${newCount} @@`, ...body].join('\n');
}

/** The diff of every file that changed between two snapshots, paths in order. */
export function unifiedDiff(before: Record<string, string>, after: Record<string, string>): string {
  const paths = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return paths.map((path) => unifiedFileDiff(path, before[path] ?? '', after[path] ?? '')).join('');
}
