-- The Idempotency-Key sweep (IdempotencyCleaner, every IDEMPOTENCY_SWEEP_MS) deletes records
-- older than 24 hours by `created_at < $1`: without this index each pass scanned the whole
-- table (a day of POSTs from every ATS). Not `concurrently`: each migration runs in a
-- transaction, and the table only holds a day of rows.
create index idempotency_keys_created_idx on idempotency_keys (created_at);
