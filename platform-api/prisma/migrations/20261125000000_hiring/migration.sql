-- Hiring: team invites, assessments, candidate invites and their timed sessions, the local
-- mailbox, and private challenge uploads. Same row-level security pattern as before: every
-- tenant-owned row has tenant_id and a policy on app_tenant_id().

-- Candidates need no account: a session creates a candidate user (kind 'candidate') that can
-- never sign in. Only accounts need a unique email; a candidate may share one with an account.
alter table users add column kind text not null default 'account' check (kind in ('account', 'candidate'));
drop index users_email_key;
create unique index users_account_email_key on users (email) where kind = 'account';

create type assessment_status as enum ('draft', 'published', 'archived');
create type session_phase as enum ('not_started', 'in_progress', 'submitted', 'expired');

create table team_invites (
  id          uuid primary key default gen_random_uuid(),
  tenant_id   uuid not null references tenants (id) on delete cascade,
  email       text not null check (email = lower(email) and email ~ '^[^@\s]+@[^@\s]+$'),
  role        tenant_role not null,
  token_hash  text not null unique,
  expires_at  timestamptz(3) not null,
  accepted_at timestamptz(3),
  revoked_at  timestamptz(3),
  created_by  uuid references users (id) on delete set null,
  created_at  timestamptz(3) not null default now()
);
create index team_invites_tenant_idx on team_invites (tenant_id, created_at desc);

create table assessments (
  id                 uuid primary key default gen_random_uuid(),
  tenant_id          uuid not null references tenants (id) on delete cascade,
  title              text not null check (length(title) between 1 and 200),
  instructions       text not null check (length(instructions) <= 10000),
  time_limit_minutes integer not null check (time_limit_minutes between 1 and 600),
  hints_allowed      boolean not null,
  hint_penalty       integer not null check (hint_penalty between 0 and 50),
  status             assessment_status not null default 'draft',
  created_by         uuid references users (id) on delete set null,
  created_at         timestamptz(3) not null default now(),
  updated_at         timestamptz(3) not null default now()
);
create index assessments_tenant_idx on assessments (tenant_id, created_at desc);

create table assessment_challenges (
  assessment_id uuid not null references assessments (id) on delete cascade,
  tenant_id     uuid not null references tenants (id) on delete cascade,
  position      integer not null check (position between 1 and 10),
  challenge_id  uuid not null references challenges (id),
  primary key (assessment_id, position),
  unique (assessment_id, challenge_id)
);

create table candidate_invites (
  id                 uuid primary key default gen_random_uuid(),
  tenant_id          uuid not null references tenants (id) on delete cascade,
  assessment_id      uuid not null references assessments (id) on delete cascade,
  email              text not null check (email = lower(email) and email ~ '^[^@\s]+@[^@\s]+$'),
  name               text check (length(name) between 1 and 200),
  token_hash         text not null unique,
  extra_time_percent integer not null default 0 check (extra_time_percent between 0 and 300),
  expires_at         timestamptz(3) not null,
  sent_at            timestamptz(3) not null default now(),
  send_count         integer not null default 1,
  revoked_at         timestamptz(3),
  created_by         uuid references users (id) on delete set null,
  created_at         timestamptz(3) not null default now()
);
create index candidate_invites_assessment_idx on candidate_invites (assessment_id, created_at);
create unique index candidate_invites_one_per_email on candidate_invites (assessment_id, email)
  where revoked_at is null;

-- One session per invite: opened when the candidate first follows the link.
create table assessment_sessions (
  id                uuid primary key default gen_random_uuid(),
  tenant_id         uuid not null references tenants (id) on delete cascade,
  invite_id         uuid not null unique references candidate_invites (id) on delete cascade,
  candidate_user_id uuid not null references users (id),
  phase             session_phase not null default 'not_started',
  time_limit_seconds integer not null check (time_limit_seconds > 0),
  opened_at         timestamptz(3) not null default now(),
  consented_at      timestamptz(3),
  started_at        timestamptz(3),
  deadline_at       timestamptz(3),
  ended_at          timestamptz(3),
  score             integer check (score between 0 and 100),
  result            jsonb,
  paste_events      integer not null default 0 check (paste_events >= 0),
  focus_losses      integer not null default 0 check (focus_losses >= 0)
);
create index assessment_sessions_candidate_idx on assessment_sessions (candidate_user_id);

-- A session's attempts: its rules are copied here so every write checks them without a join
-- (the candidate cannot read the tenant's assessment rows).
alter table attempts add column session_id uuid references assessment_sessions (id) on delete cascade;
alter table attempts add column deadline_at timestamptz(3);
alter table attempts add column hints_allowed boolean not null default true;
create index attempts_session_idx on attempts (session_id) where session_id is not null;

-- Private challenges keep the whole uploaded folder: the sandbox runs that exact tree.
alter table challenge_versions add column source_files jsonb;

-- What each version's starter does on its hidden tests, run once and kept: a score counts the
-- tests the candidate fixed (the starter fails them) and the ones they broke (it passes them),
-- so an untouched starter scores 0 however many tests it already passes. Derived from a
-- version anyone who can read the version may already run, so it has no row-level security.
create table starter_baselines (
  challenge_version_id uuid primary key references challenge_versions (id) on delete cascade,
  failing_tests        text[] not null,
  passing_tests        text[] not null,
  created_at           timestamptz(3) not null default now()
);

-- The local mailer's mailbox: what would have been sent, kept on this machine.
create table mail_messages (
  id         uuid primary key default gen_random_uuid(),
  tenant_id  uuid references tenants (id) on delete cascade,
  to_address text not null,
  subject    text not null,
  text_body  text not null,
  links      text[] not null default '{}',
  outbox_id  bigint unique,
  created_at timestamptz(3) not null default now()
);
create index mail_messages_tenant_idx on mail_messages (tenant_id, created_at desc);

-- Row-level security.
alter table team_invites enable row level security;
create policy team_invite_tenant on team_invites using (tenant_id = app_tenant_id());
alter table assessments enable row level security;
create policy assessment_tenant on assessments using (tenant_id = app_tenant_id());
alter table assessment_challenges enable row level security;
create policy assessment_challenge_tenant on assessment_challenges using (tenant_id = app_tenant_id());
alter table candidate_invites enable row level security;
create policy candidate_invite_tenant on candidate_invites using (tenant_id = app_tenant_id());
alter table assessment_sessions enable row level security;
create policy assessment_session_tenant on assessment_sessions using (tenant_id = app_tenant_id());
alter table mail_messages enable row level security;
create policy mail_tenant on mail_messages for select using (tenant_id = app_tenant_id());

-- A candidate acts as their candidate user with no tenant set: they reach their own attempts
-- (and what hangs off them) and nothing else of the tenant's. Staff reach the tenant's rows.
drop policy attempt_owner on attempts;
create policy attempt_owner on attempts
  using (user_id = app_user_id() or tenant_id = app_tenant_id())
  with check (case when tenant_id is null then user_id = app_user_id()
                   else tenant_id = app_tenant_id() or user_id = app_user_id() end);
drop policy run_owner on runs;
create policy run_owner on runs
  using (user_id = app_user_id() or tenant_id = app_tenant_id())
  with check (case when tenant_id is null then user_id = app_user_id()
                   else tenant_id = app_tenant_id() or user_id = app_user_id() end);
drop policy submission_owner on submissions;
create policy submission_owner on submissions
  using (user_id = app_user_id() or tenant_id = app_tenant_id())
  with check (case when tenant_id is null then user_id = app_user_id()
                   else tenant_id = app_tenant_id() or user_id = app_user_id() end);
drop policy hint_reveal_owner on hint_reveals;
create policy hint_reveal_owner on hint_reveals
  using (user_id = app_user_id() or tenant_id = app_tenant_id())
  with check (case when tenant_id is null then user_id = app_user_id()
                   else tenant_id = app_tenant_id() or user_id = app_user_id() end);
-- ...and the (possibly private) challenge versions of their own attempts.
create policy challenge_version_of_own_attempt on challenge_versions for select
  using (exists (select 1 from attempts a
                 where a.challenge_version_id = challenge_versions.id and a.user_id = app_user_id()));
create policy challenge_of_own_attempt on challenges for select
  using (exists (select 1 from attempts a join challenge_versions v on v.id = a.challenge_version_id
                 where v.challenge_id = challenges.id and a.user_id = app_user_id()));

-- Links carry tokens; the tenant is not known until the token is: these look a token up by
-- its hash across tenants (as the owner) and return only what is needed to continue.
create function candidate_invite_by_token(hash text) returns table (id uuid, tenant_id uuid)
  language sql stable security definer set search_path = public as
  $$ select id, tenant_id from candidate_invites where token_hash = hash $$;
create function team_invite_by_token(hash text) returns table (id uuid, tenant_id uuid)
  language sql stable security definer set search_path = public as
  $$ select id, tenant_id from team_invites where token_hash = hash $$;
-- A candidate token names a session; its tenant is looked up the same way.
create function session_tenant(session uuid) returns uuid
  language sql stable security definer set search_path = public as
  $$ select tenant_id from assessment_sessions where id = session $$;

grant select, insert, update, delete on
  team_invites, assessments, assessment_challenges, candidate_invites, assessment_sessions
  to fixpoint_app;
grant select on mail_messages to fixpoint_app;
grant select, insert on starter_baselines to fixpoint_app;
grant execute on function candidate_invite_by_token(text), team_invite_by_token(text),
  session_tenant(uuid) to fixpoint_app;
