import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Markdown, safeHref } from './markdown';

const html = (source: string) => render(<Markdown source={source} />).container;

describe('brief markdown', () => {
  it('renders emphasis, inline code and paragraphs', () => {
    const root = html('Users on **1.4.0** were never told about `1.5.0`.\n\nSecond *paragraph*.');
    expect(root.querySelectorAll('p')).toHaveLength(2);
    expect(root.querySelector('strong')?.textContent).toBe('1.4.0');
    expect(root.querySelector('code')?.textContent).toBe('1.5.0');
    expect(root.querySelector('em')?.textContent).toBe('paragraph');
  });

  it('shows raw HTML as text instead of running it', () => {
    const root = html('Hello <img src=x onerror="alert(1)"> <script>alert(2)</script>');
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('script')).toBeNull();
    expect(root.textContent).toContain('<script>alert(2)</script>');
  });

  it('keeps only http(s) and mailto links', () => {
    const root = html(
      '[ok](https://example.com/a) [bad](javascript:alert(1)) [data](data:text/html,x)',
    );
    const links = root.querySelectorAll('a');
    expect(links).toHaveLength(1);
    expect(links[0].getAttribute('href')).toBe('https://example.com/a');
    expect(links[0].getAttribute('rel')).toBe('noopener noreferrer');
    expect(root.textContent).toContain('bad');
    expect(safeHref('JaVaScRiPt:alert(1)')).toBeNull();
  });

  it('renders lists with wrapped items, and fenced code verbatim', () => {
    const root = html(
      [
        'Reports:',
        '',
        '- "I left #general an hour ago and I still get every',
        '  message posted there."',
        '- Second item',
        '',
        '1. one',
        '2. two',
        '',
        '```js',
        'if (a < b) { return "<b>"; }',
        '```',
      ].join('\n'),
    );
    const bullets = root.querySelectorAll('ul > li');
    expect(bullets).toHaveLength(2);
    expect(bullets[0].textContent).toBe(
      '"I left #general an hour ago and I still get every message posted there."',
    );
    expect(root.querySelectorAll('ol > li')).toHaveLength(2);
    expect(root.querySelector('pre code')?.textContent).toBe('if (a < b) { return "<b>"; }');
  });

  it('starts brief headings below the page headings', () => {
    const root = html('# Title\n\n### Detail');
    expect(root.querySelector('h3')?.textContent).toBe('Title');
    expect(root.querySelector('h4')?.textContent).toBe('Detail');
    expect(root.querySelector('h1')).toBeNull();
  });

  it('shows a brief made of HTML blocks as text: no script, image, handler or link runs', () => {
    const root = html(
      [
        '<script>fetch("/graphql", { method: "POST" })</script>',
        '',
        '<img src="x" onerror="alert(1)">',
        '',
        '<div onclick="alert(2)">**click**</div>',
        '',
        '<a href="javascript:alert(3)">go</a> and <javascript:alert(4)>',
      ].join('\n'),
    );
    expect(root.querySelector('script, img, a, [onclick], [onerror]')).toBeNull();
    expect(root.textContent).toContain('<script>fetch("/graphql", { method: "POST" })</script>');
    expect(root.textContent).toContain('<img src="x" onerror="alert(1)">');
    expect(root.textContent).toContain('<div onclick="alert(2)">');
  });
});
