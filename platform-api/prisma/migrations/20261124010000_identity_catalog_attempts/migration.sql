-- Identity, tenancy, the challenge catalog, attempts and their runs, scores, skills, audit, outbox.
--
-- Row-level security: every tenant-owned table has tenant_id and a policy that reads the
-- transaction's `app.tenant_id` (set by the API per request with set_config(..., true)).
-- The API's requests run as fixpoint_app, which owns nothing and cannot bypass RLS; a missing
-- setting reads as NULL and matches no tenant row. Learner-owned rows (no tenant) are scoped
-- to `app.user_id` the same way.

do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'fixpoint_app') then
    create role fixpoint_app nologin nobypassrls;
  end if;
end
$$;

create function app_tenant_id() returns uuid language sql stable as
  $$ select nullif(current_setting('app.tenant_id', true), '')::uuid $$;
create function app_user_id() returns uuid language sql stable as
  $$ select nullif(current_setting('app.user_id', true), '')::uuid $$;

create type tenant_role as enum ('owner', 'admin', 'recruiter', 'hiring_manager', 'viewer');
create type attempt_status as enum ('in_progress', 'submitted');
create type run_status as enum ('pass', 'fail', 'error', 'timeout');
create type mastery_dimension as enum ('language', 'bug_type');

-- Users are global: one person, many tenants (or none: a learner).
create table users (
  id            uuid primary key default gen_random_uuid(),
  email         text not null check (email = lower(email) and email ~ '^[^@\s]+@[^@\s]+$'),
  display_name  text not null check (length(display_name) between 1 and 100),
  password_hash text not null,
  created_at    timestamptz(3) not null default now()
);
create unique index users_email_key on users (email);

create table memberships (
  id         uuid primary key default gen_random_uuid(),
  tenant_id  uuid not null references tenants (id) on delete cascade,
  user_id    uuid not null references users (id) on delete cascade,
  role       tenant_role not null,
  created_at timestamptz(3) not null default now(),
  unique (tenant_id, user_id)
);
create index memberships_user_id_idx on memberships (user_id);

-- Rotating refresh tokens: one family per sign-in; reuse of a rotated token revokes the family.
create table refresh_tokens (
  id          uuid primary key default gen_random_uuid(),
  user_id     uuid not null references users (id) on delete cascade,
  family_id   uuid not null,
  token_hash  text not null unique,
  expires_at  timestamptz(3) not null,
  rotated_at  timestamptz(3),
  revoked_at  timestamptz(3),
  created_at  timestamptz(3) not null default now()
);
create index refresh_tokens_family_id_idx on refresh_tokens (family_id);

create table api_keys (
  id           uuid primary key default gen_random_uuid(),
  tenant_id    uuid not null references tenants (id) on delete cascade,
  name         text not null,
  prefix       text not null unique,
  key_hash     text not null,
  scopes       text[] not null default '{}',
  created_by   uuid references users (id) on delete set null,
  last_used_at timestamptz(3),
  revoked_at   timestamptz(3),
  created_at   timestamptz(3) not null default now()
);
create index api_keys_tenant_id_idx on api_keys (tenant_id);

-- A challenge is a slug; its content lives in immutable versions. tenant_id null: public catalog.
create table challenges (
  id                 uuid primary key default gen_random_uuid(),
  tenant_id          uuid references tenants (id) on delete cascade,
  slug               text not null check (slug ~ '^[a-z0-9](-?[a-z0-9])*$'),
  current_version_id uuid,
  created_at         timestamptz(3) not null default now(),
  updated_at         timestamptz(3) not null default now()
);
create unique index challenges_public_slug_key on challenges (slug) where tenant_id is null;
create unique index challenges_tenant_slug_key on challenges (tenant_id, slug) where tenant_id is not null;

create table challenge_versions (
  id                  uuid primary key default gen_random_uuid(),
  challenge_id        uuid not null references challenges (id) on delete cascade,
  tenant_id           uuid references tenants (id) on delete cascade,
  version             integer not null check (version > 0),
  content_hash        text not null,
  title               text not null,
  summary             text not null,
  language            text not null,
  runtime             text not null,
  framework           text not null,
  difficulty          integer not null check (difficulty between 1 and 5),
  bug_types           text[] not null,
  tags                text[] not null,
  estimated_minutes   integer not null check (estimated_minutes > 0),
  learning_objectives text[] not null,
  source_kind         text not null check (source_kind in ('github', 'synthetic')),
  source_url          text,
  source_license      text,
  hints               jsonb not null,
  editable            text[] not null,
  limits              jsonb not null,
  starter_files       jsonb not null,
  visible_tests       jsonb not null,
  hidden_tests        jsonb not null,
  solution_files      jsonb not null,
  reference_change_lines integer not null check (reference_change_lines >= 0),
  created_at          timestamptz(3) not null default now(),
  unique (challenge_id, version),
  unique (challenge_id, content_hash)
);
alter table challenges
  add constraint challenges_current_version_fk foreign key (current_version_id)
  references challenge_versions (id) deferrable initially deferred;
create index challenge_versions_listing_idx on challenge_versions (difficulty, title);

-- An attempt pins the challenge version it started on: a newer version never changes it.
create table attempts (
  id                   uuid primary key default gen_random_uuid(),
  tenant_id            uuid references tenants (id) on delete cascade,
  user_id              uuid not null references users (id) on delete cascade,
  challenge_version_id uuid not null references challenge_versions (id),
  status               attempt_status not null default 'in_progress',
  files                jsonb not null,
  hints_revealed       integer not null default 0 check (hints_revealed >= 0),
  started_at           timestamptz(3) not null default now(),
  updated_at           timestamptz(3) not null default now(),
  submitted_at         timestamptz(3)
);
create index attempts_user_id_idx on attempts (user_id, updated_at desc);
create unique index attempts_one_open_per_challenge on attempts (user_id, challenge_version_id)
  where status = 'in_progress' and tenant_id is null;

create table runs (
  id          uuid primary key default gen_random_uuid(),
  tenant_id   uuid references tenants (id) on delete cascade,
  user_id     uuid not null references users (id) on delete cascade,
  attempt_id  uuid not null references attempts (id) on delete cascade,
  suite       text not null check (suite in ('visible', 'hidden')),
  status      run_status not null,
  passed      integer not null,
  failed      integer not null,
  result      jsonb not null,
  files       jsonb not null,
  created_at  timestamptz(3) not null default now()
);
create index runs_attempt_id_idx on runs (attempt_id, created_at desc);

create table submissions (
  id            uuid primary key default gen_random_uuid(),
  tenant_id     uuid references tenants (id) on delete cascade,
  user_id       uuid not null references users (id) on delete cascade,
  attempt_id    uuid not null unique references attempts (id) on delete cascade,
  run_id        uuid not null references runs (id),
  score         integer not null check (score between 0 and 100),
  breakdown     jsonb not null,
  hidden_passed integer not null,
  hidden_total  integer not null,
  created_at    timestamptz(3) not null default now()
);
create index submissions_user_id_idx on submissions (user_id, created_at);

create table hint_reveals (
  id          uuid primary key default gen_random_uuid(),
  tenant_id   uuid references tenants (id) on delete cascade,
  user_id     uuid not null references users (id) on delete cascade,
  attempt_id  uuid not null references attempts (id) on delete cascade,
  level       integer not null check (level > 0),
  created_at  timestamptz(3) not null default now(),
  unique (attempt_id, level)
);

-- Mastery per language and bug kind; only ever raised (see skills/mastery.ts).
create table skills (
  user_id    uuid not null references users (id) on delete cascade,
  dimension  mastery_dimension not null,
  key        text not null,
  level      double precision not null check (level between 0 and 1),
  solved     integer not null default 0,
  updated_at timestamptz(3) not null default now(),
  primary key (user_id, dimension, key)
);

create table achievements (
  user_id   uuid not null references users (id) on delete cascade,
  code      text not null,
  earned_at timestamptz(3) not null default now(),
  primary key (user_id, code)
);

create table audit_log (
  id            uuid primary key default gen_random_uuid(),
  tenant_id     uuid not null references tenants (id) on delete cascade,
  actor_user_id uuid references users (id) on delete set null,
  action        text not null,
  target_type   text not null,
  target_id     text,
  data          jsonb not null default '{}',
  created_at    timestamptz(3) not null default now()
);
create index audit_log_tenant_idx on audit_log (tenant_id, created_at desc);

-- Transactional outbox: written in the same transaction as the change it announces.
create table outbox (
  id           bigserial primary key,
  tenant_id    uuid references tenants (id) on delete cascade,
  topic        text not null,
  payload      jsonb not null,
  created_at   timestamptz(3) not null default now(),
  delivered_at timestamptz(3),
  attempts     integer not null default 0
);
create index outbox_pending_idx on outbox (id) where delivered_at is null;

-- Row-level security.
alter table tenants enable row level security;
create policy tenant_self on tenants using (id = app_tenant_id());

alter table memberships enable row level security;
create policy membership_tenant on memberships using (tenant_id = app_tenant_id());
-- A user lists their own memberships to pick a tenant; that reveals nothing of others.
create policy membership_self on memberships for select using (user_id = app_user_id());
create policy tenant_of_member on tenants for select
  using (exists (select 1 from memberships m where m.tenant_id = tenants.id and m.user_id = app_user_id()));

alter table api_keys enable row level security;
create policy api_key_tenant on api_keys using (tenant_id = app_tenant_id());

alter table audit_log enable row level security;
create policy audit_tenant on audit_log using (tenant_id = app_tenant_id());

alter table challenges enable row level security;
create policy challenge_read on challenges for select
  using (tenant_id is null or tenant_id = app_tenant_id());
create policy challenge_write on challenges for all
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());

alter table challenge_versions enable row level security;
create policy challenge_version_read on challenge_versions for select
  using (tenant_id is null or tenant_id = app_tenant_id());
create policy challenge_version_write on challenge_versions for all
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());

-- Attempts and what hangs off them: a tenant's (candidates) or a learner's own.
alter table attempts enable row level security;
create policy attempt_owner on attempts
  using (case when tenant_id is null then user_id = app_user_id() else tenant_id = app_tenant_id() end)
  with check (case when tenant_id is null then user_id = app_user_id() else tenant_id = app_tenant_id() end);
alter table runs enable row level security;
create policy run_owner on runs
  using (case when tenant_id is null then user_id = app_user_id() else tenant_id = app_tenant_id() end)
  with check (case when tenant_id is null then user_id = app_user_id() else tenant_id = app_tenant_id() end);
alter table submissions enable row level security;
create policy submission_owner on submissions
  using (case when tenant_id is null then user_id = app_user_id() else tenant_id = app_tenant_id() end)
  with check (case when tenant_id is null then user_id = app_user_id() else tenant_id = app_tenant_id() end);
alter table hint_reveals enable row level security;
create policy hint_reveal_owner on hint_reveals
  using (case when tenant_id is null then user_id = app_user_id() else tenant_id = app_tenant_id() end)
  with check (case when tenant_id is null then user_id = app_user_id() else tenant_id = app_tenant_id() end);

alter table skills enable row level security;
create policy skill_owner on skills using (user_id = app_user_id()) with check (user_id = app_user_id());
alter table achievements enable row level security;
create policy achievement_owner on achievements using (user_id = app_user_id()) with check (user_id = app_user_id());

alter table outbox enable row level security;
create policy outbox_insert on outbox for insert
  with check (tenant_id is null or tenant_id = app_tenant_id());

-- fixpoint_app may read and write rows (as RLS allows), never change the schema.
grant usage on schema public to fixpoint_app;
grant select, insert, update, delete on
  tenants, users, memberships, refresh_tokens, api_keys, challenges, challenge_versions,
  attempts, runs, submissions, hint_reveals, skills, achievements, audit_log
  to fixpoint_app;
grant insert on outbox to fixpoint_app;
grant usage on sequence outbox_id_seq to fixpoint_app;
grant execute on function app_tenant_id(), app_user_id() to fixpoint_app;
