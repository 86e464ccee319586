import pino from 'pino';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config/config';
import { validateAll, type ChallengeVerdict } from '../src/validate/validate-challenge';

/**
 * The catalog validation (challenges/README.md, SWE-bench style), over whatever is in
 * challenges/: for every challenge the starter fails at least one hidden test and its runs
 * complete, and starter + solution passes every test. The whole catalog is validated twice
 * and both rounds must give the same per-test verdicts. Two challenges at a time.
 */
const app = createApp(
  loadConfig({ ...process.env, NODE_ENV: 'development' }),
  pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
);
const slugs = app.catalog.slugs();
const rounds: ChallengeVerdict[][] = [];

beforeAll(async () => {
  const missing = [...app.toolchains.missing.values()];
  if (missing.length > 0)
    throw new Error(
      `Runtimes are not prepared; run tools/sandbox/prepare.sh first:\n${missing.join('\n')}`,
    );
  for (let round = 0; round < 2; round++) {
    rounds.push(await validateAll(app.service, (s) => app.catalog.get(s), slugs, 2));
  }
}, 540_000);

if (slugs.length === 0) {
  it.todo('validates challenges once challenges/ has some');
} else {
  describe.each(slugs.map((slug, i) => ({ slug, i })))('$slug', ({ i }) => {
    it('starter fails a hidden test and passes the rest; starter + solution passes all', () => {
      const v = rounds[0][i];
      expect({ problems: v.problems, valid: v.valid }).toEqual({ problems: [], valid: true });
      expect(v.failToPass.length).toBeGreaterThan(0);
    });

    it('gives the same verdicts when run again', () => {
      expect(rounds[1][i].statuses).toEqual(rounds[0][i].statuses);
      expect(rounds[1][i].valid).toBe(rounds[0][i].valid);
    });
  });
}
