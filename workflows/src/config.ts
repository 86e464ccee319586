import { z } from 'zod';
import { TASK_QUEUES } from './contracts/task-queues';

/** The local default, shared with the API's; public, so never accepted in production. */
export const LOCAL_INTERNAL_API_TOKEN = 'fixpoint-local-internal-token';

const fields = z.object({
  // Production behaviour unless development is asked for explicitly (npm start and npm test do).
  NODE_ENV: z.enum(['development', 'test', 'production']).default('production'),
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
    .default(LOCAL_INTERNAL_API_TOKEN),
});

// As the API does: a production worker on the public local token would only find out when
// every finalize came back 401, so it does not start.
const schema = fields.superRefine((config, ctx) => {
  if (config.NODE_ENV !== 'development' && config.INTERNAL_API_TOKEN === LOCAL_INTERNAL_API_TOKEN)
    ctx.addIssue({
      code: 'custom',
      path: ['INTERNAL_API_TOKEN'],
      message:
        'must be set in production (the public local token works only with NODE_ENV=development)',
    });
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
