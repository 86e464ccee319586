-- Competitions with live leaderboards (issue 20). PostgreSQL is the source of truth: every
-- graded competition submit is a row here; the Redis sorted sets are derived from these rows
-- and rebuilt from them when lost.

create type competition_kind as enum ('public_contest', 'hiring');
create type competition_phase as enum
  ('scheduled', 'registration', 'live', 'frozen', 'ended', 'final', 'cancelled');

-- Platform operations (phases driven by the competition workflow, public contests, ratings)
-- run in a transaction that sets app.platform = 'on'; only the API's internal routes do so.
create function app_platform() returns boolean language sql stable as
  $$ select coalesce(current_setting('app.platform', true), '') = 'on' $$;

create table competitions (
  id                    uuid primary key default gen_random_uuid(),
  -- null: a public contest run by the platform; else the tenant running a hiring competition.
  tenant_id             uuid references tenants (id) on delete cascade,
  kind                  competition_kind not null,
  title                 text not null check (length(title) between 1 and 200),
  description           text not null default '' check (length(description) <= 10000),
  registration_opens_at timestamptz(3) not null,
  starts_at             timestamptz(3) not null,
  ends_at               timestamptz(3) not null,
  freeze_minutes        integer not null default 0 check (freeze_minutes between 0 and 1440),
  failed_submit_penalty integer not null default 0 check (failed_submit_penalty between 0 and 500),
  phase                 competition_phase not null default 'scheduled',
  created_by            uuid references users (id) on delete set null,
  created_at            timestamptz(3) not null default now(),
  updated_at            timestamptz(3) not null default now(),
  check ((kind = 'hiring') = (tenant_id is not null)),
  check (registration_opens_at <= starts_at and starts_at < ends_at),
  check (freeze_minutes * 60000 <= extract(epoch from (ends_at - starts_at)) * 1000)
);
create index competitions_listing_idx on competitions (starts_at desc);

create table competition_challenges (
  competition_id uuid not null references competitions (id) on delete cascade,
  position       integer not null check (position between 1 and 20),
  challenge_id   uuid not null references challenges (id),
  primary key (competition_id, position),
  unique (competition_id, challenge_id)
);

create table competition_entries (
  competition_id uuid not null references competitions (id) on delete cascade,
  user_id        uuid not null references users (id) on delete cascade,
  registered_at  timestamptz(3) not null default now(),
  -- Filled when the competition is final.
  final_rank     integer,
  final_points   integer,
  primary key (competition_id, user_id)
);

-- One graded submit. correctness is the share of the hidden tests it gets right in thousandths;
-- a submit whose integrity is not clean scores nothing until reviewed (review_status).
create table competition_submissions (
  id                   uuid primary key default gen_random_uuid(),
  competition_id       uuid not null,
  user_id              uuid not null,
  challenge_id         uuid not null references challenges (id),
  correctness_permille integer not null check (correctness_permille between 0 and 1000),
  integrity_verdict    integrity_verdict not null default 'clean',
  review_status        review_status not null default 'not_needed',
  run_id               uuid references runs (id),
  submitted_at         timestamptz(3) not null default now(),
  foreign key (competition_id, user_id) references competition_entries (competition_id, user_id)
    on delete cascade
);
create index competition_submissions_entry_idx
  on competition_submissions (competition_id, user_id, submitted_at);

-- A learner's current Glicko-2 rating (public contests only) and its history.
create table ratings (
  user_id    uuid primary key references users (id) on delete cascade,
  rating     double precision not null,
  rd         double precision not null,
  volatility double precision not null,
  contests   integer not null default 0,
  updated_at timestamptz(3) not null default now()
);

create table rating_history (
  competition_id uuid not null references competitions (id) on delete cascade,
  user_id        uuid not null references users (id) on delete cascade,
  rank           integer not null,
  rating_before  double precision not null,
  rating_after   double precision not null,
  rd_after       double precision not null,
  volatility_after double precision not null,
  created_at     timestamptz(3) not null default now(),
  primary key (competition_id, user_id)
);
create index rating_history_user_idx on rating_history (user_id, created_at desc);

-- Row-level security. Boards are public (a competition is an announcement, its board shows
-- entrants and their points), so reads are open; writes are the owner's: a learner registers
-- and submits as themselves, a tenant writes its own hiring competitions, and the platform
-- (app.platform) drives phases, public contests, final standings and ratings.
alter table competitions enable row level security;
create policy competition_read on competitions for select using (true);
create policy competition_write on competitions for all
  using (tenant_id = app_tenant_id() or app_platform())
  with check (tenant_id = app_tenant_id() or app_platform());

alter table competition_challenges enable row level security;
create policy competition_challenge_read on competition_challenges for select using (true);
create policy competition_challenge_write on competition_challenges for all
  using (app_platform() or exists (select 1 from competitions c
    where c.id = competition_id and c.tenant_id = app_tenant_id()))
  with check (app_platform() or exists (select 1 from competitions c
    where c.id = competition_id and c.tenant_id = app_tenant_id()));

alter table competition_entries enable row level security;
create policy competition_entry_read on competition_entries for select using (true);
create policy competition_entry_insert on competition_entries for insert
  with check (user_id = app_user_id() or app_platform());
create policy competition_entry_update on competition_entries for update
  using (app_platform()) with check (app_platform());
create policy competition_entry_delete on competition_entries for delete
  using (user_id = app_user_id() or app_platform());

alter table competition_submissions enable row level security;
create policy competition_submission_read on competition_submissions for select using (true);
create policy competition_submission_insert on competition_submissions for insert
  with check (user_id = app_user_id() or app_platform());
create policy competition_submission_update on competition_submissions for update
  using (app_platform() or exists (select 1 from competitions c
    where c.id = competition_id and c.tenant_id = app_tenant_id()));

alter table ratings enable row level security;
create policy rating_read on ratings for select using (true);
create policy rating_write on ratings for all using (app_platform()) with check (app_platform());

alter table rating_history enable row level security;
create policy rating_history_read on rating_history for select using (true);
create policy rating_history_write on rating_history for all
  using (app_platform()) with check (app_platform());

grant select, insert, update, delete on competitions, competition_challenges,
  competition_entries, competition_submissions, ratings, rating_history to fixpoint_app;
grant execute on function app_platform() to fixpoint_app;
