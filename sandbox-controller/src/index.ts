/**
 * What other projects import from @fixpoint/sandbox-controller: the run result contract and
 * the request shapes of the HTTP API.
 */
export * from './result';
export type { ProblemCode } from './errors';
export type { RuntimeId } from './challenges/challenge.schema';
export type { Suite } from './challenges/challenge-catalog';
export type {
  ChallengeRunRequest,
  AdHocRunRequest,
  ValidationRequest,
} from './http/run-request.schema';
export type { ChallengeValidationReport } from './validate/validate-challenge-files';
export type { ValidationCheck, ValidationCheckName } from './validate/validate-challenge';

// The catalog format and the file rules, shared with platform-api's catalog import so both read
// challenges and judge paths the same way.
export { ChallengeCatalog, loadChallengeDir, type Challenge } from './challenges/challenge-catalog';
// Uploaded challenge folders (a flat map path -> UTF-8 text) parse by the same rules.
export {
  parseChallengeFiles,
  loadChallengeFiles,
  CHALLENGE_FILE_LIMITS,
  type ChallengeFiles,
  type ChallengeFileError,
  type ChallengeFileLimits,
  type ChallengeParse,
  type ChallengeParseOptions,
  type WrongFix,
} from './challenges/challenge-files';
// tests.json: the test set a graded run must report (B1's test-set check compares with it).
export {
  testIdsSchema,
  diffTestSet,
  describeTestSetDiff,
  sameTestSet,
  TEST_IDS_FILE,
  type TestIds,
  type TestSetDiff,
} from './challenges/test-ids';
export { VALIDATION_CHECKS } from './validate/validate-challenge';
export {
  challengeManifestSchema,
  SLUG,
  type ChallengeManifest,
} from './challenges/challenge.schema';
export { matchesAny } from './files/glob';
export { validateRelativePath } from './files/path-policy';
export { SandboxError } from './errors';
export type { FileTree } from './files/file-tree';
