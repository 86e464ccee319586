import { startHarness, type Harness } from './support/harness';

/**
 * Every runner end to end on the fixture challenges (test/fixtures/challenges): through the
 * HTTP API, the starter fails its hidden test and passes the visible one, and the solution
 * (sent as solver files) passes everything.
 */
const CASES = [
  { slug: 'fx-node-range', failing: 'range > includes both ends', dir: 'src/range.js' },
  { slug: 'fx-ts-clamp', failing: 'keeps a value inside the range', dir: 'src/clamp.ts' },
  {
    slug: 'fx-python-mean',
    failing: 'tests.test_mean_hidden::test_mean_of_three',
    dir: 'stats.py',
  },
  { slug: 'fx-go-reverse', failing: 'TestReverseUnicode', dir: 'text/reverse.go' },
  {
    slug: 'fx-java-max',
    failing: 'fx.NumbersHiddenTest > findsTheLargestNegative()',
    dir: 'src/main/java/fx/Numbers.java',
  },
  { slug: 'fx-rust-clamp', failing: 'lowers_high_values', dir: 'src/lib.rs' },
  { slug: 'fx-cpp-abs', failing: 'AbsDiffHidden.SmallerFirst', dir: 'src/absdiff.cpp' },
];

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe.each(CASES)('$slug', ({ slug, failing, dir }) => {
  it('passes the visible suite on the starter', async () => {
    const r = await h.run({ challenge: slug, suite: 'visible' });
    expect({ status: r.status, message: r.message }).toEqual({
      status: 'pass',
      message: undefined,
    });
    expect(r.tests.length).toBeGreaterThan(0);
  });

  it('fails the hidden test on the starter, with a message', async () => {
    const r = await h.run({ challenge: slug, suite: 'hidden' });
    expect(r.status).toBe('fail');
    const test = r.tests.find((t) => t.name === failing || t.name.endsWith(`::${failing}`));
    expect(test?.status).toBe('fail');
    expect(test?.message).toBeTruthy();
  });

  it('passes every test with the fix sent as solver files', async () => {
    const fix = h.app.catalog.get(slug).solution.get(dir);
    const r = await h.run({
      challenge: slug,
      suite: 'all',
      files: { [dir]: fix?.toString('utf8') },
    });
    expect(r.tests.filter((t) => t.status !== 'pass')).toEqual([]);
    expect(r.status).toBe('pass');
  });
});

describe('compile errors', () => {
  it.each([
    [
      'fx-go-reverse',
      'text/reverse.go',
      'package text\nfunc Reverse(s string) string { return y }\n',
      /undefined: y/,
    ],
    [
      'fx-java-max',
      'src/main/java/fx/Numbers.java',
      'package fx; public final class Numbers { int x = ; }',
      /error/,
    ],
    [
      'fx-rust-clamp',
      'src/lib.rs',
      'pub fn clamp(v: i32, lo: i32, hi: i32) -> i32 { y }',
      /error\[E0425\]/,
    ],
    ['fx-cpp-abs', 'src/absdiff.cpp', 'int abs_diff(int a, int b) { return a - ; }', /error/],
  ])('%s answers status error with the compiler message', async (slug, file, content, pattern) => {
    const r = await h.run({ challenge: slug, suite: 'visible', files: { [file]: content } });
    expect(r.status).toBe('error');
    expect(r.message).toMatch(pattern);
    expect(r.tests).toEqual([]);
  });
});

it('gives each test its own output where the framework separates it', async () => {
  const byRuntime = await Promise.all(
    ['fx-python-mean', 'fx-go-reverse', 'fx-java-max'].map((slug) =>
      h.run({ challenge: slug, suite: 'visible' }),
    ),
  );
  for (const r of byRuntime) expect(r.tests[0].output).toContain('visible test output');
});
