import type { RuntimeId } from '../../challenges/challenge.schema';
import type { FileTree } from '../../files/file-tree';
import type { IntegrityFinding } from '../../result';
import { normalizeSource } from './normalize';
import { RULES, type ScanRule } from './rules';

/** Which rule set reads a file, by its extension (a .py file in a Go challenge is read as Python). */
const LANGUAGE_OF: [RegExp, RuntimeId][] = [
  [/\.[cm]?[jt]sx?$/, 'node'],
  [/\.py$/, 'python'],
  [/\.go$/, 'go'],
  [/\.java$/, 'java'],
  [/\.rs$/, 'rust'],
  [/\.(c|cc|cpp|cxx|h|hh|hpp|hxx|inl)$/, 'cpp'],
];

/**
 * Files a test framework loads by itself, before or around the tests: adding or changing one is
 * a way to change how tests are judged without touching a test file.
 */
const FRAMEWORK_FILES =
  /(^|\/)(conftest\.py|pytest\.ini|tox\.ini|setup\.cfg|pyproject\.toml|sitecustomize\.py|usercustomize\.py|[^/]*\.pth|[^/]*_test\.go|[^/]*\.test\.[cm]?[jt]s|test_[^/]*\.py|[^/]*_test\.py|[^/]*Test\.java|junit-platform\.properties|build\.rs|\.cargo\/[^/]*|\.npmrc|\.noderc|[^/]*_test\.cpp)$|(^|\/)(META-INF\/services|node_modules|tests?)\//;

const MAX_FINDINGS = 50;

/**
 * The static scan of a solver's change: every file of `submitted` that is new or differs from
 * the starter, and in it only the lines the starter does not have (so the starter's own code
 * never counts against a solver). Lines are normalised first (normalize.ts) so `'str'+'ing'`,
 * comments and similar tricks do not hide a name. Each hit is a finding with the file, the
 * 1-based line and the line's text.
 */
export function scanChange(starter: FileTree, submitted: FileTree): IntegrityFinding[] {
  const findings: IntegrityFinding[] = [];
  for (const [file, bytes] of [...submitted].sort(([a], [b]) => a.localeCompare(b))) {
    const before = starter.get(file);
    if (before && before.equals(bytes)) continue;
    if (FRAMEWORK_FILES.test(file)) {
      findings.push({
        layer: 'scan',
        code: 'scan-test-file',
        message: `${before ? 'Changes' : 'Adds'} a file the test framework loads by itself.`,
        file,
      });
    }
    const lang = LANGUAGE_OF.find(([re]) => re.test(file))?.[1];
    if (!lang) continue;
    findings.push(
      ...scanFile(file, bytes.toString('utf8'), before?.toString('utf8') ?? '', RULES[lang], lang),
    );
  }
  return findings.slice(0, MAX_FINDINGS);
}

function scanFile(
  file: string,
  source: string,
  starterSource: string,
  rules: ScanRule[],
  lang: RuntimeId,
): IntegrityFinding[] {
  const style = lang === 'python' ? 'python' : 'c';
  const original = source.split('\n');
  const normal = normalizeSource(source, style).split('\n');
  const starterLines = new Set(starterSource.split('\n').map((l) => l.trim()));
  const findings: IntegrityFinding[] = [];
  normal.forEach((line, i) => {
    const raw = original[i] ?? '';
    if (starterLines.has(raw.trim()) || line.trim() === '') return;
    const seen = new Set<string>();
    for (const r of rules) {
      if (seen.has(r.code)) continue;
      if (r.moduleLevel && /^\s/.test(line)) continue;
      if (!r.pattern.test(line)) continue;
      seen.add(r.code);
      findings.push({
        layer: 'scan',
        code: r.code,
        message: r.message,
        file,
        line: i + 1,
        excerpt: raw.trim().slice(0, 200),
      });
    }
  });
  return findings;
}
