import type { Challenge } from '../challenges/challenge-catalog';
import { matchesAny } from '../files/glob';
import type { RunResult, TestStatus } from '../result';
import type { RunService } from '../runs/run-service';

export interface ChallengeVerdict {
  slug: string;
  runtime: string;
  valid: boolean;
  problems: string[];
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
const statusMap = (r: RunResult) => Object.fromEntries(r.tests.map((t) => [t.name, t.status]));
const summary = (r: RunResult) =>
  `${r.status}${r.message ? ` (${r.message.split('\n')[0].slice(0, 200)})` : ''}`;

/**
 * SWE-bench style validation (challenges/README.md): the starter fails at least one hidden
 * test and its runs complete (a visible test may fail too); starter + solution passes every
 * visible and hidden test; the solution only touches editable paths.
 */
export async function validateChallenge(
  service: RunService,
  challenge: Challenge,
): Promise<ChallengeVerdict> {
  const started = Date.now();
  const problems: string[] = [];
  const none = new Map<string, Buffer>();
  for (const p of challenge.solution.keys()) {
    if (!matchesAny(p, challenge.manifest.editable))
      problems.push(`solution changes ${p}, which is not editable`);
  }
  if (challenge.hiddenTests.size === 0) problems.push('has no hidden tests');
  const [starterVisible, starterHidden, solution] = await Promise.all([
    service.runChallenge(challenge, none, 'visible', { checkEditable: false }),
    service.runChallenge(challenge, none, 'hidden', { checkEditable: false }),
    service.runChallenge(challenge, challenge.solution, 'all', { checkEditable: false }),
  ]);
  if (starterVisible.status !== 'pass' && starterVisible.status !== 'fail') {
    problems.push(`starter visible tests did not run: ${summary(starterVisible)}`);
  }
  if (starterHidden.status !== 'fail')
    problems.push(`starter should fail a hidden test, got ${summary(starterHidden)}`);
  const failToPass = failing(starterHidden).map((t) => t.name);
  if (solution.status !== 'pass') {
    const bad = failing(solution).map((t) => t.name);
    problems.push(
      `starter + solution should pass all tests, got ${summary(solution)}${bad.length ? `: ${bad.join(', ')}` : ''}`,
    );
  }
  const expected = starterVisible.tests.length + starterHidden.tests.length;
  if (solution.status === 'pass' && solution.tests.length < expected) {
    problems.push(
      `starter + solution ran ${solution.tests.length} tests, the suites have ${expected}`,
    );
  }
  return {
    slug: challenge.slug,
    runtime: challenge.manifest.runtime,
    valid: problems.length === 0,
    problems,
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
