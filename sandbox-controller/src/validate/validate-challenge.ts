import type { Challenge } from '../challenges/challenge-catalog';
import { matchesAny } from '../files/glob';
import type { RunResult, TestStatus } from '../result';
import type { RunService } from '../runs/run-service';

export const VALIDATION_CHECKS = [
  'starter fails a hidden test (FAIL_TO_PASS)',
  'starter passes the visible/other tests (PASS_TO_PASS)',
  'solution passes all',
] as const;
export type ValidationCheckName = (typeof VALIDATION_CHECKS)[number];

/** One SWE-bench style check of a challenge, with what the runs showed. */
export interface ValidationCheck {
  name: ValidationCheckName;
  passed: boolean;
  detail: string;
}

export interface ChallengeVerdict {
  slug: string;
  runtime: string;
  valid: boolean;
  problems: string[];
  /** The three checks, in VALIDATION_CHECKS order; `problems` are the failed ones' findings. */
  checks: ValidationCheck[];
  /** Hidden tests the starter fails (FAIL_TO_PASS). */
  failToPass: string[];
  /** Every test's status per run, to compare runs for determinism. */
  statuses: {
    starterVisible: Record<string, TestStatus>;
    starterHidden: Record<string, TestStatus>;
    solution: Record<string, TestStatus>;
  };
  durationMs: number;
}

const failing = (r: RunResult) =>
  r.tests.filter((t) => t.status === 'fail' || t.status === 'error');
const passing = (r: RunResult) => r.tests.filter((t) => t.status === 'pass');
const statusMap = (r: RunResult) => Object.fromEntries(r.tests.map((t) => [t.name, t.status]));
const summary = (r: RunResult) =>
  `${r.status}${r.message ? ` (${r.message.split('\n')[0].slice(0, 200)})` : ''}`;
const names = (list: { name: string }[]) => list.map((t) => t.name).join(', ');

/** A check from its problems: passed when there are none; the detail says what was seen. */
const check = (name: ValidationCheckName, problems: string[], ok: string): ValidationCheck => ({
  name,
  passed: problems.length === 0,
  detail: problems.length === 0 ? ok : problems.join('; '),
});

/**
 * SWE-bench style validation (challenges/README.md): the starter fails at least one hidden
 * test and its runs complete (a visible test may fail too); starter + solution passes every
 * visible and hidden test; the solution only touches editable paths. Used by the catalog test,
 * the CLI `validate` and POST /v1/validations.
 */
export async function validateChallenge(
  service: RunService,
  challenge: Challenge,
): Promise<ChallengeVerdict> {
  const started = Date.now();
  const none = new Map<string, Buffer>();
  const [starterVisible, starterHidden, solution] = await Promise.all([
    service.runChallenge(challenge, none, 'visible', { checkEditable: false }),
    service.runChallenge(challenge, none, 'hidden', { checkEditable: false }),
    service.runChallenge(challenge, challenge.solution, 'all', { checkEditable: false }),
  ]);
  const failToPass = failing(starterHidden).map((t) => t.name);

  const f2p: string[] = [];
  if (challenge.hiddenTests.size === 0) f2p.push('has no hidden tests');
  if (starterHidden.status !== 'fail')
    f2p.push(`starter should fail a hidden test, got ${summary(starterHidden)}`);
  else if (failToPass.length === 0) f2p.push('starter hidden run failed but no hidden test failed');

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
  if (solution.status !== 'pass') {
    const bad = failing(solution).map((t) => t.name);
    sol.push(
      `starter + solution should pass all tests, got ${summary(solution)}${bad.length ? `: ${bad.join(', ')}` : ''}`,
    );
  }
  const expected = starterVisible.tests.length + starterHidden.tests.length;
  if (solution.status === 'pass' && solution.tests.length < expected) {
    sol.push(`starter + solution ran ${solution.tests.length} tests, the suites have ${expected}`);
  }

  const checks = [
    check(VALIDATION_CHECKS[0], f2p, `the starter fails ${failToPass.join(', ')}`),
    check(
      VALIDATION_CHECKS[1],
      p2p,
      `the starter passes ${passing(starterVisible).length} visible and ${passing(starterHidden).length} other hidden tests` +
        (visibleFailing.length
          ? `; visible tests showing the symptom fail: ${names(visibleFailing)}`
          : ''),
    ),
    check(
      VALIDATION_CHECKS[2],
      sol,
      `starter + solution passes all ${solution.tests.length} tests`,
    ),
  ];
  const problems = [...f2p, ...p2p, ...sol];
  return {
    slug: challenge.slug,
    runtime: challenge.manifest.runtime,
    valid: problems.length === 0,
    problems,
    checks,
    failToPass,
    statuses: {
      starterVisible: statusMap(starterVisible),
      starterHidden: statusMap(starterHidden),
      solution: statusMap(solution),
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
): Promise<ChallengeVerdict[]> {
  const out: ChallengeVerdict[] = new Array(slugs.length);
  let next = 0;
  const worker = async () => {
    while (next < slugs.length) {
      const i = next++;
      let verdict: ChallengeVerdict;
      try {
        verdict = await validateChallenge(service, load(slugs[i]));
      } catch (err) {
        verdict = {
          slug: slugs[i],
          runtime: '?',
          valid: false,
          problems: [(err as Error).message],
          checks: [],
          failToPass: [],
          statuses: { starterVisible: {}, starterHidden: {}, solution: {} },
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
