import { diffLines, diffStats } from './unified-diff';

describe('rendering a diff', () => {
  const diff =
    '--- a/list.py\n+++ b/list.py\n@@ -1,2 +1,2 @@\n def last(items):\n-    return items[len(items)]\n+    return items[-1]\n';

  it('marks each line as added, removed, unchanged or a header, in words as well', () => {
    expect(diffLines(diff).map((l) => [l.kind, l.label])).toEqual([
      ['file', 'file'],
      ['file', 'file'],
      ['hunk', 'lines'],
      ['context', 'unchanged'],
      ['del', 'removed'],
      ['add', 'added'],
    ]);
    expect(diffStats(diff)).toEqual({ added: 1, removed: 1 });
  });

  it('shows nothing for no change', () => {
    expect(diffLines('')).toEqual([]);
  });
});
