/**
 * What other projects import from @fixpoint/sandbox-controller: the run result contract and
 * the request shapes of the HTTP API.
 */
export * from './result';
export type { ProblemCode } from './errors';
export type { RuntimeId } from './challenges/challenge.schema';
export type { Suite } from './challenges/challenge-catalog';
export type { ChallengeRunRequest, AdHocRunRequest } from './http/run-request.schema';

// The catalog format and the file rules, shared with platform-api's catalog import so both read
// challenges and judge paths the same way.
export { ChallengeCatalog, loadChallengeDir, type Challenge } from './challenges/challenge-catalog';
export {
  challengeManifestSchema,
  SLUG,
  type ChallengeManifest,
} from './challenges/challenge.schema';
export { matchesAny } from './files/glob';
export { validateRelativePath } from './files/path-policy';
export { SandboxError } from './errors';
export type { FileTree } from './files/file-tree';
