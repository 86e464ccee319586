import Editor, { type OnMount } from '@monaco-editor/react';
import { useEffect, useRef } from 'react';
import { LoadingState } from '../../components/StatusViews';
import { languageForPath } from './file-language';
import { monaco } from './monaco-setup';
import { EDITOR_OPTIONS } from './editor-options';
import { RUN_SHORTCUT } from './shortcut';

interface CodeEditorProps {
  /** Keeps one Monaco model (and undo history) per attempt and file. */
  modelPrefix: string;
  path: string;
  value: string;
  readOnly: boolean;
  onChange: (path: string, value: string) => void;
  onRunShortcut: () => void;
  /** Called on every paste into the editor (candidate mode counts them). */
  onPaste?: () => void;
}

/** Monaco for one file. Lazy-loaded (default export): it carries Monaco itself. */
export default function CodeEditor({
  modelPrefix,
  path,
  value,
  readOnly,
  onChange,
  onRunShortcut,
  onPaste,
}: CodeEditorProps) {
  // Monaco keeps the command from mount time; a ref lets it call the latest handler.
  const runRef = useRef(onRunShortcut);
  const pasteRef = useRef(onPaste);
  useEffect(() => {
    runRef.current = onRunShortcut;
    pasteRef.current = onPaste;
  }, [onRunShortcut, onPaste]);

  const handleMount: OnMount = (editor) => {
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => runRef.current());
    // Disposed with the editor.
    editor.onDidPaste(() => pasteRef.current?.());
    editor.focus();
  };

  return (
    <Editor
      path={`${modelPrefix}/${path}`}
      language={languageForPath(path)}
      value={value}
      theme="vs-dark"
      loading={<LoadingState label="Loading the editor…" />}
      onMount={handleMount}
      onChange={(next) => onChange(path, next ?? '')}
      options={{
        ...EDITOR_OPTIONS,
        readOnly,
        readOnlyMessage: { value: 'This file is read-only: the fix belongs in an editable file.' },
        ariaLabel: `${path}${readOnly ? ' (read-only)' : ''}. Press ${RUN_SHORTCUT} to run the tests, Ctrl+M to let Tab move the focus out.`,
      }}
    />
  );
}
