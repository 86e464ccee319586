import { Client } from 'pg';
import { createTestDatabase } from '../support/test-database';

/**
 * Every suite drops its database at the end "with (force)". A connection of the API's role can
 * still be closing then (a pool ends before its server process has gone); ending it takes
 * pg_signal_backend, which tools/stack/postgres.sh grants. Without it the suite fails to run
 * after all its tests passed (seen in CI).
 */
it("drops a suite's database while the API role still holds a connection to it", async () => {
  const db = await createTestDatabase();
  const url = new URL(db.url);
  url.username = 'fixpoint_api';
  url.password = 'fixpoint_api';
  const lingering = new Client({ connectionString: url.toString() });
  lingering.on('error', () => undefined); // it is terminated by the drop, on purpose
  await lingering.connect();
  try {
    await expect(db.drop()).resolves.toBeUndefined();
    await expect(lingering.query('select 1')).rejects.toThrow();
  } finally {
    await lingering.end().catch(() => undefined);
  }
});
