import { css } from 'lit';

// Public custom properties (--fp-*) override the design-system defaults below in both themes;
// the private ones (--_*) are what the rules use. Documented in README.md.
export const challengeStyles = css`
  :host {
    /* Nothing from the host page's inherited styles reaches in (custom properties still do). */
    all: initial;
    display: block;
    contain: content;
    min-width: 0;
  }
  :host([hidden]) {
    display: none;
  }

  .container {
    --_primary: var(--fp-primary, #2563eb);
    --_primary-hover: var(--fp-primary-hover, #1e3a8a);
    --_on-primary: var(--fp-on-primary, #ffffff);
    --_bg: var(--fp-bg, #ffffff);
    --_surface: var(--fp-surface, #f9fafb);
    --_text: var(--fp-text, #111827);
    --_muted: var(--fp-text-muted, #4b5563);
    --_border: var(--fp-border, #d1d5db);
    --_success: var(--fp-success-text, #047857);
    --_error: var(--fp-error-text, #b91c1c);
    --_warning: var(--fp-warning-text, #92400e);
    --_focus: var(--fp-focus-ring, 0 0 0 3px #3b82f6);
    --_radius: var(--fp-radius, 8px);
    --_font: var(
      --fp-font,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Helvetica Neue',
      Arial,
      sans-serif
    );
    --_mono: var(
      --fp-font-mono,
      'JetBrains Mono',
      ui-monospace,
      SFMono-Regular,
      Menlo,
      Consolas,
      'DejaVu Sans Mono',
      monospace
    );
    --_editor-bg: var(--fp-editor-bg, #1e1e1e);
    --_editor-text: var(--fp-editor-text, #d4d4d4);
    --_editor-selection: var(--fp-editor-selection, #264f78);
    --_editor-height: var(--fp-editor-height, 22rem);

    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    gap: 12px;
    padding: 16px;
    background: var(--_bg);
    color: var(--_text);
    font: 400 1rem/1.5 var(--_font);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color-scheme: light;
  }
  .container.theme-dark {
    --_primary: var(--fp-primary, #3b82f6);
    --_primary-hover: var(--fp-primary-hover, #eff6ff);
    --_on-primary: var(--fp-on-primary, #0b1220);
    --_bg: var(--fp-bg, #111827);
    --_surface: var(--fp-surface, #1f2937);
    --_text: var(--fp-text, #f9fafb);
    --_muted: var(--fp-text-muted, #d1d5db);
    --_border: var(--fp-border, #4b5563);
    --_success: var(--fp-success-text, #34d399);
    --_error: var(--fp-error-text, #f87171);
    --_warning: var(--fp-warning-text, #fbbf24);
    --_focus: var(--fp-focus-ring, 0 0 0 3px #93c5fd);
    color-scheme: dark;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  h2,
  h3,
  p {
    margin: 0;
  }
  h2 {
    font-size: 1.25rem;
    font-weight: 700;
    line-height: 1.3;
  }
  h3 {
    font-size: 1rem;
    font-weight: 600;
  }
  .meta,
  .muted {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
    list-style: none;
    margin: 4px 0 0;
    padding: 0;
  }
  .summary {
    display: grid;
    gap: 8px;
  }

  button,
  input {
    font: inherit;
    color: inherit;
  }
  button {
    cursor: pointer;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_surface);
    padding: 6px 14px;
    min-height: 36px;
  }
  button.primary {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
  }
  button.primary:hover:not(:disabled) {
    background: var(--_primary-hover);
    border-color: var(--_primary-hover);
    color: var(--_bg);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  button:focus-visible,
  input:focus-visible,
  textarea:focus-visible,
  [role='tab']:focus-visible {
    outline: 2px solid transparent;
    box-shadow: var(--_focus);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: center;
  }
  .actions .spacer {
    flex: 1;
  }

  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 2px;
    border-bottom: 1px solid var(--_border);
  }
  [role='tab'] {
    border: 1px solid transparent;
    border-bottom: 0;
    border-radius: var(--_radius) var(--_radius) 0 0;
    background: transparent;
    font-family: var(--_mono);
    font-size: 0.8125rem;
    padding: 6px 10px;
    min-height: 32px;
  }
  [role='tab'][aria-selected='true'] {
    background: var(--_editor-bg);
    color: var(--_editor-text);
    border-color: var(--_border);
  }
  .badge {
    font-family: var(--_font);
    font-size: 0.75rem;
    margin-left: 6px;
    opacity: 0.85;
  }

  .editor {
    display: grid;
    grid-template-columns: auto 1fr;
    height: var(--_editor-height);
    background: var(--_editor-bg);
    color: var(--_editor-text);
    border-radius: 0 0 var(--_radius) var(--_radius);
    overflow: hidden;
    font: 400 0.875rem/1.5 var(--_mono);
  }
  .editor-mount {
    display: contents;
  }
  .editor-status {
    grid-column: 1 / -1;
    padding: 12px;
  }
  .editor-gutter {
    overflow: hidden;
    padding: 8px 8px 8px 12px;
    text-align: right;
    white-space: pre;
    /* A colour, not opacity: line numbers keep a 4.5:1 contrast on the editor background. */
    color: var(--fp-editor-gutter, #9ca3af);
    user-select: none;
  }
  .editor-input {
    all: unset;
    display: block;
    box-sizing: border-box;
    width: 100%;
    height: 100%;
    padding: 8px;
    overflow: auto;
    white-space: pre;
    tab-size: 2;
    font: inherit;
    color: inherit;
    caret-color: var(--_editor-text);
  }
  .editor-input::selection {
    background: var(--_editor-selection);
  }
  .editor-input:focus-visible {
    box-shadow: inset var(--_focus);
  }
  .editor-input[readonly] {
    cursor: default;
  }
  .editor-help,
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .results {
    display: grid;
    gap: 8px;
  }
  .results ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 4px;
  }
  .results li {
    display: grid;
    grid-template-columns: auto auto 1fr;
    gap: 8px;
    align-items: baseline;
    padding: 6px 8px;
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .results pre,
  .output pre {
    grid-column: 1 / -1;
    margin: 0;
    white-space: pre-wrap;
    word-break: break-word;
    font: 400 0.8125rem/1.4 var(--_mono);
  }
  .status-word {
    font-weight: 600;
  }
  .pass {
    color: var(--_success);
  }
  .fail,
  .error,
  .timeout {
    color: var(--_error);
  }
  .skip {
    color: var(--_muted);
  }

  .notice {
    padding: 12px;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_surface);
    display: grid;
    gap: 8px;
    justify-items: start;
  }
  .notice.problem {
    border-color: var(--_error);
  }
  .notice.problem strong {
    color: var(--_error);
  }
  .notice.done strong {
    color: var(--_success);
  }

  form {
    display: grid;
    gap: 12px;
  }
  .field {
    display: grid;
    gap: 4px;
  }
  label {
    font-weight: 600;
    font-size: 0.875rem;
  }
  input[type='text'],
  input[type='email'] {
    padding: 6px 10px;
    min-height: 36px;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_bg);
  }
  input[aria-invalid='true'] {
    border-color: var(--_error);
  }
  .consent {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 8px;
    align-items: start;
  }
  .consent label {
    font-weight: 400;
  }
  .field-error {
    color: var(--_error);
    font-size: 0.875rem;
  }
  .brand {
    font-size: 0.75rem;
    color: var(--_muted);
  }
`;
