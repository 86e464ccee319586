// Where the tests find the local stack that tools/stack/up.sh started (same defaults as the API).
export const ADMIN_DATABASE_URL =
  process.env.TEST_ADMIN_DATABASE_URL ??
  'postgresql://fixpoint:fixpoint@127.0.0.1:55432/fixpoint_test';
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:56379';
export const TEMPORAL_ADDRESS = process.env.TEST_TEMPORAL_ADDRESS ?? '127.0.0.1:57233';
