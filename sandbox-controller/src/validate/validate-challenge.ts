import type { Challenge } from '../challenges/challenge-catalog';
import {
  describeTestSetDiff,
  diffTestSet,
  sameTestSet,
  type TestIds,
} from '../challenges/test-ids';
import { matchesAny } from '../files/glob';
import type { RunResult, TestStatus } from '../result';
import type { RunService } from '../runs/run-service';
import { judgeWrongFix } from './wrong-fix-outcome';

export const VALIDATION_CHECKS = [
  'starter fails a hidden test (FAIL_TO_PASS)',
  'starter passes the visible/other tests (PASS_TO_PASS)',
  'solution passes all',
  'the runs report the validated test set (tests.json)',
  'every wrong fix is caught',
] as const;
export type ValidationCheckName = (typeof VALIDATION_CHECKS)[number];

/**
 * The seeds validation runs a randomised challenge with (FIXPOINT_SEED), fixed so two
 * validations give the same verdicts. A challenge without seeded tests runs once, unseeded.
 */
export const VALIDATION_SEEDS = ['validate-1', 'validate-2', 'validate-3'] as const;

/** One SWE-bench style check of a challenge, with what the runs showed. */
export interface ValidationCheck {
  name: ValidationCheckName;
  passed: boolean;
  detail: string;
}

type Statuses = Record<string, TestStatus>;

export interface ChallengeVerdict {
  slug: string;
  runtime: string;
  valid: boolean;
  problems: string[];
  /** The checks, in VALIDATION_CHECKS order; `problems` are the failed ones' findings. */
  checks: ValidationCheck[];
  /** Hidden tests the starter fails (FAIL_TO_PASS), with the first seed. */
  failToPass: string[];
  /** The test names the runs reported, per suite (what tests.json must hold). */
  testIds: TestIds;
  /** The seeds the runs used; `[null]` for a challenge without randomised tests. */
  seeds: (string | null)[];
  /** Each wrong fix and what its runs showed. */
  wrongFixes: { name: string; caught: boolean; detail: string }[];
  /** Every test's status per run, to compare runs for determinism. */
  statuses: {
    starterVisible: Statuses;
    starterHidden: Statuses;
    solution: Statuses;
    /** Per seed (`-` when unseeded): the starter's hidden run and starter + solution. */
    bySeed: Record<string, { starterHidden: Statuses; solution: Statuses }>;
    /** Per wrong fix and seed: its hidden run. */
    wrongFixes: Record<string, Statuses>;
  };
  durationMs: number;
}

const failing = (r: RunResult) =>
  r.tests.filter((t) => t.status === 'fail' || t.status === 'error');
const passing = (r: RunResult) => r.tests.filter((t) => t.status === 'pass');
const statusMap = (r: RunResult) => Object.fromEntries(r.tests.map((t) => [t.name, t.status]));
const namesOf = (r: RunResult) => r.tests.map((t) => t.name);
const summary = (r: RunResult) =>
  `${r.status}${r.message ? ` (${r.message.split('\n')[0].slice(0, 200)})` : ''}`;
const names = (list: { name: string }[]) => list.map((t) => t.name).join(', ');
const seedLabel = (seed: string | null) => (seed === null ? '-' : seed);
const withSeed = (seed: string | null) => (seed === null ? '' : ` (seed ${seed})`);

/** A check from its problems: passed when there are none; the detail says what was seen. */
const check = (name: ValidationCheckName, problems: string[], ok: string): ValidationCheck => ({
  name,
  passed: problems.length === 0,
  detail: problems.length === 0 ? ok : problems.join('; '),
});

export interface ValidateOptions {
  /** Seeds for a randomised challenge (default VALIDATION_SEEDS). */
  seeds?: readonly string[];
}

/**
 * SWE-bench style validation (challenges/README.md), with every seed of a randomised challenge:
 * the starter fails at least one hidden test and its runs complete (a visible test may fail
 * too); starter + solution passes every test; the solution only touches editable paths; every
 * run reports exactly the test set of tests.json (or, for an upload without one, the same set
 * in every run); every wrong fix is caught. Used by the catalog test, the CLI `validate` and
 * POST /v1/validations.
 */
export async function validateChallenge(
  service: RunService,
  challenge: Challenge,
  options: ValidateOptions = {},
): Promise<ChallengeVerdict> {
  const started = Date.now();
  const none = new Map<string, Buffer>();
  const seeds: (string | null)[] = challenge.seeded
    ? [...(options.seeds ?? VALIDATION_SEEDS)]
    : [null];
  const run = (
    top: typeof none,
    suite: 'visible' | 'hidden' | 'all',
    seed: string | null,
    graded = false,
  ) =>
    service.runChallenge(challenge, top, suite, {
      checkEditable: false,
      ...(seed === null ? {} : { seed }),
      // A wrong fix is judged as a solver's submission is: canaries, test set, scan.
      ...(graded ? { graded, ...(challenge.testIds ? { testIds: challenge.testIds } : {}) } : {}),
    });
  const [starterVisible, starterHidden, solution, wrong] = await Promise.all([
    run(none, 'visible', seeds[0]),
    Promise.all(seeds.map((s) => run(none, 'hidden', s))),
    Promise.all(seeds.map((s) => run(challenge.solution, 'all', s))),
    Promise.all(
      challenge.wrongFixes.map((w) =>
        Promise.all(seeds.map((s) => run(w.files, 'hidden', s, true))),
      ),
    ),
  ]);
  const failToPass = failing(starterHidden[0]).map((t) => t.name);

  const f2p: string[] = [];
  if (challenge.hiddenTests.size === 0) f2p.push('has no hidden tests');
  seeds.forEach((seed, i) => {
    const r = starterHidden[i];
    if (r.status !== 'fail')
      f2p.push(`starter should fail a hidden test${withSeed(seed)}, got ${summary(r)}`);
    else if (failing(r).length === 0)
      f2p.push(`starter hidden run failed but no hidden test failed${withSeed(seed)}`);
  });

  const p2p: string[] = [];
  if (starterVisible.status !== 'pass' && starterVisible.status !== 'fail') {
    p2p.push(`starter visible tests did not run: ${summary(starterVisible)}`);
  }
  const visibleFailing = failing(starterVisible);

  const sol: string[] = [];
  for (const p of challenge.solution.keys()) {
    if (!matchesAny(p, challenge.manifest.editable))
      sol.push(`solution changes ${p}, which is not editable`);
  }
  seeds.forEach((seed, i) => {
    const r = solution[i];
    if (r.status !== 'pass') {
      const bad = failing(r).map((t) => t.name);
      sol.push(
        `starter + solution should pass all tests${withSeed(seed)}, got ${summary(r)}${bad.length ? `: ${bad.join(', ')}` : ''}`,
      );
    }
  });

  // The test set: tests.json when the challenge has one, else what the first runs reported.
  const seen: TestIds = {
    visible: [...new Set(namesOf(starterVisible))].sort(),
    hidden: [...new Set(namesOf(starterHidden[0]))].sort(),
  };
  const expected = challenge.testIds ?? seen;
  const set: string[] = [];
  const compare = (what: string, want: string[], r: RunResult) => {
    const diff = diffTestSet(want, namesOf(r));
    if (!sameTestSet(diff))
      set.push(
        `${what} reported another test set than ${challenge.testIds ? 'tests.json' : 'the other runs'}: ${describeTestSetDiff(diff)}`,
      );
  };
  const shared = seen.visible.filter((n) => seen.hidden.includes(n));
  if (shared.length) set.push(`a visible and a hidden test share a name: ${shared.join(', ')}`);
  compare('the starter visible run', expected.visible, starterVisible);
  seeds.forEach((seed, i) => {
    compare(`the starter hidden run${withSeed(seed)}`, expected.hidden, starterHidden[i]);
    compare(
      `starter + solution${withSeed(seed)}`,
      [...expected.visible, ...expected.hidden],
      solution[i],
    );
  });

  const wrongFixes = challenge.wrongFixes.map((w, i) => {
    const outside = [...w.files.keys()].filter((p) => !matchesAny(p, challenge.manifest.editable));
    const outcomes = seeds.map((seed, j) => ({
      seed,
      ...judgeWrongFix(wrong[i][j], expected.hidden),
    }));
    const missed = outcomes.filter((o) => !o.caught);
    const caught = outside.length === 0 && missed.length === 0;
    const detail = outside.length
      ? `changes ${outside.join(', ')}, which is not editable`
      : missed.length
        ? missed.map((o) => `${o.detail}${withSeed(o.seed)}`).join('; ')
        : outcomes[0].detail;
    return { name: w.name, caught, detail };
  });
  const wf = wrongFixes.filter((w) => !w.caught).map((w) => `wrong fix ${w.name}: ${w.detail}`);

  const checks = [
    check(VALIDATION_CHECKS[0], f2p, `the starter fails ${failToPass.join(', ')}`),
    check(
      VALIDATION_CHECKS[1],
      p2p,
      `the starter passes ${passing(starterVisible).length} visible and ${passing(starterHidden[0]).length} other hidden tests` +
        (visibleFailing.length
          ? `; visible tests showing the symptom fail: ${names(visibleFailing)}`
          : ''),
    ),
    check(
      VALIDATION_CHECKS[2],
      sol,
      `starter + solution passes all ${solution[0].tests.length} tests` +
        (seeds[0] === null ? '' : ` with each of ${seeds.length} seeds`),
    ),
    check(
      VALIDATION_CHECKS[3],
      set,
      `every run reports the ${expected.visible.length} visible and ${expected.hidden.length} hidden tests of ${challenge.testIds ? 'tests.json' : 'the first runs'}`,
    ),
    check(
      VALIDATION_CHECKS[4],
      wf,
      wrongFixes.length
        ? wrongFixes.map((w) => `${w.name} ${w.detail}`).join('; ')
        : 'the challenge has no wrong fixes',
    ),
  ];
  const problems = [...f2p, ...p2p, ...sol, ...set, ...wf];
  const bySeed = Object.fromEntries(
    seeds.map((seed, i) => [
      seedLabel(seed),
      { starterHidden: statusMap(starterHidden[i]), solution: statusMap(solution[i]) },
    ]),
  );
  const wrongStatuses = Object.fromEntries(
    challenge.wrongFixes.flatMap((w, i) =>
      seeds.map((seed, j) => [`${w.name} ${seedLabel(seed)}`, statusMap(wrong[i][j])]),
    ),
  );
  return {
    slug: challenge.slug,
    runtime: challenge.manifest.runtime,
    valid: problems.length === 0,
    problems,
    checks,
    failToPass,
    testIds: seen,
    seeds,
    wrongFixes,
    statuses: {
      starterVisible: statusMap(starterVisible),
      starterHidden: statusMap(starterHidden[0]),
      solution: statusMap(solution[0]),
      bySeed,
      wrongFixes: wrongStatuses,
    },
    durationMs: Date.now() - started,
  };
}

/** Validates many challenges, `concurrency` challenges at a time (the service bounds runs too). */
export async function validateAll(
  service: RunService,
  load: (slug: string) => Challenge,
  slugs: string[],
  concurrency = 2,
  onVerdict?: (v: ChallengeVerdict) => void,
  options: ValidateOptions = {},
): Promise<ChallengeVerdict[]> {
  const out: ChallengeVerdict[] = new Array(slugs.length);
  let next = 0;
  const worker = async () => {
    while (next < slugs.length) {
      const i = next++;
      let verdict: ChallengeVerdict;
      try {
        verdict = await validateChallenge(service, load(slugs[i]), options);
      } catch (err) {
        verdict = {
          slug: slugs[i],
          runtime: '?',
          valid: false,
          problems: [(err as Error).message],
          checks: [],
          failToPass: [],
          testIds: { visible: [], hidden: [] },
          seeds: [],
          wrongFixes: [],
          statuses: {
            starterVisible: {},
            starterHidden: {},
            solution: {},
            bySeed: {},
            wrongFixes: {},
          },
          durationMs: 0,
        };
      }
      out[i] = verdict;
      onVerdict?.(verdict);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, slugs.length) }, worker));
  return out;
}
