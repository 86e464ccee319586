-- ATS connectors, Greenhouse first (issue 18): one sync per external invitation (what the ATS
-- gave us to send the result back to, and how far that got), and a log of the calls an ATS
-- made to our partner endpoints (what the portal's Integrations page shows). Tenant rows under
-- the same row-level security as every other.

create table ats_syncs (
  id                 uuid primary key default gen_random_uuid(),
  tenant_id          uuid not null references tenants (id) on delete cascade,
  ats                text not null check (ats ~ '^[a-z][a-z0-9_-]{1,39}$'),
  -- Stable per external invitation (Greenhouse: a hash of its callback URL): a repeated order
  -- finds this row instead of inviting again.
  external_ref       text not null check (length(external_ref) between 1 and 200),
  invite_id          uuid not null references candidate_invites (id) on delete cascade,
  -- Where the result goes back (no secrets): the connector's own shape.
  target             jsonb not null,
  -- What the write-back authenticates with, AES-256-GCM sealed (secrets/secret-box.ts).
  credentials_sealed text,
  workflow_id        text not null,
  state              text not null default 'waiting'
                     check (state in ('waiting', 'retrying', 'failed', 'delivered', 'closed')),
  attempts           integer not null default 0 check (attempts >= 0),
  last_status_code   integer,
  last_error         text check (length(last_error) <= 1000),
  last_attempt_at    timestamptz(3),
  next_attempt_at    timestamptz(3),
  delivered_at       timestamptz(3),
  created_at         timestamptz(3) not null default now(),
  updated_at         timestamptz(3) not null default now(),
  unique (tenant_id, ats, external_ref)
);
create index ats_syncs_tenant_idx on ats_syncs (tenant_id, created_at desc);
create index ats_syncs_invite_idx on ats_syncs (invite_id);

-- Every call an ATS made to a partner endpoint, with our answer's status: when a customer says
-- "Greenhouse shows an error", this is what they (and we) look at.
create table ats_partner_calls (
  id          uuid primary key default gen_random_uuid(),
  tenant_id   uuid not null references tenants (id) on delete cascade,
  ats         text not null check (ats ~ '^[a-z][a-z0-9_-]{1,39}$'),
  api_key_id  uuid references api_keys (id) on delete set null,
  operation   text not null check (length(operation) between 1 and 60),
  status      integer not null,
  detail      jsonb not null default '{}',
  created_at  timestamptz(3) not null default now()
);
create index ats_partner_calls_tenant_idx on ats_partner_calls (tenant_id, created_at desc);

alter table ats_syncs enable row level security;
create policy ats_sync_tenant on ats_syncs using (tenant_id = app_tenant_id());
alter table ats_partner_calls enable row level security;
create policy ats_partner_call_tenant on ats_partner_calls using (tenant_id = app_tenant_id());

grant select, insert, update on ats_syncs to fixpoint_app;
grant select, insert on ats_partner_calls to fixpoint_app;
