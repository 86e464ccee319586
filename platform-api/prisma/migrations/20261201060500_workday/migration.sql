-- Workday (issue 19, after 20261201060000_lever_workday had been committed and may have been
-- applied): a connection authenticated as an integration system user (WS-Security
-- UsernameToken; credentials {username, password} sealed), whose inbound order endpoint takes a
-- per-tenant secret (sealed in webhook_secret_sealed), and the tenant's status reference ids.

alter table ats_connections drop constraint ats_connections_auth_kind_check;
alter table ats_connections add constraint ats_connections_auth_kind_check
  check (auth_kind in ('oauth', 'api_key', 'ws_security'));

-- Our status (invited, in_progress, completed) as the tenant's Recruiting_Assessment_Status
-- reference id (case-sensitive, the customer defines them in Workday).
create table ats_status_mappings (
  tenant_id     uuid not null references tenants (id) on delete cascade,
  ats           text not null check (ats ~ '^[a-z][a-z0-9_-]{1,39}$'),
  status        text not null check (status in ('invited', 'in_progress', 'completed')),
  reference_id  text not null check (length(reference_id) between 1 and 150),
  primary key (tenant_id, ats, status)
);
alter table ats_status_mappings enable row level security;
create policy ats_status_mapping_tenant on ats_status_mappings using (tenant_id = app_tenant_id());
grant select, insert, update, delete on ats_status_mappings to fixpoint_app;
