import fc from 'fast-check';
import { changedLines } from '../scoring/line-diff';
import { unifiedDiff, unifiedFileDiff } from './unified-diff';

/** Applies a unified diff's +/space lines hunk by hunk to rebuild the new file. */
function apply(before: string, diff: string): string {
  if (diff === '') return before;
  const old = before === '' ? [] : before.split('\n');
  const out: string[] = [];
  let cursor = 0;
  for (const hunk of diff.split('\n@@ ').slice(1)) {
    const [header, ...body] = hunk.split('\n');
    const start = Number(/^-(\d+)/.exec(header)![1]) - 1;
    const oldCount = Number(/^-\d+,(\d+)/.exec(header)![1]);
    out.push(...old.slice(cursor, oldCount === 0 ? start + 1 : start));
    cursor = oldCount === 0 ? start + 1 : start;
    for (const line of body.filter((l) => l !== '' || body.length === 0)) {
      if (line.startsWith('+')) out.push(line.slice(1));
      else if (line.startsWith(' ')) {
        out.push(line.slice(1));
        cursor++;
      } else if (line.startsWith('-')) cursor++;
    }
  }
  out.push(...old.slice(cursor));
  return out.join('\n');
}

const lines = fc.array(fc.constantFrom('a', 'b', 'c', 'return x;', '}', '  if (y) {'), {
  maxLength: 30,
});

describe('unified diffs in the candidate report', () => {
  it('shows a one-line fix as one removed and one added line with context', () => {
    const before = 'def last(items):\n    return items[len(items)]\n';
    const after = 'def last(items):\n    return items[len(items) - 1]\n';
    expect(unifiedFileDiff('list.py', before, after)).toBe(
      [
        '--- a/list.py',
        '+++ b/list.py',
        '@@ -1,3 +1,3 @@',
        ' def last(items):',
        '-    return items[len(items)]',
        '+    return items[len(items) - 1]',
        ' ',
        '',
      ].join('\n'),
    );
  });

  it('is empty when nothing changed, and lists only the changed files', () => {
    expect(unifiedDiff({ 'a.js': 'x' }, { 'a.js': 'x' })).toBe('');
    const diff = unifiedDiff({ 'a.js': 'x', 'b.js': 'y' }, { 'a.js': 'x', 'b.js': 'z' });
    expect(diff).toContain('+++ b/b.js');
    expect(diff).not.toContain('a.js');
  });

  it('counts as many -/+ lines as changedLines, and rebuilds the new file', () => {
    fc.assert(
      fc.property(lines, lines, (a, b) => {
        const before = a.join('\n');
        const after = b.join('\n');
        const diff = unifiedFileDiff('f', before, after);
        const body = diff.split('\n').filter((l) => !l.startsWith('---') && !l.startsWith('+++'));
        const changed = body.filter((l) => l.startsWith('-') || l.startsWith('+')).length;
        expect(changed).toBe(changedLines(before, after));
        expect(apply(before, diff)).toBe(after);
      }),
    );
  });
});
