import { DiffEditor } from '@monaco-editor/react';
import { LoadingState } from '../../components/StatusViews';
import { EDITOR_OPTIONS } from './editor-options';
import { languageForPath } from './file-language';
import './monaco-setup';

interface DiffViewProps {
  path: string;
  starter: string;
  current: string;
}

/** My change against the starter file, read-only, side by side when there is room. */
export default function DiffView({ path, starter, current }: DiffViewProps) {
  const unchanged = starter === current;
  return (
    <div className="diff-view">
      <p className="diff-view__caption">
        {unchanged ? (
          <>No changes to {path} yet.</>
        ) : (
          <>
            <span>Starter</span> ↔ <span>your version</span> of <code>{path}</code>
          </>
        )}
      </p>
      <div className="diff-view__editor">
        <DiffEditor
          original={starter}
          modified={current}
          language={languageForPath(path)}
          theme="vs-dark"
          loading={<LoadingState label="Loading the diff…" />}
          options={{
            ...EDITOR_OPTIONS,
            readOnly: true,
            originalEditable: false,
            renderSideBySideInlineBreakpoint: 700,
            ariaLabel: `Changes to ${path}`,
          }}
        />
      </div>
    </div>
  );
}
