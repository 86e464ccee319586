export * from './connector';
export * from './http';
export * from './result';
export * from './guarded-fetch';
export * from './outbound-address';
