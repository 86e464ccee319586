import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import type { Challenge, Suite } from '../challenges/challenge-catalog';
import { PROJECT_ROOT } from '../config/config';
import type { SandboxOutcome } from '../drivers/driver';
import type { FileTree } from '../files/file-tree';
import type { Canary } from '../integrity/canaries/canary';
import { checkCanaries, scrubCanaries } from '../integrity/canaries/check';
import { plantCanaries } from '../integrity/canaries/plant';
import { readFreezeReport } from '../integrity/freeze-report';
import { judgeGradedRun } from '../integrity/judge';
import type { IntegrityLayers } from '../integrity/layers';
import { scanChange } from '../integrity/scan/scan';
import { testIdsOf } from '../integrity/test-ids';
import { checkTestSet, type TestIds } from '../integrity/test-set';
import type { IntegrityFinding, RunResult } from '../result';
import { INTEGRITY_HARNESS, type Mount, type ParsedRun } from '../runners/runner';
import { buildResult } from './run-result';

/** The harness files (node preload, pytest plugin), mounted read-only into graded runs. */
const HARNESS_DIR = path.join(PROJECT_ROOT, 'src', 'integrity', 'harness');

export interface GradedRun {
  /** The challenge with canaries planted in its test files. */
  challenge: Challenge;
  seed: string;
  harnessMount: Mount;
  /** For the pytest plugin (on fd 5): it signs the outcomes it saw with it (freeze-report.ts). */
  secret?: string;
  /** Builds the result of the run and judges its integrity. */
  judge(outcome: SandboxOutcome, parsed: ParsedRun): RunResult;
}

/**
 * Prepares a graded run (see integrity/judge.ts for the verdicts): plants canaries in the suite's
 * hidden test files (the visible ones when only the visible suite runs), draws a seed, scans the
 * solver's change against the starter, and afterwards checks canaries and the test set.
 */
export function gradedRun(
  challenge: Challenge,
  top: FileTree,
  suite: Suite,
  layers: IntegrityLayers,
  opts: { seed?: string; testIds?: TestIds },
): GradedRun {
  const seed = opts.seed ?? randomBytes(8).toString('hex');
  const runtime = challenge.manifest.runtime;
  const plantIn = suite === 'visible' ? 'visibleTests' : 'hiddenTests';
  let canaries: Canary[] = [];
  let planted = challenge;
  if (layers.canaries) {
    const p = plantCanaries(runtime, challenge[plantIn]);
    canaries = p.canaries;
    planted = { ...challenge, [plantIn]: p.tests };
  }
  const scanFindings = layers.scan ? scanChange(challenge.starter, top) : [];
  const ids = opts.testIds ?? testIdsOf(challenge);
  const expected = ids && [
    ...(suite !== 'hidden' ? ids.visible : []),
    ...(suite !== 'visible' ? ids.hidden : []),
  ];
  const hasPythonPlugin = layers.freeze && runtime === 'python';
  const secret = hasPythonPlugin ? randomBytes(32).toString('hex') : undefined;
  return {
    challenge: planted,
    seed,
    harnessMount: { source: HARNESS_DIR, target: INTEGRITY_HARNESS },
    ...(secret !== undefined ? { secret } : {}),
    judge(outcome, parsed) {
      const freeze = layers.freeze
        ? readFreezeReport(outcome.stderr, secret, parsed.tests)
        : { stderr: outcome.stderr, findings: [], seen: false };
      const { tests, findings: canaryFindings } = checkCanaries(parsed.tests, canaries);
      const built = buildResult(
        { ...outcome, stderr: scrubCanaries(freeze.stderr, canaries) },
        { ...parsed, tests, stdout: scrubCanaries(parsed.stdout ?? outcome.stdout, canaries) },
        { exitCodeCounts: canaries.length === 0 },
      );
      const reported = parsed.error === undefined && parsed.tests.length > 0;
      let testSetFindings: IntegrityFinding[] = [];
      if (layers.testSet) {
        testSetFindings = expected
          ? checkTestSet(tests, expected)
          : [
              {
                layer: 'test-set',
                code: 'test-set-unvalidated',
                message:
                  'The challenge has no validated test set (tests.json), so the reported tests could not be checked.',
              },
            ];
      }
      const freezeFindings = [...freeze.findings];
      // pytest reported, so the plugin's session end ran: without its signed line, something
      // closed or redirected its descriptor, unless the output cap cut stderr (then a person
      // decides: a flood can be honest, or a way to push the line past the cap).
      if (hasPythonPlugin && reported && !freeze.seen)
        freezeFindings.push(
          outcome.stderrTruncated
            ? {
                layer: 'separation',
                code: 'freeze-silent',
                message:
                  'The pytest integrity plugin did not report: stderr was cut at the output cap.',
              }
            : {
                layer: 'separation',
                code: 'freeze-missing',
                message:
                  'The pytest integrity plugin did not report although pytest did: its output was silenced.',
              },
        );
      return judgeGradedRun(built, {
        seed,
        canaries: canaries.length,
        reported,
        canaryFindings,
        testSetFindings,
        scanFindings: [...scanFindings, ...survivorFindings(outcome.survivors)],
        freezeFindings,
      });
    },
  };
}

/**
 * Processes of the run that outlived its test command. The harness kills them before it reads
 * the report, but in the moment between the command's exit and that kill one of them could
 * have rewritten the report: the result is not proven forged, so a person decides (flagged).
 */
export function survivorFindings(survivors: number | undefined): IntegrityFinding[] {
  if (!survivors) return [];
  return [
    {
      layer: 'separation',
      code: 'survivor-processes',
      message: `${survivors} process${survivors === 1 ? '' : 'es'} of the run outlived the test command and could have rewritten its report.`,
    },
  ];
}
