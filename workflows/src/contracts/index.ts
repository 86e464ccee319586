export * from './assessment-session';
export * from './task-queues';
export * from './webhook-delivery';
export * from './competition';
export * from './ats-sync';
