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

  it('keeps the text of every line, so the diff reads as the API wrote it', () => {
    expect(diffLines(diff).map((l) => l.text)).toEqual(diff.replace(/\n$/, '').split('\n'));
  });

  it('counts a removed line that starts with "--" as removed, not as a file header', () => {
    const dashes =
      '--- a/notes.md\n+++ b/notes.md\n@@ -1,2 +1,1 @@\n--- a rule\n keep\n--- a/b.md\n+++ b/b.md\n@@ -1,1 +1,1 @@\n-x\n+y\n';
    expect(diffLines(dashes).map((l) => [l.kind, l.text])).toEqual([
      ['file', '--- a/notes.md'],
      ['file', '+++ b/notes.md'],
      ['hunk', '@@ -1,2 +1,1 @@'],
      ['del', '--- a rule'],
      ['context', ' keep'],
      ['file', '--- a/b.md'],
      ['file', '+++ b/b.md'],
      ['hunk', '@@ -1,1 +1,1 @@'],
      ['del', '-x'],
      ['add', '+y'],
    ]);
    expect(diffStats(dashes)).toEqual({ added: 1, removed: 2 });
  });

  it('shows nothing for no change', () => {
    expect(diffLines('')).toEqual([]);
  });
});
