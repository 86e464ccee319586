#!/usr/bin/env node
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { createApp } from './app';
import { loadChallengeDir, type Suite } from './challenges/challenge-catalog';
import { ConfigError, loadConfig } from './config/config';
import { SandboxError } from './errors';
import { formatTestIds, TEST_IDS_FILE } from './challenges/test-ids';
import { readTree } from './files/tree-io';
import type { RunResult } from './result';
import { validateAll, type ChallengeVerdict } from './validate/validate-challenge';
import { collectTestIds } from './validate/write-test-ids';

const USAGE = `Usage:
  fixpoint-sandbox run <challengeDir> [--overlay <dir>] [--suite visible|hidden|all] [--json]
  fixpoint-sandbox validate [<slug>...] [--json] [--write-tests]

run       runs a challenge's tests in the sandbox: its starter, overlaid with <dir> if given
          (e.g. the challenge's solution/), plus the suite's tests (default visible).
validate  checks challenges as the catalog test does: the starter fails a hidden test,
          starter + solution passes all (with each seed of randomised tests), every run
          reports the tests of tests.json, every wrong fix fails. Exits 1 when any is invalid.
          --write-tests first (re)writes each challenge's tests.json from the names
          starter + solution reports per suite; review the diff before committing it.
Environment: see sandbox-controller/README.md (SANDBOX_CHALLENGES_DIR, SANDBOX_DATA_DIR, ...).`;

const out = (s: string) => process.stdout.write(`${s}\n`);
const MARK: Record<string, string> = { pass: 'ok  ', fail: 'FAIL', error: 'ERR ', skip: 'skip' };

function printResult(r: RunResult): void {
  for (const t of r.tests) {
    out(`  ${MARK[t.status]} ${t.name}${t.durationMs !== null ? ` (${t.durationMs} ms)` : ''}`);
    if (t.message && t.status !== 'pass') out(t.message.replace(/^/gm, '         '));
  }
  out(
    `${r.status.toUpperCase()}: ${r.tests.filter((t) => t.status === 'pass').length} passed, ${r.tests.filter((t) => t.status === 'fail' || t.status === 'error').length} failed, ${r.durationMs} ms`,
  );
  if (r.message) out(r.message);
  if (r.limitHit) out(`limit hit: ${r.limitHit.limit} (${r.limitHit.value} ${r.limitHit.unit})`);
  if (r.status === 'error' && r.stderr.trim())
    out(`stderr:\n${r.stderr.trim().split('\n').slice(-30).join('\n')}`);
}

function printTable(verdicts: ChallengeVerdict[]): void {
  const rows = verdicts.map((v) => [
    v.slug,
    v.runtime,
    v.valid ? 'valid' : 'INVALID',
    String(v.failToPass.length),
    `${(v.durationMs / 1000).toFixed(1)}s`,
    v.problems.join('; '),
  ]);
  const head = ['challenge', 'runtime', 'verdict', 'fail-to-pass', 'time', 'problems'];
  const widths = head.map((h, i) =>
    Math.min(60, Math.max(h.length, ...rows.map((r) => r[i].length))),
  );
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
  out(line(head));
  out(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) out(line(r));
}

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      overlay: { type: 'string' },
      suite: { type: 'string', default: 'visible' },
      json: { type: 'boolean', default: false },
      'write-tests': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    out(USAGE);
    return command || values.help ? 0 : 2;
  }
  const config = loadConfig();
  const app = createApp(
    config,
    pino({ level: process.env.SANDBOX_LOG_LEVEL ?? 'warn' }, pino.destination(2)),
  );

  if (command === 'run') {
    if (rest.length !== 1)
      throw new SandboxError('invalid-request', 'run takes one challenge directory');
    const suite = values.suite as Suite;
    if (!['visible', 'hidden', 'all'].includes(suite))
      throw new SandboxError('invalid-request', '--suite is visible, hidden or all');
    // An author runs a challenge while writing it, before its tests.json exists.
    const challenge = loadChallengeDir(path.resolve(rest[0]), { requireTestIds: false });
    const overlay = values.overlay
      ? readTree(path.resolve(values.overlay))
      : new Map<string, Buffer>();
    const result = await app.service.runChallenge(challenge, overlay, suite, {
      checkEditable: false,
    });
    if (values.json) out(JSON.stringify(result, null, 2));
    else printResult(result);
    return result.status === 'pass' ? 0 : 1;
  }
  if (command === 'validate') {
    const slugs = rest.length > 0 ? rest : app.catalog.slugs();
    if (values['write-tests']) {
      for (const slug of slugs) {
        const challenge = app.catalog.get(slug, { requireTestIds: false });
        const ids = await collectTestIds(app.service, challenge);
        fs.writeFileSync(path.join(app.catalog.dir, slug, TEST_IDS_FILE), formatTestIds(ids));
        process.stderr.write(
          `wrote ${slug}/${TEST_IDS_FILE}: ${ids.visible.length} visible, ${ids.hidden.length} hidden\n`,
        );
      }
    }
    const verdicts = await validateAll(
      app.service,
      (s) => app.catalog.get(s),
      slugs,
      2,
      (v) => {
        if (!values.json) process.stderr.write(`${v.valid ? 'valid  ' : 'INVALID'} ${v.slug}\n`);
      },
    );
    if (values.json) out(JSON.stringify(verdicts, null, 2));
    else printTable(verdicts);
    const invalid = verdicts.filter((v) => !v.valid).length;
    if (!values.json) out(`${verdicts.length - invalid} valid, ${invalid} invalid`);
    return invalid === 0 ? 0 : 1;
  }
  out(USAGE);
  return 2;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(
      `${err instanceof SandboxError || err instanceof ConfigError ? err.message : String((err as Error).stack ?? err)}\n`,
    );
    process.exit(2);
  },
);
