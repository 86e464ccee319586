import { z } from 'zod';

/**
 * Every setting the API reads, with its local default. A missing or bad value stops the
 * process at start with a message naming the variable (see loadConfig).
 */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  API_HOST: z.string().min(1).default('127.0.0.1'),
  API_PORT: z.coerce.number().int().min(0).max(65535).default(4000), // 0: any free port (tests)
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgresql:// URL' })
    .default('postgresql://fixpoint:fixpoint@127.0.0.1:55432/fixpoint'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(20),
  MIGRATE_ON_START: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default('true')
    .transform((v) => v === 'true'),
  REDIS_URL: z
    .url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' })
    .default('redis://127.0.0.1:56379'),
  TEMPORAL_ADDRESS: z
    .string()
    .regex(/^[\w.-]+:\d{1,5}$/, 'must be host:port')
    .default('127.0.0.1:57233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  READINESS_TIMEOUT_MS: z.coerce.number().int().min(50).max(30_000).default(1500),
});

export type AppConfig = z.infer<typeof configSchema>;
