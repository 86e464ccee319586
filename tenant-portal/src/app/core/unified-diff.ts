import { formatPatch, OMIT_HEADERS, parsePatch, type StructuredPatch } from 'diff';

export type DiffLineKind = 'file' | 'hunk' | 'add' | 'del' | 'context';

export interface DiffLine {
  kind: DiffLineKind;
  text: string;
  /** Announced to screen readers: the colour is never the only signal. */
  label: string;
}

const LABELS: Record<DiffLineKind, string> = {
  file: 'file',
  hunk: 'lines',
  add: 'added',
  del: 'removed',
  context: 'unchanged',
};
const line = (kind: DiffLineKind, text: string): DiffLine => ({ kind, text, label: LABELS[kind] });

/** The "@@ -a,b +c,d @@" line of a hunk, as jsdiff writes it (it knows the empty-range rules). */
const hunkHeader = (file: StructuredPatch, hunk: StructuredPatch['hunks'][number]) =>
  formatPatch({ ...file, hunks: [{ ...hunk, lines: [] }] }, OMIT_HEADERS).split('\n')[0];

/**
 * A unified diff (the API's, written by jsdiff) as lines to render: + and - lines are coloured
 * and labelled. Parsed by jsdiff, which reads hunks by their line counts, so a removed line that
 * itself starts with "--" is still a removed line, not a file header.
 */
export function diffLines(diff: string): DiffLine[] {
  if (!diff) return [];
  return parsePatch(diff).flatMap((file) => [
    ...(file.oldFileName === undefined
      ? []
      : [
          line('file', `--- ${file.oldFileName}${file.oldHeader ? `\t${file.oldHeader}` : ''}`),
          line('file', `+++ ${file.newFileName}${file.newHeader ? `\t${file.newHeader}` : ''}`),
        ]),
    ...file.hunks.flatMap((hunk) => [
      line('hunk', hunkHeader(file, hunk)),
      ...hunk.lines.map((text) =>
        line(text.startsWith('+') ? 'add' : text.startsWith('-') ? 'del' : 'context', text),
      ),
    ]),
  ]);
}

export const diffStats = (diff: string) => {
  const lines = diffLines(diff);
  return {
    added: lines.filter((l) => l.kind === 'add').length,
    removed: lines.filter((l) => l.kind === 'del').length,
  };
};
