/** Task queues, shared by the worker that polls them and the API that starts workflows on them. */
export const TASK_QUEUES = {
  /** Orchestration of sessions, competitions, curation and ATS sync. */
  main: 'fixpoint-main',
} as const;
