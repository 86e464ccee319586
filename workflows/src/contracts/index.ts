export * from './assessment-session';
export * from './countdown';
export * from './task-queues';
