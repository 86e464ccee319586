import pino from 'pino';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config/config';
import { validateAll, type ChallengeVerdict } from '../src/validate/validate-challenge';

/**
 * The catalog validation (challenges/README.md, SWE-bench style), over whatever is in
 * challenges/: for every challenge the starter fails at least one hidden test and its runs
 * complete, and starter + solution passes every test (with each validation seed when its tests
 * are randomised); every run reports the test set of its tests.json; every wrong fix is caught.
 * The whole catalog is validated twice and both rounds must give the same per-test verdicts
 * (wrong fixes and seeds included). Two challenges at a time.
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
}, 1_800_000);

describe('the catalog as a whole', () => {
  it('has randomised hidden tests in at least one challenge per runtime', () => {
    const seeded = new Set(
      slugs
        .map((s) => app.catalog.get(s))
        .filter((c) => c.seeded)
        .map((c) => c.manifest.runtime),
    );
    expect([...seeded].sort()).toEqual(['cpp', 'go', 'java', 'node', 'python', 'rust']);
  });

  it('keeps the wrong fixes a review found passing, and sees them fail', () => {
    const wrong = rounds[0].flatMap((v) => v.wrongFixes.map((w) => ({ slug: v.slug, ...w })));
    for (const [slug, name] of [
      ['cpp-lru-cache-linear-touch', 'std-find-touch'],
      ['py-contact-merge-quadratic', 'memoised-normaliser'],
      ['py-flask-product-search', 'quote-doubling'],
    ]) {
      expect(wrong).toContainEqual(expect.objectContaining({ slug, name, caught: true }));
    }
  });
});

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
