#!/usr/bin/env node
// The end of `npm test`: one line per project (its tiers summed) and one for the workspace,
// "N passed, N failed", from the files the Jest and Vitest summary reporters wrote. A tier that
// should have reported and did not (its process crashed, or its build failed so it never ran)
// counts as a failure, and so do a failed lint and a non-zero exit from Nx with nothing failed.
//
//   node tools/test/aggregate-results.js <results dir> <expected tiers file> <lint failed 0|1> <nx status>
//
// The expected tiers file holds one "<project> <tier>" per line (`nx show projects --withTarget`).
const fs = require('node:fs');
const path = require('node:path');

/**
 * @param {{ project: string, tier?: string, passed: number, failed: number, skipped: number }[]} results
 * @param {{ project: string, tier: string }[]} expected
 */
function aggregate(results, expected, lintFailed, nxStatus) {
  const projects = new Map();
  const projectOf = (name) => {
    if (!projects.has(name)) projects.set(name, { passed: 0, failed: 0, skipped: 0, silent: [] });
    return projects.get(name);
  };
  for (const r of results) {
    const p = projectOf(r.project);
    p.passed += r.passed;
    p.failed += r.failed;
    p.skipped += r.skipped;
  }
  const reported = new Set(results.map((r) => `${r.project} ${r.tier}`));
  for (const { project, tier } of expected) {
    if (reported.has(`${project} ${tier}`)) continue;
    const p = projectOf(project);
    p.failed += 1;
    p.silent.push(tier);
  }
  const lines = [];
  let passed = 0;
  let failed = Number(lintFailed);
  let skipped = 0;
  for (const name of [...projects.keys()].sort()) {
    const p = projects.get(name);
    const note = p.silent.length
      ? ` (no result from ${p.silent.join(', ')}: crashed or never ran)`
      : '';
    lines.push(`  ${name}: ${p.passed} passed, ${p.failed} failed${note}`);
    passed += p.passed;
    failed += p.failed;
    skipped += p.skipped;
  }
  if (Number(nxStatus) !== 0 && failed === 0) failed = 1;
  lines.push(`${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ''));
  return { lines, passed, failed, skipped };
}

function readResults(dir) {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
}

function readExpected(file) {
  if (!file || !fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [project, tier] = line.trim().split(/\s+/);
      return { project, tier };
    });
}

if (require.main === module) {
  const [dir, expectedFile, lintFailed = '0', nxStatus = '0'] = process.argv.slice(2);
  const { lines, failed } = aggregate(
    readResults(dir),
    readExpected(expectedFile),
    lintFailed,
    nxStatus,
  );
  for (const line of lines) console.log(line);
  process.exit(failed === 0 ? 0 : 1);
}

module.exports = { aggregate, readResults, readExpected };
