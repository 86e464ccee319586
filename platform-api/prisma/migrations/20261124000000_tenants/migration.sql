-- Tenants: the companies that hire with Fixpoint. Tenant-owned tables reference this one.
create table tenants (
  id         uuid primary key default gen_random_uuid(),
  slug       text not null unique check (slug ~ '^[a-z0-9](-?[a-z0-9])*$'),
  name       text not null check (length(name) between 1 and 200),
  created_at timestamptz(3) not null default now()
);
