export type DiffLineKind = 'file' | 'hunk' | 'add' | 'del' | 'context';

export interface DiffLine {
  kind: DiffLineKind;
  text: string;
  /** Announced to screen readers: the colour is never the only signal. */
  label: string;
}

/** A unified diff as lines to render: + and - lines are coloured and labelled. */
export function diffLines(diff: string): DiffLine[] {
  if (!diff) return [];
  return diff
    .replace(/\n$/, '')
    .split('\n')
    .map((text): DiffLine => {
      if (text.startsWith('+++') || text.startsWith('---'))
        return { kind: 'file', text, label: 'file' };
      if (text.startsWith('@@')) return { kind: 'hunk', text, label: 'lines' };
      if (text.startsWith('+')) return { kind: 'add', text, label: 'added' };
      if (text.startsWith('-')) return { kind: 'del', text, label: 'removed' };
      return { kind: 'context', text, label: 'unchanged' };
    });
}

export const diffStats = (diff: string) => {
  const lines = diffLines(diff);
  return {
    added: lines.filter((l) => l.kind === 'add').length,
    removed: lines.filter((l) => l.kind === 'del').length,
  };
};
