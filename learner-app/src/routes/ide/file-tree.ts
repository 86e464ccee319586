export interface TreeFolder {
  kind: 'folder';
  name: string;
  path: string;
  children: TreeNode[];
}

export interface TreeFile {
  kind: 'file';
  name: string;
  path: string;
}

export type TreeNode = TreeFolder | TreeFile;

/** Nests flat paths into folders; folders first, then files, each alphabetical. */
export function buildFileTree(paths: string[]): TreeNode[] {
  const root: TreeFolder = { kind: 'folder', name: '', path: '', children: [] };
  for (const path of paths) {
    const parts = path.split('/');
    let folder = root;
    parts.slice(0, -1).forEach((name, i) => {
      const folderPath = parts.slice(0, i + 1).join('/');
      let next = folder.children.find(
        (child): child is TreeFolder => child.kind === 'folder' && child.name === name,
      );
      if (!next) {
        next = { kind: 'folder', name, path: folderPath, children: [] };
        folder.children.push(next);
      }
      folder = next;
    });
    folder.children.push({ kind: 'file', name: parts[parts.length - 1], path });
  }
  sortTree(root);
  return root.children;
}

function sortTree(folder: TreeFolder) {
  folder.children.sort((a, b) =>
    a.kind !== b.kind ? (a.kind === 'folder' ? -1 : 1) : a.name.localeCompare(b.name),
  );
  for (const child of folder.children) if (child.kind === 'folder') sortTree(child);
}
