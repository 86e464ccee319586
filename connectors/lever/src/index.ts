export * from './api';
export * from './connector';
export * from './signature';
export * from './webhook';
