import { randomInt } from 'node:crypto';

/**
 * Words canary names are drawn from. They read like the names of ordinary tests (verbs, then
 * the things a test talks about), so a forger cannot tell a canary from a real test by its
 * name: there is no prefix or pattern to match, and a run has never seen its names before.
 */
const VERBS = [
  'keeps',
  'returns',
  'rejects',
  'accepts',
  'handles',
  'rounds',
  'sorts',
  'merges',
  'splits',
  'parses',
  'formats',
  'counts',
  'skips',
  'trims',
  'caches',
  'retries',
  'groups',
  'limits',
  'matches',
  'resolves',
  'computes',
  'updates',
  'removes',
  'builds',
  'checks',
  'reads',
  'writes',
  'orders',
  'totals',
  'expires',
  'renews',
  'clamps',
  'encodes',
  'decodes',
  'maps',
  'filters',
];
const THINGS = [
  'empty',
  'single',
  'nested',
  'large',
  'negative',
  'zero',
  'unicode',
  'duplicate',
  'missing',
  'stale',
  'partial',
  'boundary',
  'trailing',
  'leading',
  'sparse',
  'ordered',
  'mixed',
  'repeated',
  'input',
  'values',
  'items',
  'entries',
  'labels',
  'totals',
  'keys',
  'ranges',
  'dates',
  'prices',
  'names',
  'lines',
  'tokens',
  'records',
  'pages',
  'limits',
  'offsets',
  'amounts',
  'window',
];

const pick = (words: readonly string[]): string => words[randomInt(words.length)] as string;

/** Three or four words, e.g. ['rounds', 'negative', 'amounts']; crypto randomness. */
export function randomWords(): string[] {
  const n = 2 + randomInt(2);
  const words = [pick(VERBS)];
  while (words.length < n + 1) {
    const w = pick(THINGS);
    if (!words.includes(w)) words.push(w);
  }
  return words;
}

/** A small random integer (crypto randomness) for canary values. */
export const randomValue = (): number => 2 + randomInt(997);
