import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { mountEditor } from './code-editor.js';

function setup(content = 'function f() {\n  return 1;\n}', readOnly = false) {
  const host = document.createElement('div');
  document.body.append(host);
  const onChange = vi.fn();
  const editor = mountEditor(host, { onChange });
  editor.open({ path: 'src/f.js', content, readOnly });
  const textarea = host.querySelector('textarea')!;
  const gutter = host.querySelector('.editor-gutter')!;
  return { host, editor, textarea, gutter, onChange, user: userEvent.setup() };
}

describe('code editor', () => {
  it('shows a line number per line and names the file it edits', () => {
    const { textarea, gutter } = setup();
    expect(gutter.textContent).toBe('1\n2\n3');
    expect(gutter.getAttribute('aria-hidden')).toBe('true');
    expect(textarea.getAttribute('aria-label')).toBe('src/f.js, code editor');
    expect(textarea.getAttribute('aria-describedby')).toBe('fp-editor-help');
  });

  it('inserts two spaces on Tab and reports the change', async () => {
    const { textarea, user, onChange } = setup('x');
    await user.click(textarea);
    textarea.setSelectionRange(0, 0);
    await user.keyboard('{Tab}');
    expect(textarea.value).toBe('  x');
    expect(onChange).toHaveBeenLastCalledWith('src/f.js', '  x');
    expect(document.activeElement).toBe(textarea);
  });

  it('lets Tab leave the editor after Escape, so the keyboard is never trapped', async () => {
    const { textarea, user, host } = setup('x');
    const after = document.createElement('button');
    host.after(after);
    await user.click(textarea);
    await user.keyboard('{Escape}{Tab}');
    expect(textarea.value).toBe('x');
    expect(document.activeElement).toBe(after);
  });

  it('keeps the indentation of the line on Enter and grows the gutter', async () => {
    const { textarea, user, gutter } = setup('  a');
    await user.click(textarea);
    textarea.setSelectionRange(3, 3);
    await user.keyboard('{Enter}b');
    expect(textarea.value).toBe('  a\n  b');
    expect(gutter.textContent).toBe('1\n2');
  });

  it('does not change a read-only file', async () => {
    const { textarea, user, onChange } = setup('const x = 1;', true);
    expect(textarea.getAttribute('aria-label')).toBe('src/f.js (read-only), code editor');
    await user.type(textarea, 'y{Tab}');
    expect(textarea.value).toBe('const x = 1;');
    expect(onChange).not.toHaveBeenCalled();
  });
});
