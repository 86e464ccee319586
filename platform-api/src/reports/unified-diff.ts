import { formatPatch, OMIT_HEADERS, structuredPatch, type StructuredPatch } from 'diff';
import { splitLines, tooLargeToAlign } from '../scoring/line-diff';

const CONTEXT = 3;

/**
 * A unified diff (as `diff -u` / git print it) of one file; empty when nothing changed. Lines
 * are the scorer's (`splitLines`): each goes to jsdiff with its own newline, so a file's last
 * line never gets a "\ No newline at end of file" marker and a trailing newline shows as a last
 * empty line, as the score counts it.
 */
export function unifiedFileDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  const patch = tooLargeToAlign(a, b)
    ? wholeFile(path, a, b)
    : structuredPatch(path, path, terminated(a), terminated(b), '', '', { context: CONTEXT });
  // Our own file header: jsdiff would C-quote a non-ASCII path, which recruiters read.
  const header = `--- a/${path}\n+++ b/${path}\n`;
  return patch.hunks.length ? header + formatPatch(patch, OMIT_HEADERS) : header;
}

const terminated = (lines: string[]) => lines.map((line) => `${line}\n`).join('');

/** Past the scorer's size bound: one hunk, every old line removed and every new one added. */
const wholeFile = (path: string, a: string[], b: string[]): StructuredPatch => ({
  oldFileName: path,
  newFileName: path,
  oldHeader: '',
  newHeader: '',
  hunks: [
    {
      oldStart: 1,
      oldLines: a.length,
      newStart: 1,
      newLines: b.length,
      lines: [...a.map((line) => `-${line}`), ...b.map((line) => `+${line}`)],
    },
  ],
});

/** The diff of every file that changed between two snapshots, paths in order. */
export function unifiedDiff(before: Record<string, string>, after: Record<string, string>): string {
  const paths = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return paths.map((path) => unifiedFileDiff(path, before[path] ?? '', after[path] ?? '')).join('');
}
