import type { Logger as TemporalLogger } from '@temporalio/worker';
import pino, { type DestinationStream, type Logger } from 'pino';

// The internal API token is the one secret the worker holds. Nothing logs it on purpose; these
// paths keep it out should a config object or request headers ever reach a log line.
const SECRET_PATHS = [
  'INTERNAL_API_TOKEN',
  '*.INTERNAL_API_TOKEN',
  'internalToken',
  '*.internalToken',
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
];

/** The worker's pino logger: JSON lines, service=workflows, secrets redacted. */
export function createWorkerLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'workflows' },
    redact: { paths: SECRET_PATHS, censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** Temporal's runtime logs (worker state, task failures) through the same pino logger. */
export function temporalLoggerFor(log: Logger): TemporalLogger {
  return {
    log: (level, message, meta) => log[level.toLowerCase() as 'info'](meta ?? {}, message),
    trace: (message, meta) => log.trace(meta ?? {}, message),
    debug: (message, meta) => log.debug(meta ?? {}, message),
    info: (message, meta) => log.info(meta ?? {}, message),
    warn: (message, meta) => log.warn(meta ?? {}, message),
    error: (message, meta) => log.error(meta ?? {}, message),
  };
}
