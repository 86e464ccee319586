export * from './connector';
export * from './http';
export * from './result';
