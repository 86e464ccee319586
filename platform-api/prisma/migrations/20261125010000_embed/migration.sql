-- Career-page embeds: publishable keys bound to allowed origins and to challenges. Each bound
-- challenge gets a hidden career-page assessment of its own, so applicants are candidates like
-- any other (pipeline, report), filed under the key that brought them.

alter table assessments add column kind text not null default 'assessment'
  check (kind in ('assessment', 'career_page'));

create table embed_keys (
  id              uuid primary key default gen_random_uuid(),
  tenant_id       uuid not null references tenants (id) on delete cascade,
  name            text not null check (length(name) between 1 and 100),
  -- Publishable: it sits in the company's page source, so it is stored as is (not a secret);
  -- what it may do is bounded by its origins, its challenges and rate limits.
  publishable_key text not null unique check (publishable_key ~ '^pk_[A-Za-z0-9_-]{24,}$'),
  allowed_origins text[] not null check (cardinality(allowed_origins) between 1 and 20),
  revoked_at      timestamptz(3),
  created_by      uuid references users (id) on delete set null,
  created_at      timestamptz(3) not null default now()
);
create index embed_keys_tenant_idx on embed_keys (tenant_id, created_at desc);

create table embed_key_challenges (
  embed_key_id  uuid not null references embed_keys (id) on delete cascade,
  tenant_id     uuid not null references tenants (id) on delete cascade,
  challenge_id  uuid not null references challenges (id),
  assessment_id uuid not null references assessments (id),
  primary key (embed_key_id, challenge_id)
);

alter table candidate_invites add column embed_key_id uuid references embed_keys (id);

alter table embed_keys enable row level security;
create policy embed_key_tenant on embed_keys using (tenant_id = app_tenant_id());
alter table embed_key_challenges enable row level security;
create policy embed_key_challenge_tenant on embed_key_challenges using (tenant_id = app_tenant_id());

-- The widget's requests name a key, not a tenant: find the key's tenant (as the owner).
create function embed_key_by_publishable(key text) returns table (id uuid, tenant_id uuid)
  language sql stable security definer set search_path = public as
  $$ select id, tenant_id from embed_keys where publishable_key = key and revoked_at is null $$;

grant select, insert, update, delete on embed_keys, embed_key_challenges to fixpoint_app;
grant execute on function embed_key_by_publishable(text) to fixpoint_app;
