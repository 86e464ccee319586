#!/usr/bin/env node
// Proves the test tiers cover every spec file exactly once: each file the repository holds
// (tracked or new) is run by exactly one project's test:unit, test:medium or test:browser target,
// and each project's `test` target runs all of its tiers. Asks the runners themselves which files
// a tier runs (`jest --listTests --selectProjects <tier>`, `vitest list`), so a config change
// that drops or doubles a file is caught. Exits 1 with the offending files.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '../..');
const TIERS = ['unit', 'medium', 'browser'];
// Challenge projects' own tests run inside the sandbox, not in ours; tools/test's own test runs
// before the tiers, in tools/test.sh.
const notOurs = /^challenges\/|\/fixtures\/|^tools\/test\//;
const specFile = /\.(spec|test)\.[cm]?[jt]sx?$/;

const run = (cmd, args, cwd = root) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, NX_DAEMON: 'false' } });

const specFiles = run('git', ['ls-files', '--cached', '--others', '--exclude-standard'])
  .split('\n')
  .filter((f) => specFile.test(f) && !notOurs.test(f) && existsSync(join(root, f)));

const graphDir = mkdtempSync(join(tmpdir(), 'fixpoint-tiers-'));
run('npx', ['nx', 'graph', `--file=${join(graphDir, 'graph.json')}`]);
const { nodes } = JSON.parse(readFileSync(join(graphDir, 'graph.json'), 'utf8')).graph;
rmSync(graphDir, { recursive: true, force: true });

/** The files one tier target runs, relative to the workspace. */
function filesOf(projectRoot, tier) {
  const cwd = join(root, projectRoot);
  const absolute = existsSync(join(cwd, 'jest.config.js'))
    ? run('npx', ['jest', '--listTests', '--selectProjects', tier], cwd)
        .split('\n')
        .filter((line) => line.startsWith('/'))
    : JSON.parse(run('npx', ['vitest', 'list', '--filesOnly', '--json'], cwd)).map((t) => t.file);
  return absolute.map((file) => relative(root, file));
}

const owners = new Map(specFiles.map((file) => [file, []]));
const problems = [];
for (const [name, { data }] of Object.entries(nodes)) {
  const tiers = TIERS.filter((tier) => data.targets?.[`test:${tier}`]);
  const testDeps = data.targets?.test?.dependsOn ?? [];
  const missing = tiers.filter((tier) => !testDeps.includes(`test:${tier}`));
  if (missing.length)
    problems.push(`${name}: its test target does not run test:${missing.join(', test:')}`);
  for (const tier of tiers) {
    const files = filesOf(data.root, tier);
    if (files.length === 0) problems.push(`${name}: test:${tier} runs no file`);
    for (const file of files)
      owners.set(file, [...(owners.get(file) ?? []), `${name} test:${tier}`]);
  }
}
for (const [file, runBy] of owners) {
  if (runBy.length === 0) problems.push(`${file}: in no test tier`);
  if (runBy.length > 1) problems.push(`${file}: in more than one tier (${runBy.join('; ')})`);
}

const counts = Object.fromEntries(TIERS.map((tier) => [tier, 0]));
for (const runBy of owners.values())
  if (runBy.length === 1) counts[runBy[0].split('test:')[1]] += 1;
console.log(
  `test tiers: ${owners.size} spec files; unit ${counts.unit}, medium ${counts.medium}, browser ${counts.browser}`,
);
for (const problem of problems) console.log(`  ${problem}`);
process.exit(problems.length ? 1 : 0);
