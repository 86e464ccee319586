// Which Monaco mode a file opens in, by name: only modes monaco-setup.ts registers.
const BY_EXTENSION: Record<string, string> = {
  js: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  jsx: 'javascript',
  ts: 'typescript',
  mts: 'typescript',
  cts: 'typescript',
  tsx: 'typescript',
  py: 'python',
  go: 'go',
  java: 'java',
  rs: 'rust',
  c: 'cpp',
  cc: 'cpp',
  cpp: 'cpp',
  cxx: 'cpp',
  h: 'cpp',
  hh: 'cpp',
  hpp: 'cpp',
  md: 'markdown',
  yaml: 'yaml',
  yml: 'yaml',
  toml: 'ini',
  ini: 'ini',
  cfg: 'ini',
  sh: 'shell',
  xml: 'xml',
};

const BY_NAME: Record<string, string> = {
  'go.mod': 'go',
  'go.sum': 'plaintext',
  Makefile: 'shell',
};

export function languageForPath(path: string): string {
  const name = path.split('/').pop() ?? path;
  if (BY_NAME[name]) return BY_NAME[name];
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return 'plaintext';
  // JSON has no syntax mode registered without its language service; JavaScript's reads it well.
  const extension = name.slice(dot + 1).toLowerCase();
  if (extension === 'json') return 'javascript';
  return BY_EXTENSION[extension] ?? 'plaintext';
}
