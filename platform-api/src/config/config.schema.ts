import { join } from 'node:path';
import { TASK_QUEUES } from '@fixpoint/workflows/contracts';
import { z } from 'zod';
import { proxyList } from '../auth/trusted-proxies';
import { DEV_SECRETS_KEYS, secretsKeysField } from '../secrets/keyring';
import { retryScheduleField } from '../webhooks/retry-schedule';

const DEV_JWT_SECRET = 'fixpoint-local-development-secret-not-for-production';
const DEV_SANDBOX_TOKEN = 'fixpoint-local-sandbox-token';
const DEV_INTERNAL_TOKEN = 'fixpoint-local-internal-token';
const httpUrl = (fallback: string) =>
  z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).default(fallback);

/**
 * Every setting the API reads, with its local default. A missing or bad value stops the
 * process at start with a message naming the variable (see loadConfig).
 */
export const configSchema = z.object({
  // Production behaviour unless development is asked for explicitly (npm start and npm test do).
  NODE_ENV: z.enum(['development', 'test', 'production']).default('production'),
  API_HOST: z.string().min(1).default('127.0.0.1'),
  API_PORT: z.coerce.number().int().min(0).max(65535).default(4000), // 0: any free port (tests)
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // The API's requests run as a role that row-level security applies to (never the owner).
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgresql:// URL' })
    .default('postgresql://fixpoint_api:fixpoint_api@127.0.0.1:55432/fixpoint'),
  // The schema owner: migrations and the catalog import only.
  DATABASE_OWNER_URL: z
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
  // Where session workflows are started: the worker polls the same queue.
  TEMPORAL_TASK_QUEUE: z.string().min(1).default(TASK_QUEUES.main),
  CATALOG_DIR: z
    .string()
    .min(1)
    .default(join(__dirname, '..', '..', '..', 'challenges')),
  IMPORT_CATALOG_ON_START: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default('true')
    .transform((v) => v === 'true'),
  SANDBOX_URL: httpUrl('http://127.0.0.1:4100'),
  SANDBOX_TOKEN: z.string().min(16, 'must be at least 16 characters').default(DEV_SANDBOX_TOKEN),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').default(DEV_JWT_SECRET),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(86_400).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  AUTH_RATE_LIMIT_PER_IP: z.coerce.number().int().min(1).default(30),
  AUTH_RATE_LIMIT_PER_ACCOUNT: z.coerce.number().int().min(1).default(10),
  AUTH_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
  // Password-reset mails one address may be sent per window (whether or not it has an account,
  // so the limit reveals nothing); the per-IP limit of log-in applies on top.
  ACCOUNT_MAIL_LIMIT_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  ACCOUNT_MAIL_WINDOW_SECONDS: z.coerce.number().int().min(1).default(3600),
  // How many proxies in front of the API append to X-Forwarded-For (the portal's and learner
  // app's servers, an ingress): the client is the address that many hops from the right. 0
  // (direct clients) ignores the header; a client-chosen value is never trusted beyond it.
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  // Which peers count as those proxies (auth/trusted-proxies.ts): addresses, CIDR ranges or
  // "loopback". A peer not listed is a direct client: its X-Forwarded-For is ignored.
  TRUSTED_PROXIES: z
    .string()
    .default('loopback')
    .superRefine((value, ctx) => {
      try {
        proxyList(value);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
      }
    }),
  // GraphQL operations over any of these are refused before they run (QUERY_TOO_COMPLEX):
  // aliased fields, nesting depth, and estimated fields resolved (lists count 10 rows, pages
  // their `first`), all counted after expanding fragments.
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(0).max(10_000).default(30),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(1).max(100).default(10),
  GRAPHQL_MAX_COST: z.coerce.number().int().min(1).max(1_000_000).default(5000),
  // Sandbox runs (runTests, submit, the widget's run and submit, submitAssessment) per window:
  // per learner, per candidate session, per career-page applicant and per embed key.
  RUN_RATE_LIMIT_PER_USER: z.coerce.number().int().min(1).default(30),
  RUN_RATE_LIMIT_PER_SESSION: z.coerce.number().int().min(1).default(30),
  RUN_RATE_LIMIT_PER_EMBED_KEY: z.coerce.number().int().min(1).default(300),
  RUN_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
  // Applicants a career-page key may start per UTC day (each one is a user, an invite, a session
  // and a workflow).
  EMBED_DAILY_APPLICANT_CAP: z.coerce.number().int().min(1).default(200),
  READINESS_TIMEOUT_MS: z.coerce.number().int().min(50).max(30_000).default(1500),
  // Where links in mail point: the learner app (candidate links) and the tenant portal.
  WEB_URL: httpUrl('http://127.0.0.1:5173'),
  PORTAL_URL: httpUrl('http://127.0.0.1:4200'),
  // local: mail lands in the tenant's mailbox in the portal, nothing leaves the machine.
  MAILER: z.enum(['local', 'smtp']).default('local'),
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
  MAIL_FROM: z.string().min(3).default('Fixpoint <no-reply@fixpoint.local>'),
  // The built <fixpoint-challenge> widget, served at /embed/ for career pages to load.
  EMBED_DIST_DIR: z
    .string()
    .min(1)
    .default(join(__dirname, '..', '..', '..', 'embed-widget', 'dist')),
  OUTBOX_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(250),
  // How often invitations that expired before their candidate began are announced (ATS webhooks).
  INVITE_EXPIRY_SWEEP_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),
  // The worker's finalize calls (internal REST) present this token.
  INTERNAL_API_TOKEN: z
    .string()
    .min(16, 'must be at least 16 characters')
    .default(DEV_INTERNAL_TOKEN),
  // ATS API (issue 17): AES-256-GCM keys of secrets at rest (first seals, all open), requests
  // per minute per API key, and the webhook retry schedule (delays between attempts).
  SECRETS_KEYS: secretsKeysField,
  ATS_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
  WEBHOOK_RETRY_SCHEDULE: retryScheduleField,
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  // Webhook endpoints and ATS callback URLs must be public hosts (no SSRF into our network):
  // `loopback` also lets local receivers on 127.0.0.0/8 and ::1 in, for development and tests
  // only (refused with NODE_ENV=production); every other private range stays refused.
  WEBHOOK_ALLOW_PRIVATE_HOSTS: z.enum(['none', 'loopback']).default('none'),
  // How often each API process deletes Idempotency-Key records past their 24 hours.
  IDEMPOTENCY_SWEEP_MS: z.coerce.number().int().min(100).max(86_400_000).default(600_000),
  // ATS write-backs (integrations/): the first wait after a failure and the longest, seconds
  // ("30,3600": 30 s doubling up to an hour, until the ATS accepts).
  ATS_SYNC_BACKOFF_SECONDS: z
    .string()
    .default('30,3600')
    .transform((value, ctx) => {
      const [initialSeconds, maxSeconds] = value.split(',').map(Number);
      if (!(initialSeconds >= 1 && maxSeconds >= initialSeconds && maxSeconds <= 86_400)) {
        ctx.addIssue({
          code: 'custom',
          message: 'must be "<first>,<longest>" seconds, 1 ≤ first ≤ longest ≤ 86400',
        });
        return z.NEVER;
      }
      return { initialSeconds, maxSeconds };
    }),
  // How often a waiting sync looks at its result without being told (a missed signal's net).
  ATS_SYNC_POLL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(3600),
  ATS_CALL_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
  // Lever (integrations/lever): its API, its OAuth app (authorization code; a customer may use
  // an API key instead) and how old a webhook's triggeredAt may be.
  LEVER_API_BASE: httpUrl('https://api.lever.co/v1'),
  LEVER_AUTHORIZE_URL: httpUrl('https://auth.lever.co/authorize'),
  LEVER_TOKEN_URL: httpUrl('https://auth.lever.co/oauth/token'),
  LEVER_CLIENT_ID: z.string().min(1).optional(),
  LEVER_CLIENT_SECRET: z.string().min(1).optional(),
  LEVER_WEBHOOK_MAX_AGE_SECONDS: z.coerce.number().int().min(10).max(3600).default(300),
});

export type AppConfig = z.infer<typeof configSchema>;

const devSecretsKey = Buffer.from(DEV_SECRETS_KEYS.split(':')[1], 'base64');

const DEV_ONLY =
  'must be set in production (the public development value works only with NODE_ENV=development)';

/**
 * Local defaults that work only in development (they are public: anyone could mint tokens
 * with them), and settings that need each other.
 */
export const productionChecks = configSchema
  .superRefine((config, ctx) => {
    if (config.NODE_ENV === 'development') return;
    if (config.JWT_SECRET === DEV_JWT_SECRET)
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: DEV_ONLY });
    if (config.SANDBOX_TOKEN === DEV_SANDBOX_TOKEN)
      ctx.addIssue({
        code: 'custom',
        path: ['SANDBOX_TOKEN'],
        message: DEV_ONLY,
      });
    if (config.INTERNAL_API_TOKEN === DEV_INTERNAL_TOKEN)
      ctx.addIssue({
        code: 'custom',
        path: ['INTERNAL_API_TOKEN'],
        message: DEV_ONLY,
      });
    if (config.SECRETS_KEYS.byId.get('dev1')?.equals(devSecretsKey))
      ctx.addIssue({ code: 'custom', path: ['SECRETS_KEYS'], message: DEV_ONLY });
  })
  .superRefine((config, ctx) => {
    if (config.NODE_ENV === 'production' && config.WEBHOOK_ALLOW_PRIVATE_HOSTS !== 'none')
      ctx.addIssue({
        code: 'custom',
        path: ['WEBHOOK_ALLOW_PRIVATE_HOSTS'],
        message: 'must be none in production (loopback is for development and tests only)',
      });
    if (config.MAILER === 'smtp' && !config.SMTP_URL)
      ctx.addIssue({ code: 'custom', path: ['SMTP_URL'], message: 'is required when MAILER=smtp' });
  });
