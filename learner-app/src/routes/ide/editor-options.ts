import type { editor } from 'monaco-editor/editor/editor.api';

export const EDITOR_OPTIONS: editor.IStandaloneEditorConstructionOptions = {
  automaticLayout: true,
  minimap: { enabled: false },
  fontSize: 14,
  fontFamily:
    "'JetBrains Mono', ui-monospace, SFMono-Regular, Menlo, Consolas, 'DejaVu Sans Mono', monospace",
  scrollBeyondLastLine: false,
  tabSize: 2,
  renderWhitespace: 'selection',
  // Tab moves focus out of the editor only when the user toggles it (Ctrl+M), as in VS Code;
  // the editor's aria label says how to run the tests from the keyboard.
  accessibilitySupport: 'auto',
};
