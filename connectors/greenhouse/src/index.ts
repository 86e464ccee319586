export * from './connector';
export * from './messages';
export * from './status';
