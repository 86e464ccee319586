// The lazy editor chunk: a textarea with a line-number gutter, loaded on demand from the
// platform origin. Plain DOM, no Lit: the chunk imports nothing from the loader, so it stays
// small and works even if the loader was fetched under another URL. Its styles live in the
// widget's stylesheet (challenge.styles.ts), inside the same shadow root.

export interface EditorDoc {
  path: string;
  content: string;
  readOnly: boolean;
}

export interface EditorOptions {
  /** Called on every edit with the path and the whole new text. */
  onChange(path: string, content: string): void;
  /** Spaces inserted by Tab. */
  indent?: number;
}

export interface EditorHandle {
  open(doc: EditorDoc): void;
  focus(): void;
  destroy(): void;
}

const HELP_ID = 'fp-editor-help';

/** Builds the editor inside `host` (an element in the widget's shadow root). */
export function mountEditor(host: HTMLElement, options: EditorOptions): EditorHandle {
  const doc = host.ownerDocument;
  const indent = ' '.repeat(options.indent ?? 2);
  const views = new Map<string, { start: number; end: number; top: number; left: number }>();
  let current: EditorDoc | undefined;
  // After Escape, Tab moves focus instead of indenting, so keyboard users are never trapped.
  let tabMovesFocus = false;

  const gutter = doc.createElement('div');
  gutter.className = 'editor-gutter';
  gutter.setAttribute('aria-hidden', 'true');
  const textarea = doc.createElement('textarea');
  textarea.className = 'editor-input';
  textarea.wrap = 'off';
  textarea.spellcheck = false;
  textarea.setAttribute('autocapitalize', 'off');
  textarea.setAttribute('autocomplete', 'off');
  textarea.setAttribute('autocorrect', 'off');
  textarea.setAttribute('aria-describedby', HELP_ID);
  const help = doc.createElement('p');
  help.id = HELP_ID;
  help.className = 'editor-help';
  help.textContent = 'Tab indents. Press Escape, then Tab, to leave the editor.';
  host.replaceChildren(gutter, textarea, help);

  let lines = 0;
  const renderGutter = () => {
    const count = textarea.value.split('\n').length;
    if (count === lines) return;
    lines = count;
    gutter.textContent = Array.from({ length: count }, (_, i) => i + 1).join('\n');
  };
  const syncScroll = () => {
    gutter.scrollTop = textarea.scrollTop;
  };

  /** Replaces the selection, through the browser's editing path where it has one (keeps undo). */
  const insert = (text: string, start = textarea.selectionStart, end = textarea.selectionEnd) => {
    textarea.setSelectionRange(start, end);
    const viaBrowser =
      typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text);
    if (!viaBrowser) {
      textarea.setRangeText(text, start, end, 'end');
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    }
  };

  const lineStartOf = (pos: number) => textarea.value.lastIndexOf('\n', pos - 1) + 1;

  const indentSelection = (outdent: boolean) => {
    const { selectionStart: start, selectionEnd: end, value } = textarea;
    if (!outdent && start === end) return insert(indent);
    const from = lineStartOf(start);
    const block = value.slice(from, end);
    const changed = block
      .split('\n')
      .map((line) =>
        outdent ? line.replace(new RegExp(`^ {1,${indent.length}}`), '') : indent + line,
      )
      .join('\n');
    insert(changed, from, end);
    textarea.setSelectionRange(from, from + changed.length);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      tabMovesFocus = true;
      return;
    }
    if (event.key === 'Tab' && !tabMovesFocus && !textarea.readOnly) {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      event.preventDefault();
      indentSelection(event.shiftKey);
      return;
    }
    if (event.key === 'Enter' && !textarea.readOnly && !event.isComposing) {
      // Keep the indentation of the line the caret is on.
      const start = textarea.selectionStart;
      const leading = /^[ \t]*/.exec(textarea.value.slice(lineStartOf(start), start))?.[0] ?? '';
      if (leading) {
        event.preventDefault();
        insert(`\n${leading}`);
      }
    }
    if (event.key !== 'Tab' && event.key !== 'Shift') tabMovesFocus = false;
  };
  const onInput = () => {
    renderGutter();
    if (current && !current.readOnly) {
      current.content = textarea.value;
      options.onChange(current.path, textarea.value);
    }
  };
  const onFocus = () => {
    tabMovesFocus = false;
  };

  textarea.addEventListener('keydown', onKeyDown);
  textarea.addEventListener('input', onInput);
  textarea.addEventListener('scroll', syncScroll);
  textarea.addEventListener('focus', onFocus);

  return {
    open(next) {
      if (current) {
        views.set(current.path, {
          start: textarea.selectionStart,
          end: textarea.selectionEnd,
          top: textarea.scrollTop,
          left: textarea.scrollLeft,
        });
      }
      current = next;
      textarea.value = next.content;
      textarea.readOnly = next.readOnly;
      textarea.setAttribute(
        'aria-label',
        `${next.path}${next.readOnly ? ' (read-only)' : ''}, code editor`,
      );
      renderGutter();
      const view = views.get(next.path);
      textarea.setSelectionRange(view?.start ?? 0, view?.end ?? 0);
      textarea.scrollTop = view?.top ?? 0;
      textarea.scrollLeft = view?.left ?? 0;
      syncScroll();
    },
    focus() {
      textarea.focus();
    },
    destroy() {
      textarea.removeEventListener('keydown', onKeyDown);
      textarea.removeEventListener('input', onInput);
      textarea.removeEventListener('scroll', syncScroll);
      textarea.removeEventListener('focus', onFocus);
      host.replaceChildren();
    },
  };
}
