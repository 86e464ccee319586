/**
 * The challenge summary is Markdown written by challenge authors. The widget shows it as plain
 * text paragraphs (rendered by Lit as text, never parsed as HTML), with the commonest markup
 * characters taken out so it reads naturally.
 */
export function summaryParagraphs(markdown: string): string[] {
  return markdown
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((line) =>
          line
            .replace(/^\s{0,3}#{1,6}\s+/, '')
            .replace(/^\s*[-*+]\s+/, '• ')
            .replace(/(\*\*|__|`)/g, '')
            .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
            .trim(),
        )
        .filter(Boolean)
        .join('\n'),
    )
    .filter(Boolean);
}
