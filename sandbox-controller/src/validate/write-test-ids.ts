import type { Challenge } from '../challenges/challenge-catalog';
import type { TestIds } from '../challenges/test-ids';
import type { RunResult } from '../result';
import type { RunService } from '../runs/run-service';

const summary = (r: RunResult) =>
  `${r.status}${r.message ? ` (${r.message.split('\n')[0].slice(0, 200)})` : ''}` +
  `: ${r.tests
    .filter((t) => t.status !== 'pass')
    .map((t) => t.name)
    .join(', ')}`;

/**
 * The test set tests.json records: the names the runner reports for each suite on starter +
 * solution (unseeded, so randomised tests run with their fixed seed; their names never carry
 * the seed). Both runs must pass: a name from a crashed or failing run is not a set to trust.
 */
export async function collectTestIds(service: RunService, challenge: Challenge): Promise<TestIds> {
  const [visible, hidden] = await Promise.all(
    (['visible', 'hidden'] as const).map((suite) =>
      service.runChallenge(challenge, challenge.solution, suite, { checkEditable: false }),
    ),
  );
  const bad = [visible, hidden].filter((r) => r.status !== 'pass');
  if (bad.length > 0)
    throw new Error(
      `${challenge.slug}: starter + solution must pass to record its tests, got ${bad.map(summary).join('; ')}`,
    );
  const unique = (r: RunResult) => {
    const names = r.tests.map((t) => t.name);
    const twice = names.filter((n, i) => names.indexOf(n) !== i);
    if (twice.length)
      throw new Error(
        `${challenge.slug}: two tests share a name: ${[...new Set(twice)].join(', ')}`,
      );
    return names.sort();
  };
  return { visible: unique(visible), hidden: unique(hidden) };
}
