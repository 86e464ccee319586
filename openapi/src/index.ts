export * from './document';
export * from './validate';
export type { components, operations, paths, webhooks } from '../generated/ats-v1';
