/**
 * What other projects import from @fixpoint/sandbox-controller: the run result contract and
 * the request shapes of the HTTP API.
 */
export * from './result';
export type { ProblemCode } from './errors';
export type { RuntimeId } from './challenges/challenge.schema';
export type { Suite } from './challenges/challenge-catalog';
export type { ChallengeRunRequest, AdHocRunRequest } from './http/run-request.schema';
