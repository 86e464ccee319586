// Challenge briefs and assessment instructions, rendered from Markdown to React elements by
// react-markdown (remark, CommonMark). Nothing is ever parsed as HTML: react-markdown shows raw
// HTML in a brief as text (no rehype-raw, no dangerouslySetInnerHTML), links are kept only for
// http(s) and mailto URLs, and images show their alt text (a brief loads nothing remote).
import ReactMarkdown, { type Components } from 'react-markdown';

export function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return ['http:', 'https:', 'mailto:'].includes(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}

// Briefs sit under the page's own headings: their levels start at h3.
const components: Components = {
  h1: ({ children }) => <h3>{children}</h3>,
  h2: ({ children }) => <h3>{children}</h3>,
  h3: ({ children }) => <h4>{children}</h4>,
  h4: ({ children }) => <h4>{children}</h4>,
  h5: ({ children }) => <h4>{children}</h4>,
  h6: ({ children }) => <h4>{children}</h4>,
  a: ({ href, children }) => {
    const safe = href ? safeHref(href) : null;
    return safe ? (
      <a href={safe} target="_blank" rel="noopener noreferrer">
        {children}
      </a>
    ) : (
      <>{children}</>
    );
  },
  img: ({ alt }) => <>{alt}</>,
  // A fenced block's text as written: without the newline CommonMark ends it with.
  code: ({ className, children }) => (
    <code data-language={/language-([\w+-]+)/.exec(className ?? '')?.[1]}>
      {typeof children === 'string' ? children.replace(/\n$/, '') : children}
    </code>
  ),
};

const keepSafeUrls = (url: string) => safeHref(url) ?? '';

interface MarkdownNode {
  type: string;
  value?: string;
  children?: MarkdownNode[];
}

/** A line wrapped in the source reads as one line: soft breaks become spaces (not in code). */
const softBreaksAsSpaces = () => (tree: MarkdownNode) => {
  const walk = (node: MarkdownNode) => {
    if (node.type === 'text' && node.value) node.value = node.value.replace(/\n/g, ' ');
    node.children?.forEach(walk);
  };
  walk(tree);
};
const remarkPlugins = [softBreaksAsSpaces];

export function Markdown({ source, className }: { source: string; className?: string }) {
  return (
    <div className={className}>
      <ReactMarkdown
        components={components}
        urlTransform={keepSafeUrls}
        remarkPlugins={remarkPlugins}
      >
        {source}
      </ReactMarkdown>
    </div>
  );
}
