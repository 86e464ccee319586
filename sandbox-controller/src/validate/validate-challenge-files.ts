import type { ChallengeManifest } from '../challenges/challenge.schema';
import {
  parseChallengeFiles,
  type ChallengeFileError,
  type ChallengeFiles,
} from '../challenges/challenge-files';
import type { TestIds } from '../challenges/test-ids';
import type { RunService } from '../runs/run-service';
import { validateChallenge, type ValidationCheck } from './validate-challenge';

/** The answer of POST /v1/validations for an uploaded challenge folder. */
export interface ChallengeValidationReport {
  /** The folder parses and every check passed. */
  valid: boolean;
  /** The parsed challenge.yaml (slug, title, language, runtime, difficulty, ...) when it parses. */
  challenge?: ChallengeManifest;
  /** Format problems, each naming its file and field; when there are any, nothing was run. */
  errors: ChallengeFileError[];
  /** The SWE-bench checks (validateChallenge), empty when the format is wrong. */
  checks: ValidationCheck[];
  /** Hidden tests the starter fails. */
  failToPass: string[];
  /**
   * The test names the runs reported, per suite: what the folder's tests.json says when it has
   * one, else what platform-api stores with the upload for graded runs to check. Absent when the
   * folder does not parse.
   */
  testIds?: TestIds;
  /** Each wrong fix (`wrong-fixes/<name>/`) and what its runs showed. */
  wrongFixes: { name: string; caught: boolean; detail: string }[];
  durationMs: number;
}

/**
 * Validates a challenge folder given as a flat map: first its format (parseChallengeFiles, as
 * for a folder on disk), then, when it parses, the same runs and checks as the catalog test.
 */
export async function validateChallengeFiles(
  service: RunService,
  files: ChallengeFiles,
): Promise<ChallengeValidationReport> {
  const started = Date.now();
  const parsed = parseChallengeFiles(files);
  if (!parsed.ok) {
    return {
      valid: false,
      errors: parsed.errors,
      checks: [],
      failToPass: [],
      wrongFixes: [],
      durationMs: Date.now() - started,
    };
  }
  const verdict = await validateChallenge(service, parsed.challenge);
  return {
    valid: verdict.valid,
    challenge: parsed.challenge.manifest,
    errors: [],
    checks: verdict.checks,
    failToPass: verdict.failToPass,
    testIds: parsed.challenge.testIds ?? verdict.testIds,
    wrongFixes: verdict.wrongFixes,
    durationMs: Date.now() - started,
  };
}
