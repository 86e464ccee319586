/**
 * The result of one sandboxed run. The shape is a shared contract and lives in
 * @fixpoint/contracts (run-result); it is re-exported here so `@fixpoint/sandbox-controller`'s
 * exports and this project's imports stay as they were.
 */
export * from '@fixpoint/contracts/run-result';
