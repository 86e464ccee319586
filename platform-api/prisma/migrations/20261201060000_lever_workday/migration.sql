-- ATS connections (issue 19): a tenant's account at an ATS that we call (Lever), its stage
-- mappings, and the webhook deliveries already acted on. Secrets (OAuth tokens, a customer's
-- API key, a webhook's signature token) are AES-256-GCM sealed (secrets/sealed-columns.ts).

create table ats_connections (
  id                     uuid primary key default gen_random_uuid(),
  tenant_id              uuid not null references tenants (id) on delete cascade,
  ats                    text not null check (ats ~ '^[a-z][a-z0-9_-]{1,39}$'),
  -- oauth: credentials are {accessToken, refreshToken}; api_key: {apiKey} (Basic, blank password).
  auth_kind              text not null check (auth_kind in ('oauth', 'api_key')),
  credentials_sealed     text not null,
  -- When the OAuth access token expires: it is refreshed (and the refresh token rotated) before.
  access_expires_at      timestamptz(3),
  -- Lever: the candidate-stage-change webhook's signature token.
  webhook_secret_sealed  text,
  api_base               text not null check (api_base ~ '^https?://'),
  -- The ATS user writes are attributed to (Lever's perform_as).
  perform_as             text check (length(perform_as) <= 100),
  connected_by           uuid,
  created_at             timestamptz(3) not null default now(),
  updated_at             timestamptz(3) not null default now(),
  unique (tenant_id, ats)
);

-- A tenant's mapping of an ATS stage to an assessment, with the pass threshold of its tag and
-- an optional stage to move a pass to.
create table ats_mappings (
  id              uuid primary key default gen_random_uuid(),
  tenant_id       uuid not null references tenants (id) on delete cascade,
  ats             text not null check (ats ~ '^[a-z][a-z0-9_-]{1,39}$'),
  external_id     text not null check (length(external_id) between 1 and 100),
  assessment_id   uuid not null references assessments (id) on delete cascade,
  label           text not null check (length(label) between 1 and 100),
  pass_threshold  integer not null default 70 check (pass_threshold between 0 and 100),
  stage_on_pass   text check (length(stage_on_pass) between 1 and 100),
  created_at      timestamptz(3) not null default now(),
  unique (tenant_id, ats, external_id)
);

-- Deliveries acted on, by the ATS's delivery token: a replay (same token) is refused.
create table ats_webhook_deliveries (
  tenant_id    uuid not null references tenants (id) on delete cascade,
  ats          text not null,
  token        text not null check (length(token) between 1 and 200),
  received_at  timestamptz(3) not null default now(),
  primary key (tenant_id, ats, token)
);

alter table ats_connections enable row level security;
create policy ats_connection_tenant on ats_connections using (tenant_id = app_tenant_id());
alter table ats_mappings enable row level security;
create policy ats_mapping_tenant on ats_mappings using (tenant_id = app_tenant_id());
alter table ats_webhook_deliveries enable row level security;
create policy ats_webhook_delivery_tenant on ats_webhook_deliveries
  using (tenant_id = app_tenant_id());

grant select, insert, update, delete on ats_connections to fixpoint_app;
grant select, insert, update, delete on ats_mappings to fixpoint_app;
grant select, insert, delete on ats_webhook_deliveries to fixpoint_app;
