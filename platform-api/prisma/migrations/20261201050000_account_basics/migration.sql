-- Account basics (issue 14): verified e-mail addresses, password reset, e-mail change.

-- When the address was proven (a link opened, a team invitation accepted). Accounts that exist
-- already were created before verification existed: they count as verified.
alter table users add column email_verified_at timestamptz(3);
update users set email_verified_at = created_at where kind = 'account';

-- Single-use, expiring links for one account: verify its e-mail, reset its password, or move
-- it to a new address. Only a SHA-256 of each token is stored (common/opaque-tokens.ts).
create table account_tokens (
  id          uuid primary key default gen_random_uuid(),
  user_id     uuid not null references users (id) on delete cascade,
  purpose     text not null check (purpose in ('verify_email', 'reset_password', 'change_email')),
  token_hash  text not null unique,
  -- change_email: the address to move to once the link is opened.
  new_email   text check (new_email = lower(new_email)),
  expires_at  timestamptz(3) not null,
  used_at     timestamptz(3),
  created_at  timestamptz(3) not null default now()
);
create index account_tokens_user_idx on account_tokens (user_id, purpose);

-- A user's links are its own rows, like its refresh tokens.
alter table account_tokens enable row level security;
create policy account_token_owner on account_tokens
  using (user_id = app_user_id()) with check (user_id = app_user_id());

-- Opening a link: whose it is, before anyone is signed in (then the API acts as that user).
create function account_token_user(hash text) returns uuid
  language sql stable security definer set search_path = public, pg_temp as
  $$ select user_id from account_tokens where token_hash = hash $$;

grant select, insert, update, delete on account_tokens to fixpoint_app;
revoke execute on function account_token_user(text) from public;
grant execute on function account_token_user(text) to fixpoint_app;
