import * as path from 'node:path';
import pino from 'pino';
import { parseChallengeFiles, type Challenge } from '../src/challenges/challenge-files';
import { loadConfig } from '../src/config/config';
import { LocalDriver } from '../src/drivers/local/local.driver';
import { readTree } from '../src/files/tree-io';
import { NO_LAYERS, type IntegrityLayers } from '../src/integrity/layers';
import type { RunResult } from '../src/result';
import { ChallengeCatalog } from '../src/challenges/challenge-catalog';
import { RunService } from '../src/runs/run-service';
import { loadToolchains } from '../src/toolchains/toolchains';
import { FORGERIES, HIDDEN_TESTS, type Forgery } from './forgeries/forgeries';
import { FIXTURES, TOKEN } from './support/harness';

/**
 * Issue 11: a candidate adds lines to the starter, fixes nothing, and tries to make the hidden
 * tests look passed. Every forgery runs graded through RunService and the real local driver,
 * with every layer on and then with single layers alone.
 */
const config = loadConfig({
  SANDBOX_TOKEN: TOKEN,
  SANDBOX_CHALLENGES_DIR: FIXTURES,
  ...(process.env.SANDBOX_DATA_DIR ? { SANDBOX_DATA_DIR: process.env.SANDBOX_DATA_DIR } : {}),
});
const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
const driver = new LocalDriver({ concurrency: config.concurrency, logger, ...config.localDriver });
const toolchains = loadToolchains(config.dataDir);
const catalog = new ChallengeCatalog(config.challengesDir);
const services = new Map<string, RunService>();
const service = (layers: Partial<IntegrityLayers>): RunService => {
  const key = JSON.stringify(layers);
  if (!services.has(key))
    services.set(
      key,
      new RunService(config, catalog, driver, toolchains, logger, { integrity: layers }),
    );
  return services.get(key) as RunService;
};

/** A fixture folder parsed as an upload would be (tests.json is passed as testIds). */
function fixture(slug: string): Challenge {
  const files = Object.fromEntries(
    [...readTree(path.join(FIXTURES, slug))].map(([p, b]) => [p, b.toString('utf8')]),
  );
  const parsed = parseChallengeFiles(files);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.challenge;
}

async function runForgery(f: Forgery, layers: Partial<IntegrityLayers>): Promise<RunResult> {
  const c = fixture(f.slug);
  const starter = c.starter.get(f.file)?.toString('utf8') ?? '';
  const files = new Map([[f.file, Buffer.from(f.edit(starter))]]);
  return service(layers).runChallenge(c, files, 'hidden', {
    checkEditable: true,
    graded: true,
    testIds: { visible: [], hidden: HIDDEN_TESTS[f.slug] ?? [] },
  });
}

const allPassed = (r: RunResult) => r.tests.length > 0 && r.tests.every((t) => t.status === 'pass');
const summary = (r: RunResult) => ({
  status: r.status,
  message: r.message,
  findings: r.integrity?.findings.map((x) => x.code),
});

describe('forgeries with every layer on', () => {
  it.each(FORGERIES.map((f) => [`${f.slug}: ${f.name}`, f] as const))(
    '%s is tampered or an error with a reason, never a pass',
    async (_name, f) => {
      const r = await runForgery(f, {});
      expect(['tampered', 'error']).toContain(r.status);
      expect(allPassed(r)).toBe(false);
      expect(r.message).toBeTruthy();
      expect(r.integrity?.verdict).not.toBe('clean');
      if (!f.slipsScan) expect(summary(r).findings?.some((c) => c?.startsWith('scan-'))).toBe(true);
    },
    60_000,
  );
});

describe('each layer alone', () => {
  const byName = (name: string) => FORGERIES.find((f) => f.name === name) as Forgery;

  it('canaries alone: a no-op assertion module and a patched pytest report are tampered', async () => {
    const node = await runForgery(byName('replaces node:assert/strict functions with no-ops'), {
      ...NO_LAYERS,
      canaries: true,
    });
    expect(summary(node)).toMatchObject({ status: 'tampered' });
    expect(node.integrity?.findings).toContainEqual(
      expect.objectContaining({
        layer: 'canary',
        code: 'canary-passed',
        expected: expect.stringMatching(/^fail/),
        actual: 'pass',
      }),
    );
    // The canaries never show as tests.
    expect(node.tests.map((t) => t.name).sort()).toEqual(HIDDEN_TESTS['fx-node-range']);
    const py = await runForgery(
      byName('finds TestReport through __subclasses__ and a joined name'),
      {
        ...NO_LAYERS,
        canaries: true,
      },
    );
    expect(summary(py)).toMatchObject({ status: 'tampered' });
  }, 60_000);

  it('test set alone: an early exit is an error naming the missing tests', async () => {
    const r = await runForgery(byName('exits 0 when the module loads'), {
      ...NO_LAYERS,
      testSet: true,
    });
    expect(r.status).toBe('error');
    expect(r.message).toBe('The run reported other tests than the challenge was validated with.');
    expect(
      r.integrity?.findings.filter((x) => x.layer === 'test-set').map((x) => x.code),
    ).toContain('test-missing');
  }, 60_000);

  it('scan alone: flags the change with file, line and excerpt', async () => {
    const r = await runForgery(byName('exits 0 when the module is imported'), {
      ...NO_LAYERS,
      scan: true,
    });
    expect(r.integrity?.verdict).toBe('flagged');
    expect(r.integrity?.findings).toContainEqual(
      expect.objectContaining({
        layer: 'scan',
        code: 'scan-process-exit',
        file: 'stats.py',
        excerpt: 'os._exit(0)',
      }),
    );
    expect(r.status).not.toBe('pass');
  }, 60_000);

  it('freeze alone: frozen node assertions refuse the no-ops; the pytest plugin sees its reports patched', async () => {
    const node = await runForgery(
      byName('no-ops the assertions through getBuiltinModule and a joined name'),
      {
        ...NO_LAYERS,
        freeze: true,
      },
    );
    expect(node.status).not.toBe('pass');
    expect(allPassed(node)).toBe(false);
    const py = await runForgery(byName('patches pytest reports so every outcome is passed'), {
      ...NO_LAYERS,
      freeze: true,
    });
    expect(summary(py)).toMatchObject({ status: 'tampered' });
    expect(py.integrity?.findings.map((x) => x.code)).toEqual(
      expect.arrayContaining(['freeze-patched', 'freeze-outcome']),
    );
  }, 60_000);

  it('freeze alone (signed outcomes): canaries reproduced from the test file and a report rewritten at exit are tampered; canaries alone miss it', async () => {
    const reproducer = byName(
      'reads the canaries from the hidden test file and rewrites the report at exit to match them',
    );
    // What the signed list closes: the canaries alone see every planted check come back right.
    const canariesOnly = await runForgery(reproducer, { ...NO_LAYERS, canaries: true });
    expect(summary(canariesOnly)).toEqual({ status: 'pass', message: undefined, findings: [] });
    const r = await runForgery(reproducer, { ...NO_LAYERS, freeze: true });
    expect(summary(r)).toMatchObject({ status: 'tampered' });
    expect(r.integrity?.findings).toContainEqual(
      expect.objectContaining({
        layer: 'separation',
        code: 'report-rewritten',
        test: 'tests.test_mean_hidden::test_mean_of_three',
      }),
    );
    const printed = await runForgery(
      byName('does the same and prints its own integrity line listing every test passed'),
      { ...NO_LAYERS, freeze: true },
    );
    expect(summary(printed)).toMatchObject({ status: 'tampered' });
    expect(printed.integrity?.findings.map((x) => x.code)).toEqual(
      expect.arrayContaining(['freeze-forged', 'report-rewritten']),
    );
    const silenced = await runForgery(
      byName("also closes the integrity plugin's descriptor at import so it cannot report"),
      { ...NO_LAYERS, freeze: true },
    );
    expect(summary(silenced)).toMatchObject({ status: 'tampered', findings: ['freeze-missing'] });
  }, 90_000);

  it('separation alone: go lines printed by the code under test are not test events', async () => {
    const r = await runForgery(
      byName('init prints RUN/PASS lines for the hidden tests and exits 0'),
      NO_LAYERS,
    );
    expect(r.status).toBe('error');
    expect(r.tests).toEqual([]);
  }, 60_000);
});

describe('processes that outlive the test command', () => {
  it('flag the run for a person: in the moment before the harness kills them they could rewrite the report', async () => {
    const c = fixture('fx-python-mean');
    const starter = c.starter.get('stats.py')?.toString('utf8') ?? '';
    // A child forked at import sleeps past the end of pytest; nothing else is tampered with.
    const lingering = `${starter}\nimport os as _os, time as _time\nif _os.fork() == 0:\n    _time.sleep(30)\n    _os._exit(0)\n`;
    const r = await service(NO_LAYERS).runChallenge(
      c,
      new Map([['stats.py', Buffer.from(lingering)]]),
      'hidden',
      {
        checkEditable: true,
        graded: true,
        testIds: { visible: [], hidden: HIDDEN_TESTS['fx-python-mean'] },
      },
    );
    expect(r.integrity?.verdict).toBe('flagged');
    expect(r.integrity?.findings).toContainEqual(
      expect.objectContaining({ layer: 'separation', code: 'survivor-processes' }),
    );
  }, 60_000);
});

describe('honest graded runs', () => {
  it.each(Object.keys(HIDDEN_TESTS))(
    '%s: the reference solution passes clean, the starter fails clean',
    async (slug) => {
      const c = fixture(slug);
      const opts = {
        checkEditable: false,
        graded: true,
        testIds: { visible: [], hidden: HIDDEN_TESTS[slug] ?? [] },
      };
      const fixed = await service({}).runChallenge(c, c.solution, 'hidden', opts);
      expect(summary(fixed)).toEqual({ status: 'pass', message: undefined, findings: [] });
      expect(fixed.integrity).toMatchObject({
        verdict: 'clean',
        seed: expect.stringMatching(/^[0-9a-f]{16}$/),
      });
      expect(fixed.integrity?.canaries).toBeGreaterThanOrEqual(2);
      expect(fixed.tests.map((t) => t.name).sort()).toEqual([...(HIDDEN_TESTS[slug] ?? [])].sort());
      const starter = await service({}).runChallenge(c, new Map(), 'hidden', opts);
      expect(summary(starter)).toMatchObject({ status: 'fail', findings: [] });
    },
    120_000,
  );
});
