import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { AppError, formatGraphQLError } from '../common/app-error';

export type Outage = 'postgres' | 'redis' | 'temporal';

// SQLSTATE classes and codes that mean "the server is going away or not there yet", never "your
// statement is wrong": 08 connection exceptions, 57P01-03 admin/crash shutdown and "cannot
// connect now" (starting up), 53300 too many connections.
const PG_UNAVAILABLE = /^(08...|57P0[123]|53300)$/;
// Prisma's codes for an unreachable or closed database and a pool that gave no connection in time.
const PRISMA_UNAVAILABLE = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTCONN',
]);
const PG_MESSAGES =
  /terminating connection due to administrator command|Connection terminated|the database system is (starting up|shutting down|in recovery mode)|timeout exceeded when trying to connect|Can't reach database server|Server has closed the connection|Client has encountered a connection error|DatabaseNotReachable|ConnectionClosed|SocketTimeout/i;
const REDIS_MESSAGES =
  /Stream isn't writeable|Connection is closed|max retries per request|ioredis|Redis is unavailable/i;
// gRPC status codes: 14 UNAVAILABLE, 4 DEADLINE_EXCEEDED.
const GRPC_UNAVAILABLE = new Set([14, 4]);

/**
 * Which dependency an error says is away (a restart, failover or network cut), or undefined for
 * any other error. Walks `cause` chains: Prisma, pg, ioredis and Temporal wrap their causes.
 */
export function outageOf(error: unknown, depth = 0): Outage | undefined {
  if (!error || typeof error !== 'object' || depth > 6) return undefined;
  const e = error as {
    code?: unknown;
    name?: unknown;
    message?: unknown;
    cause?: unknown;
    meta?: { code?: unknown; driverAdapterError?: unknown };
  };
  const code = typeof e.code === 'string' || typeof e.code === 'number' ? e.code : undefined;
  const message = typeof e.message === 'string' ? e.message : '';
  const name = typeof e.name === 'string' ? e.name : '';
  if (typeof code === 'string' && PRISMA_UNAVAILABLE.has(code)) return 'postgres';
  if (typeof code === 'string' && PG_UNAVAILABLE.test(code)) return 'postgres';
  if (typeof e.meta?.code === 'string' && PG_UNAVAILABLE.test(e.meta.code)) return 'postgres';
  if (name === 'MaxRetriesPerRequestError' || REDIS_MESSAGES.test(message)) return 'redis';
  // A gRPC status error carries metadata; the Temporal client is our only gRPC client.
  if (typeof code === 'number' && GRPC_UNAVAILABLE.has(code) && 'metadata' in e) return 'temporal';
  if (/^(14 UNAVAILABLE|4 DEADLINE_EXCEEDED)/.test(message)) return 'temporal';
  if (PG_MESSAGES.test(message)) return 'postgres';
  // A bare socket error in a request: Redis reports its own (offline queue off), the sandbox
  // client maps its own, so what is left is PostgreSQL's pool.
  if (typeof code === 'string' && SOCKET_CODES.has(code)) return 'postgres';
  return (
    outageOf(e.cause, depth + 1) ??
    outageOf(e.meta?.driverAdapterError, depth + 1) ??
    (error instanceof AggregateError
      ? error.errors.map((inner) => outageOf(inner, depth + 1)).find(Boolean)
      : undefined)
  );
}

/** What a caller sees while a dependency is away: a clear "try again", never an internal error. */
export const temporarilyUnavailable = (outage?: Outage) =>
  new AppError(
    'SERVICE_UNAVAILABLE',
    'Fixpoint is temporarily unavailable (a service it depends on is restarting). ' +
      'Nothing was lost; try again in a moment.',
    outage ? { dependency: outage } : {},
  );

/**
 * Apollo's formatError: an outage of PostgreSQL, Redis or Temporal answers SERVICE_UNAVAILABLE
 * (clients retry it) instead of INTERNAL_SERVER_ERROR; everything else as formatGraphQLError.
 */
export function formatGraphQLErrorWithOutages(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (code === undefined || code === 'INTERNAL_SERVER_ERROR') {
    const outage = outageOf(unwrapResolverError(error));
    if (outage) {
      const unavailable = temporarilyUnavailable(outage);
      return formatGraphQLError({
        message: unavailable.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: unavailable.extensions,
      });
    }
  }
  return formatGraphQLError(formatted);
}
