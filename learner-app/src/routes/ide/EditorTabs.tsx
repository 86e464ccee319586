import { Icon } from '../../components/icons';
import type { EditorView } from './workspace-state';

interface EditorTabsProps {
  tabs: string[];
  activePath: string;
  readOnlyPaths: Set<string>;
  /** Edited since the last save: the dot on a tab means what it means in VS Code. */
  isUnsaved: (path: string) => boolean;
  view: EditorView;
  onSelect: (path: string) => void;
  onClose: (path: string) => void;
  onToggleDiff: () => void;
}

const fileName = (path: string) => path.split('/').pop() ?? path;

export function EditorTabs(props: EditorTabsProps) {
  return (
    <div className="editor-tabs">
      <ul className="editor-tabs__list" aria-label="Open files">
        {props.tabs.map((path) => {
          const active = path === props.activePath;
          const readOnly = props.readOnlyPaths.has(path);
          return (
            <li key={path} className={`editor-tab${active ? ' editor-tab--active' : ''}`}>
              <button
                type="button"
                className="editor-tab__select"
                aria-current={active ? 'true' : undefined}
                title={path}
                onClick={() => props.onSelect(path)}
              >
                {readOnly && <Icon name="lock" />}
                {fileName(path)}
                {readOnly && <span className="visually-hidden"> (read-only)</span>}
                {props.isUnsaved(path) && (
                  <span className="editor-tab__unsaved" aria-label="unsaved changes">
                    ●
                  </span>
                )}
              </button>
              <button
                type="button"
                className="editor-tab__close"
                aria-label={`Close ${path}`}
                onClick={() => props.onClose(path)}
              >
                <Icon name="cross" />
              </button>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        className="button editor-tabs__diff"
        aria-pressed={props.view === 'diff'}
        onClick={props.onToggleDiff}
        disabled={!props.activePath}
      >
        {props.view === 'diff' ? 'Back to editor' : 'Diff vs starter'}
      </button>
    </div>
  );
}
