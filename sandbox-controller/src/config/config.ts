import * as fs from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';

/** The sandbox-controller project folder (for files it ships, like sandbox-root/), found by
 * walking up from this file: it runs from src/, dist/ and dist-bench/src/. */
export const PROJECT_ROOT = ((): string => {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'sandbox-root', 'run.sh'))) return dir;
  }
  return path.resolve(__dirname, '../..');
})();
/** The repository root. */
export const REPO_ROOT = path.dirname(PROJECT_ROOT);

const DEV_TOKEN = 'fixpoint-local-sandbox-token';

const int = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

const envSchema = z
  .object({
    // Unset is not development: the public development token needs NODE_ENV=development.
    NODE_ENV: z.string().optional(),
    SANDBOX_PORT: int(0, 65535, 4100),
    SANDBOX_HOST: z.string().min(1).default('127.0.0.1'),
    SANDBOX_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
    SANDBOX_CHALLENGES_DIR: z.string().min(1).default(path.join(REPO_ROOT, 'challenges')),
    SANDBOX_DATA_DIR: z
      .string()
      .min(1)
      .default(path.join(REPO_ROOT, '.data', 'runtimes')),
    SANDBOX_LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    // Host maximums: a challenge's own limits are clamped to these.
    SANDBOX_MAX_CPU_SECONDS: int(1, 3600, 60),
    SANDBOX_MAX_WALL_SECONDS: int(1, 3600, 120),
    SANDBOX_MAX_MEMORY_MB: int(32, 65536, 2048),
    SANDBOX_MAX_CONCURRENCY: int(1, 256, 2),
    SANDBOX_MAX_QUEUE: int(0, 10000, 64),
    SANDBOX_MAX_OUTPUT_BYTES: int(1024, 64 * 1024 * 1024, 1024 * 1024),
    SANDBOX_MAX_PROCESSES: int(8, 100000, 256),
    SANDBOX_MAX_OPEN_FILES: int(32, 1048576, 1024),
    SANDBOX_MAX_FILE_SIZE_MB: int(1, 65536, 64),
    SANDBOX_SCRATCH_MB: int(8, 65536, 512),
    // What a request may send.
    SANDBOX_MAX_FILES: int(1, 100000, 200),
    SANDBOX_MAX_REQUEST_FILE_BYTES: int(1, 64 * 1024 * 1024, 512 * 1024),
    SANDBOX_MAX_REQUEST_TOTAL_BYTES: int(1, 256 * 1024 * 1024, 4 * 1024 * 1024),
    // The local driver: each run's cpu quota in cores (cgroup cpu.max / cfs quota), and where
    // the compiled seccomp filter is kept (built there once per version of its source).
    SANDBOX_RUN_CPU_CORES: z.coerce.number().min(0.1).max(256).default(1),
    SANDBOX_SECCOMP_DIR: z
      .string()
      .min(1)
      .default(path.join(REPO_ROOT, '.data', 'sandbox')),
  })
  .superRefine((env, ctx) => {
    // The development token is public: it works only with NODE_ENV=development, set explicitly.
    const devToken = !env.SANDBOX_TOKEN || env.SANDBOX_TOKEN === DEV_TOKEN;
    if (devToken && env.NODE_ENV !== 'development') {
      ctx.addIssue({
        code: 'custom',
        path: ['SANDBOX_TOKEN'],
        message:
          'is required in production (the development token works only with NODE_ENV=development)',
      });
    }
  });

export interface HostLimits {
  cpuSeconds: number;
  wallSeconds: number;
  memoryMb: number;
  outputBytes: number;
  processes: number;
  openFiles: number;
  fileSizeBytes: number;
  scratchBytes: number;
}

export interface RequestLimits {
  maxFiles: number;
  maxFileBytes: number;
  maxTotalBytes: number;
}

export interface SandboxConfig {
  port: number;
  host: string;
  token: string;
  challengesDir: string;
  dataDir: string;
  logLevel: string;
  concurrency: number;
  maxQueue: number;
  hostLimits: HostLimits;
  requestLimits: RequestLimits;
  localDriver: LocalDriverConfig;
}

export interface LocalDriverConfig {
  /** CPU quota of each run, in cores. */
  cpuCores: number;
  /** Where the compiled seccomp program lives. */
  seccompDir: string;
  /** Refuse to start without per-run cgroup limits (production). */
  requireCgroups: boolean;
  /** Refuse to start without the user-namespace lock (production; userns/enter.c). */
  requireUsernsLock: boolean;
}

export class ConfigError extends Error {}

/** Reads and validates the environment; a bad value throws naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): SandboxConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
    throw new ConfigError(`Invalid sandbox-controller configuration:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  return {
    port: e.SANDBOX_PORT,
    host: e.SANDBOX_HOST,
    token: e.SANDBOX_TOKEN ?? DEV_TOKEN,
    challengesDir: path.resolve(e.SANDBOX_CHALLENGES_DIR),
    dataDir: path.resolve(e.SANDBOX_DATA_DIR),
    logLevel: e.SANDBOX_LOG_LEVEL,
    concurrency: e.SANDBOX_MAX_CONCURRENCY,
    maxQueue: e.SANDBOX_MAX_QUEUE,
    hostLimits: {
      cpuSeconds: e.SANDBOX_MAX_CPU_SECONDS,
      wallSeconds: e.SANDBOX_MAX_WALL_SECONDS,
      memoryMb: e.SANDBOX_MAX_MEMORY_MB,
      outputBytes: e.SANDBOX_MAX_OUTPUT_BYTES,
      processes: e.SANDBOX_MAX_PROCESSES,
      openFiles: e.SANDBOX_MAX_OPEN_FILES,
      fileSizeBytes: e.SANDBOX_MAX_FILE_SIZE_MB * 1024 * 1024,
      scratchBytes: e.SANDBOX_SCRATCH_MB * 1024 * 1024,
    },
    requestLimits: {
      maxFiles: e.SANDBOX_MAX_FILES,
      maxFileBytes: e.SANDBOX_MAX_REQUEST_FILE_BYTES,
      maxTotalBytes: e.SANDBOX_MAX_REQUEST_TOTAL_BYTES,
    },
    localDriver: {
      cpuCores: e.SANDBOX_RUN_CPU_CORES,
      seccompDir: path.resolve(e.SANDBOX_SECCOMP_DIR),
      requireCgroups: e.NODE_ENV === 'production',
      requireUsernsLock: e.NODE_ENV === 'production',
    },
  };
}
