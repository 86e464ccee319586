import { randomInt } from 'node:crypto';
import type { RuntimeId } from '../../challenges/challenge.schema';
import type { FileTree } from '../../files/file-tree';
import { isTestFile, type Canary } from './canary';
import { randomValue, randomWords } from './words';

/** One canary's source before it is written in a runtime's syntax. */
interface Draft {
  words: string[];
  expect: 'pass' | 'fail';
  /** value + add must equal want; a must-fail canary's want is off by `miss`. */
  value: number;
  add: number;
  want: number;
}

const pascal = (w: string[]): string => w.map((s) => s[0]?.toUpperCase() + s.slice(1)).join('');
const camel = (w: string[]): string => (w[0] ?? '') + pascal(w.slice(1));
const snake = (w: string[]): string => w.join('_');

/**
 * Appends canary tests to every test file of `tests` (the run's hidden test files): at least one
 * that must fail (a false assertion) and one that must pass, plus one more of either, in a
 * random order, with random names and values (crypto randomness). They use the file's own test
 * framework and assertion API, so they run in the same processes as the real tests and go
 * through whatever a forger changed: a no-op assertion makes a must-fail canary pass, a
 * reporter forced to "passed" does too, an early exit or a faked report loses them.
 */
export function plantCanaries(
  runtime: RuntimeId,
  tests: FileTree,
): { tests: FileTree; canaries: Canary[] } {
  const planted: FileTree = new Map(tests);
  const canaries: Canary[] = [];
  const taken = new Set<string>();
  for (const [file, bytes] of tests) {
    if (!isTestFile(runtime, file)) continue;
    const source = bytes.toString('utf8');
    const expects: ('pass' | 'fail')[] = ['fail', 'pass', randomInt(2) ? 'pass' : 'fail'];
    shuffle(expects);
    const drafts = expects.map((expect) => draft(expect, source, taken));
    const { text, names } = PLANTERS[runtime](source, drafts, file);
    planted.set(file, Buffer.from(text, 'utf8'));
    drafts.forEach((d, i) =>
      canaries.push({
        file,
        name: names[i] as string,
        expect: d.expect,
        check: `${d.value} + ${d.add} == ${d.want}`,
      }),
    );
  }
  return { tests: planted, canaries };
}

function draft(expect: 'pass' | 'fail', source: string, taken: Set<string>): Draft {
  let words = randomWords();
  // Never reuse a name in this run, nor one that the file already contains.
  while (
    taken.has(words.join(' ')) ||
    source.includes(snake(words)) ||
    source.includes(camel(words))
  )
    words = randomWords();
  taken.add(words.join(' '));
  const value = randomValue();
  const add = randomValue();
  const want = value + add + (expect === 'fail' ? 1 + randomInt(9) : 0);
  return { words, expect, value, add, want };
}

function shuffle<T>(a: T[]): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
}

type Planter = (source: string, drafts: Draft[], file: string) => { text: string; names: string[] };

const PLANTERS: Record<RuntimeId, Planter> = {
  node: plantNode,
  python: (source, drafts) => ({
    text:
      source.replace(/\s*$/, '\n') +
      drafts
        .map(
          (d) =>
            `\n\ndef test_${snake(d.words)}():\n    value = ${d.value}\n    assert value + ${d.add} == ${d.want}\n`,
        )
        .join(''),
    names: drafts.map((d) => `test_${snake(d.words)}`),
  }),
  go: (source, drafts) => ({
    text:
      source.replace(/\s*$/, '\n') +
      drafts
        .map(
          (d) =>
            `\nfunc Test${pascal(d.words)}(t *testing.T) {\n\tvalue := ${d.value}\n\tif got := value + ${d.add}; got != ${d.want} {\n\t\tt.Errorf("got %d, want %d", got, ${d.want})\n\t}\n}\n`,
        )
        .join(''),
    names: drafts.map((d) => `Test${pascal(d.words)}`),
  }),
  java: (source, drafts) => {
    const end = source.lastIndexOf('}');
    const methods = drafts
      .map(
        (d) =>
          `\n  @org.junit.jupiter.api.Test\n  void ${camel(d.words)}() {\n    int value = ${d.value};\n    org.junit.jupiter.api.Assertions.assertEquals(${d.want}, value + ${d.add});\n  }\n`,
      )
      .join('');
    return {
      text: end < 0 ? source : source.slice(0, end) + methods + source.slice(end),
      names: drafts.map((d) => `${camel(d.words)}()`),
    };
  },
  rust: (source, drafts) => ({
    text:
      source.replace(/\s*$/, '\n') +
      drafts
        .map(
          (d) =>
            `\n#[test]\nfn ${snake(d.words)}() {\n    let value: i64 = ${d.value};\n    assert_eq!(value + ${d.add}, ${d.want});\n}\n`,
        )
        .join(''),
    names: drafts.map((d) => snake(d.words)),
  }),
  cpp: (source, drafts) => ({
    text:
      source.replace(/\s*$/, '\n') +
      drafts
        .map(
          (d) =>
            `\nTEST(${pascal(d.words.slice(1))}, ${pascal(d.words.slice(0, 1))}) {\n  int value = ${d.value};\n  EXPECT_EQ(value + ${d.add}, ${d.want});\n}\n`,
        )
        .join(''),
    names: drafts.map((d) => `${pascal(d.words.slice(1))}.${pascal(d.words.slice(0, 1))}`),
  }),
};

/**
 * node:test files, ESM or CommonJS, JavaScript or TypeScript: the canaries call the file's own
 * `test`/`it` and assertion binding when it has one, else import them (from the same modules
 * the real tests use, so a patched module is patched for the canaries too).
 */
function plantNode(source: string, drafts: Draft[], file: string) {
  const esm = /\.m[jt]s$/.test(file) || /^\s*(import|export)\s/m.test(source);
  const lines: string[] = [];
  const suffix = randomInt(1e9).toString(36);
  const testFn = /\bimport\s*\{([^}]*)\}\s*from\s*['"](?:node:)?test['"]/.exec(source)?.[1];
  let testId = testFn && bindingOf(testFn, ['test', 'it']);
  if (!testId) {
    testId = `check_${suffix}`;
    lines.push(
      esm
        ? `import { test as ${testId} } from 'node:test';`
        : `const { test: ${testId} } = require('node:test');`,
    );
  }
  let assertId =
    /\bimport\s+(?:\*\s+as\s+)?(\w+)\s+from\s*['"](?:node:)?assert(?:\/strict)?['"]/.exec(
      source,
    )?.[1] ??
    /\b(?:const|let|var)\s+(\w+)\s*=\s*require\(\s*['"](?:node:)?assert(?:\/strict)?['"]\s*\)/.exec(
      source,
    )?.[1];
  if (!assertId) {
    assertId = `expect_${suffix}`;
    lines.push(
      esm
        ? `import ${assertId} from 'node:assert/strict';`
        : `const ${assertId} = require('node:assert/strict');`,
    );
  }
  for (const d of drafts) {
    lines.push(
      `${testId}(${JSON.stringify(d.words.join(' '))}, () => {`,
      `  const value = ${d.value};`,
      `  ${assertId}.equal(value + ${d.add}, ${d.want});`,
      `});`,
    );
  }
  return {
    text: `${source.replace(/\s*$/, '\n')}\n${lines.join('\n')}\n`,
    names: drafts.map((d) => d.words.join(' ')),
  };
}

/** `test, describe as d, it as check` -> the local name of the first of `wanted` imported. */
function bindingOf(specifiers: string, wanted: string[]): string | undefined {
  for (const s of specifiers.split(',')) {
    const m = /^\s*(\w+)(?:\s+as\s+(\w+))?\s*$/.exec(s);
    if (m && wanted.includes(m[1] as string)) return m[2] ?? m[1];
  }
  return undefined;
}
