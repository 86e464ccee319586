export * from './assumptions';
export * from './connector';
export * from './soap';
