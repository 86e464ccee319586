import { Client, Connection } from '@temporalio/client';
import fc from 'fast-check';
import Redis from 'ioredis';
import { createServer } from 'node:net';
import { Client as PgClient } from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client';
import { formatGraphQLErrorWithOutages, outageOf } from './dependency-errors';

/** A loopback port nothing listens on: what a client sees while its server restarts. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const caught = async (work: () => Promise<unknown>) => {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
};

describe('outageOf: the errors real clients raise while their server is away', () => {
  let port: number;
  beforeAll(async () => {
    port = await closedPort();
  });

  it('recognises pg refusing to connect', async () => {
    const client = new PgClient({ host: '127.0.0.1', port, user: 'x', database: 'x' });
    expect(outageOf(await caught(() => client.connect()))).toBe('postgres');
  });

  it('recognises Prisma (adapter-pg) failing to reach the database', async () => {
    const prisma = new PrismaClient({
      adapter: new PrismaPg({ connectionString: `postgresql://x:x@127.0.0.1:${port}/x` }),
    });
    const error = await caught(() => prisma.$queryRaw`select 1`);
    await prisma.$disconnect();
    expect(outageOf(error)).toBe('postgres');
  });

  it('recognises ioredis refusing a command while disconnected (no offline queue)', async () => {
    const redis = new Redis(port, '127.0.0.1', {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
    });
    redis.on('error', () => undefined);
    const error = await caught(() => redis.incr('k'));
    redis.disconnect(false);
    expect(outageOf(error)).toBe('redis');
  });

  it('recognises the Temporal client finding no server', async () => {
    const connection = await Connection.lazy({ address: `127.0.0.1:${port}` });
    const client = new Client({ connection });
    const error = await caught(() =>
      connection.withDeadline(Date.now() + 1_500, () =>
        client.workflow.getHandle('nothing').describe(),
      ),
    );
    await connection.close();
    expect(outageOf(error)).toBe('temporal');
  });

  it('never calls an ordinary error an outage (constraint violations, bad input, bugs)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('23505', '23503', '22P02', '42P01', 'P2002', 'P2025', undefined),
        fc
          .string()
          .filter(
            (s) =>
              !/connect|terminat|unavailable|closed|reach|timeout|writeable|retries|redis|Socket/i.test(
                s,
              ),
          ),
        (code, message) => {
          const error = Object.assign(new Error(message), code ? { code } : {});
          expect(outageOf(error)).toBeUndefined();
          expect(outageOf(new Error('wrapped', { cause: error }))).toBeUndefined();
        },
      ),
    );
  });

  it('answers SERVICE_UNAVAILABLE in GraphQL for an outage and hides everything else', () => {
    const outage = Object.assign(new Error('terminating connection due to administrator command'), {
      code: '57P01',
    });
    expect(
      formatGraphQLErrorWithOutages({ message: outage.message, extensions: {} }, outage),
    ).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE', dependency: 'postgres' } });
    const bug = new TypeError('x is undefined');
    expect(formatGraphQLErrorWithOutages({ message: bug.message }, bug)).toMatchObject({
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });
});
