// Display names for the catalog's vocabulary (challenges/README.md).

export const LANGUAGES: Record<string, string> = {
  javascript: 'JavaScript',
  typescript: 'TypeScript',
  python: 'Python',
  go: 'Go',
  java: 'Java',
  rust: 'Rust',
  cpp: 'C++',
};

export const BUG_TYPES: Record<string, string> = {
  'off-by-one': 'Off-by-one',
  logic: 'Logic',
  'null-reference': 'Null reference',
  'type-coercion': 'Type coercion',
  'state-mutation': 'State mutation',
  'async-ordering': 'Async ordering',
  'race-condition': 'Race condition',
  concurrency: 'Concurrency',
  'resource-leak': 'Resource leak',
  performance: 'Performance',
  injection: 'Injection',
  'path-traversal': 'Path traversal',
  'error-handling': 'Error handling',
  'date-time': 'Date and time',
  'floating-point': 'Floating point',
  'api-misuse': 'API misuse',
};

export const DIFFICULTIES: Record<number, string> = {
  1: 'Beginner',
  2: 'Easy',
  3: 'Intermediate',
  4: 'Advanced',
  5: 'Expert',
};

export const languageName = (key: string) => LANGUAGES[key] ?? key;
export const bugTypeName = (key: string) => BUG_TYPES[key] ?? key;
export const difficultyName = (level: number) => DIFFICULTIES[level] ?? `Level ${level}`;
export const sourceName = (kind: string) => (kind === 'GITHUB' ? 'GitHub issue' : 'Synthetic');
