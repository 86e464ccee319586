import { z } from 'zod';
import { TASK_QUEUES } from './contracts/task-queues';

const schema = z.object({
  TEMPORAL_ADDRESS: z
    .string()
    .regex(/^[\w.-]+:\d{1,5}$/, 'must be host:port')
    .default('127.0.0.1:57233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default(TASK_QUEUES.main),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WORKFLOW_CACHE_SIZE: z.coerce.number().int().min(0).max(100_000).default(0),
  // The API the session activities call back (internal REST), and the token they present.
  API_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .default('http://127.0.0.1:4000'),
  INTERNAL_API_TOKEN: z
    .string()
    .min(16, 'must be at least 16 characters')
    .default('fixpoint-local-internal-token'),
});

export type WorkerConfig = z.infer<typeof schema>;

/** Validates the worker's environment; the error names each bad variable. */
export function loadWorkerConfig(env: NodeJS.ProcessEnv = process.env): WorkerConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
