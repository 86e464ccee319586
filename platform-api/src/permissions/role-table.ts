/**
 * The role table lives in @fixpoint/contracts (roles): one definition for the API, the docs
 * and any client. Re-exported here so the API's imports stay short.
 */
export * from '@fixpoint/contracts/roles';
