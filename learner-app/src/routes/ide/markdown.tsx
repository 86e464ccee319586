// A small Markdown renderer for challenge briefs that builds React elements directly. Nothing
// is ever parsed as HTML (no dangerouslySetInnerHTML), so raw HTML in a brief shows as text,
// and links are kept only for http(s) and mailto URLs. It covers what briefs use: paragraphs,
// headings, lists, block quotes, fenced code, inline code, emphasis and links.
import { Fragment, type ReactNode } from 'react';

const FENCE = /^\s*(```+|~~~+)\s*([\w+-]*)\s*$/;
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const LIST_ITEM = /^(\s*)([-*+]|\d+[.)])\s+(.*)$/;
const QUOTE = /^\s*>\s?(.*)$/;

type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'code'; language: string; text: string }
  | { kind: 'list'; ordered: boolean; start: number; items: string[] }
  | { kind: 'quote'; source: string };

const isBlank = (line: string) => line.trim() === '';
const startsBlock = (line: string) =>
  FENCE.test(line) || HEADING.test(line) || LIST_ITEM.test(line) || QUOTE.test(line);

export function parseBlocks(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (isBlank(line)) {
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const body: string[] = [];
      i++;
      while (i < lines.length && !lines[i].trim().startsWith(fence[1])) body.push(lines[i++]);
      i++; // the closing fence (or the end)
      blocks.push({ kind: 'code', language: fence[2], text: dedent(body).join('\n') });
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      blocks.push({ kind: 'heading', level: heading[1].length, text: heading[2] });
      i++;
      continue;
    }
    if (QUOTE.test(line)) {
      const body: string[] = [];
      while (i < lines.length && QUOTE.test(lines[i])) body.push(QUOTE.exec(lines[i++])![1]);
      blocks.push({ kind: 'quote', source: body.join('\n') });
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      const ordered = /\d/.test(item[2]);
      const items: string[] = [];
      while (i < lines.length) {
        const next = LIST_ITEM.exec(lines[i]);
        if (next && /\d/.test(next[2]) === ordered) {
          items.push(next[3]);
          i++;
        } else if (!isBlank(lines[i]) && !startsBlock(lines[i])) {
          items[items.length - 1] += ` ${lines[i].trim()}`; // a wrapped item
          i++;
        } else if (isBlank(lines[i]) && LIST_ITEM.test(lines[i + 1] ?? '')) {
          i++; // a loose list goes on after a blank line
        } else break;
      }
      blocks.push({ kind: 'list', ordered, start: ordered ? parseInt(item[2], 10) : 1, items });
      continue;
    }
    const text: string[] = [];
    while (i < lines.length && !isBlank(lines[i]) && !startsBlock(lines[i]))
      text.push(lines[i++].trim());
    blocks.push({ kind: 'paragraph', text: text.join(' ') });
  }
  return blocks;
}

function dedent(lines: string[]): string[] {
  const indents = lines.filter((l) => !isBlank(l)).map((l) => /^\s*/.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut));
}

const INLINE =
  /(`+)([\s\S]*?[^`])\1(?!`)|\*\*(.+?)\*\*|__(.+?)__|\*([^*\s](?:[^*]*?[^*\s])?)\*|(?<![\w\\])_([^_\s](?:[^_]*?[^_\s])?)_(?!\w)|\[([^\]]+)\]\(\s*([^)\s]+)\s*\)/;

export function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return ['http:', 'https:', 'mailto:'].includes(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}

export function renderInline(text: string): ReactNode[] {
  const nodes: ReactNode[] = [];
  let rest = text;
  let key = 0;
  while (rest) {
    const match = INLINE.exec(rest);
    if (!match) {
      nodes.push(rest);
      break;
    }
    if (match.index > 0) nodes.push(rest.slice(0, match.index));
    const [whole, , code, strong1, strong2, em1, em2, linkText, linkUrl] = match;
    if (code !== undefined) nodes.push(<code key={key++}>{code.trim()}</code>);
    else if (strong1 ?? strong2)
      nodes.push(<strong key={key++}>{renderInline(strong1 ?? strong2)}</strong>);
    else if (em1 ?? em2) nodes.push(<em key={key++}>{renderInline(em1 ?? em2)}</em>);
    else if (linkText !== undefined) {
      const href = safeHref(linkUrl);
      nodes.push(
        href ? (
          <a key={key++} href={href} target="_blank" rel="noopener noreferrer">
            {renderInline(linkText)}
          </a>
        ) : (
          <Fragment key={key++}>{renderInline(linkText)}</Fragment>
        ),
      );
    }
    rest = rest.slice(match.index + whole.length);
  }
  return nodes;
}

function renderBlock(block: Block, key: number): ReactNode {
  switch (block.kind) {
    case 'paragraph':
      return <p key={key}>{renderInline(block.text)}</p>;
    case 'heading':
      // Briefs sit under the page's own headings: their levels start at h3.
      return block.level <= 2 ? (
        <h3 key={key}>{renderInline(block.text)}</h3>
      ) : (
        <h4 key={key}>{renderInline(block.text)}</h4>
      );
    case 'code':
      return (
        <pre key={key}>
          <code data-language={block.language || undefined}>{block.text}</code>
        </pre>
      );
    case 'list': {
      const items = block.items.map((item, i) => <li key={i}>{renderInline(item)}</li>);
      return block.ordered ? (
        <ol key={key} start={block.start === 1 ? undefined : block.start}>
          {items}
        </ol>
      ) : (
        <ul key={key}>{items}</ul>
      );
    }
    case 'quote':
      return <blockquote key={key}>{parseBlocks(block.source).map(renderBlock)}</blockquote>;
  }
}

export function Markdown({ source, className }: { source: string; className?: string }) {
  return <div className={className}>{parseBlocks(source).map(renderBlock)}</div>;
}
