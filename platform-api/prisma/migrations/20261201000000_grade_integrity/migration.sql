-- Grade integrity (issue 11): a graded run can come back tampered, carries the sandbox's
-- integrity verdict, and a submission whose verdict is not clean waits for a person.

-- The migrator applies each migration in one transaction. PostgreSQL (12+) allows
-- `add value` inside a transaction block as long as the new value is not used before the
-- transaction commits: nothing below (nor any default) uses 'tampered', so this is safe.
-- Later migrations run in their own transactions and may use it.
alter type run_status add value if not exists 'tampered';

-- The sandbox's integrity section of a graded run (findings with their evidence, canaries,
-- seed). Staff-only: the report reads it; no solver-facing read path returns it.
alter table runs add column integrity jsonb;

create type integrity_verdict as enum ('clean', 'flagged', 'tampered');
create type review_status as enum ('not_needed', 'pending', 'accepted', 'rejected');

-- `score` keeps the computed score; while review_status is pending or rejected every
-- non-staff read, total, pipeline and CSV treats it as withheld (rejected counts 0 in totals).
alter table submissions
  add column integrity_verdict integrity_verdict not null default 'clean',
  add column review_status review_status not null default 'not_needed',
  add column reviewed_by uuid references users(id),
  add column reviewed_at timestamptz(3),
  add column review_reason text,
  add constraint submission_review_decided check (
    (review_status in ('accepted', 'rejected')) =
    (reviewed_at is not null and review_reason is not null)
  );

-- The test names a challenge version was validated with (`tests.json`: {visible, hidden}),
-- so a graded run's reported test set can be checked against the stored one. Null for
-- versions imported before tests.json existed.
alter table challenge_versions add column test_ids jsonb;
