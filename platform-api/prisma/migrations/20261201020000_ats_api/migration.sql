-- The public ATS REST API (issue 17): tenant API keys in use, invitations with an external
-- reference, Idempotency-Key records, webhook endpoints (signing secrets encrypted at rest),
-- webhook events and every delivery attempt. Same row-level security pattern as before.

-- API keys are looked up by their public prefix before the tenant is known (as the owner,
-- like embed_key_by_publishable): only what the check needs comes back.
create function api_key_by_prefix(p text)
  returns table (id uuid, tenant_id uuid, key_hash text, scopes text[], revoked_at timestamptz,
                 created_by uuid, name text)
  language sql stable security definer set search_path = public, pg_temp as
  $$ select id, tenant_id, key_hash, scopes, revoked_at, created_by, name
       from api_keys where prefix = p $$;
grant execute on function api_key_by_prefix(text) to fixpoint_app;
alter table api_keys add constraint api_keys_name_length check (length(name) between 1 and 100);

-- An invitation an ATS created names the application it belongs to. Creating the same
-- reference twice for one assessment returns the same invitation (the unique index decides).
alter table candidate_invites
  add column external_ats text check (external_ats ~ '^[a-z][a-z0-9_-]{1,39}$'),
  add column external_application_id text check (length(external_application_id) between 1 and 200),
  add column external_profile_url text check (length(external_profile_url) <= 2000),
  add column api_key_id uuid references api_keys (id) on delete set null,
  add constraint candidate_invites_external_ref check (
    (external_ats is null) = (external_application_id is null));
create unique index candidate_invites_external_ref_key
  on candidate_invites (tenant_id, assessment_id, external_ats, external_application_id)
  where external_ats is not null;
create index candidate_invites_tenant_created_idx on candidate_invites (tenant_id, created_at desc, id desc);

-- Idempotency-Key (draft-ietf-httpapi-idempotency-key-header): the first request's answer,
-- kept 24 hours. In PostgreSQL rather than Redis: the record must survive a Redis restart
-- and is claimed with the same unique-constraint semantics as the rows it protects.
create table idempotency_keys (
  tenant_id    uuid not null references tenants (id) on delete cascade,
  api_key_id   uuid not null references api_keys (id) on delete cascade,
  key          text not null check (length(key) between 1 and 255),
  request      text not null,            -- method and path
  body_hash    text not null,            -- SHA-256 of the canonical JSON body
  state        text not null check (state in ('in_flight', 'complete')),
  status       integer,
  response     jsonb,
  created_at   timestamptz(3) not null default now(),
  completed_at timestamptz(3),
  primary key (tenant_id, api_key_id, key)
);

create table webhook_endpoints (
  id             uuid primary key default gen_random_uuid(),
  tenant_id      uuid not null references tenants (id) on delete cascade,
  url            text not null check (url ~ '^https?://' and length(url) <= 2000),
  description    text not null default '' check (length(description) <= 200),
  events         text[] not null check (cardinality(events) > 0),
  -- AES-256-GCM ciphertext (secrets/secret-box.ts): "v1.<key id>.<iv>.<tag>.<ciphertext>".
  secret_sealed  text not null,
  created_by     uuid references users (id) on delete set null,
  api_key_id     uuid references api_keys (id) on delete set null,
  disabled_at    timestamptz(3),
  created_at     timestamptz(3) not null default now()
);
create index webhook_endpoints_tenant_idx on webhook_endpoints (tenant_id, created_at desc);

-- One row per event a tenant's endpoints may receive; its id is what receivers deduplicate by.
-- outbox_id makes the consumer idempotent (the event id is derived from it).
create table webhook_events (
  id          uuid primary key,
  tenant_id   uuid not null references tenants (id) on delete cascade,
  type        text not null,
  payload     jsonb not null,
  outbox_id   bigint unique,
  created_at  timestamptz(3) not null default now()
);
create index webhook_events_tenant_idx on webhook_events (tenant_id, created_at desc);

-- Every delivery attempt: which workflow run made it, the answer (or the error), how long.
create table webhook_deliveries (
  id           uuid primary key default gen_random_uuid(),
  tenant_id    uuid not null references tenants (id) on delete cascade,
  event_id     uuid not null references webhook_events (id) on delete cascade,
  endpoint_id  uuid not null references webhook_endpoints (id) on delete cascade,
  workflow_id  text not null,
  attempt      integer not null check (attempt > 0),
  status_code  integer,
  duration_ms  integer not null check (duration_ms >= 0),
  error        text,
  succeeded    boolean not null,
  created_at   timestamptz(3) not null default now()
);
create index webhook_deliveries_endpoint_idx on webhook_deliveries (endpoint_id, created_at desc);
create index webhook_deliveries_event_idx on webhook_deliveries (event_id, endpoint_id);

alter table idempotency_keys enable row level security;
create policy idempotency_tenant on idempotency_keys using (tenant_id = app_tenant_id());
alter table webhook_endpoints enable row level security;
create policy webhook_endpoint_tenant on webhook_endpoints using (tenant_id = app_tenant_id());
alter table webhook_events enable row level security;
create policy webhook_event_tenant on webhook_events using (tenant_id = app_tenant_id());
alter table webhook_deliveries enable row level security;
create policy webhook_delivery_tenant on webhook_deliveries using (tenant_id = app_tenant_id());

grant select, insert, update, delete on idempotency_keys, webhook_endpoints to fixpoint_app;
grant select, insert on webhook_events, webhook_deliveries to fixpoint_app;
