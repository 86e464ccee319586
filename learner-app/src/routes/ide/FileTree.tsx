import { Icon } from '../../components/icons';
import { buildFileTree, type TreeNode } from './file-tree';

interface FileTreeProps {
  files: { path: string; editable: boolean }[];
  activePath: string;
  isModified: (path: string) => boolean;
  onOpen: (path: string) => void;
}

export function FileTree({ files, activePath, isModified, onOpen }: FileTreeProps) {
  const editable = new Map(files.map((f) => [f.path, f.editable]));

  function renderNode(node: TreeNode) {
    if (node.kind === 'folder') {
      return (
        <li key={node.path}>
          <span className="file-tree__folder">
            <Icon name="folder" />
            {node.name}
          </span>
          <ul className="file-tree__children">{node.children.map(renderNode)}</ul>
        </li>
      );
    }
    const readOnly = !editable.get(node.path);
    const modified = isModified(node.path);
    return (
      <li key={node.path}>
        <button
          type="button"
          className={`file-tree__file${node.path === activePath ? ' file-tree__file--active' : ''}`}
          aria-current={node.path === activePath ? 'true' : undefined}
          onClick={() => onOpen(node.path)}
          title={readOnly ? `${node.path} (read-only)` : node.path}
        >
          <Icon
            name={readOnly ? 'lock' : 'file'}
            className={readOnly ? 'file-tree__lock' : undefined}
          />
          <span className="file-tree__name">{node.name}</span>
          {readOnly && <span className="visually-hidden">, read-only</span>}
          {modified && (
            <span className="file-tree__modified">
              <span aria-hidden="true">M</span>
              <span className="visually-hidden">, modified</span>
            </span>
          )}
        </button>
      </li>
    );
  }

  return (
    <nav aria-label="Files" className="file-tree">
      <ul className="file-tree__root">{buildFileTree(files.map((f) => f.path)).map(renderNode)}</ul>
    </nav>
  );
}
