-- Row-level security on users and refresh_tokens (issue 13, item 11): defence in depth for the
-- two tables that hold password hashes and sign-in secrets.
--
-- The rule, as small as the features allow:
--   * a user sees and changes its own row; its refresh tokens are its own rows only;
--   * staff acting in a tenant see the users who are members of that tenant (team listings,
--     audit actors and review deciders who are still members);
--   * staff acting in a tenant see and update the candidate users of that tenant's assessment
--     sessions (a widget applicant's name and e-mail are fixed at submit).
-- Everything that must happen before anyone is known goes through a narrow security-definer
-- function that answers one question and hands out no row:
--   * account_id_by_email: log-in, sign-up, password reset and team joins find an account's id
--     by e-mail; the API then reads the row as that user (app.user_id);
--   * refresh_token_user: refresh and log-out find whose token a hash is, then act as them;
--   * create_candidate_user: a tenant's session creates its candidate user (the session that
--     would make the row visible does not exist yet, and INSERT ... RETURNING must see it);
--   * competition_display_names: public boards show entrants' display names, nothing else.
-- An unset app.user_id / app.tenant_id reads as NULL and matches nothing.

alter table users enable row level security;
create policy user_self on users using (id = app_user_id()) with check (id = app_user_id());
create policy user_tenant_member on users for select
  using (exists (select 1 from memberships m
                  where m.user_id = users.id and m.tenant_id = app_tenant_id()));
create policy user_tenant_candidate_read on users for select
  using (kind = 'candidate' and exists (select 1 from assessment_sessions s
                  where s.candidate_user_id = users.id and s.tenant_id = app_tenant_id()));
create policy user_tenant_candidate_update on users for update
  using (kind = 'candidate' and exists (select 1 from assessment_sessions s
                  where s.candidate_user_id = users.id and s.tenant_id = app_tenant_id()))
  with check (kind = 'candidate');

alter table refresh_tokens enable row level security;
create policy refresh_token_owner on refresh_tokens
  using (user_id = app_user_id()) with check (user_id = app_user_id());

create function account_id_by_email(address text) returns uuid
  language sql stable security definer set search_path = public, pg_temp as
  $$ select id from users where email = lower(address) and kind = 'account' $$;

create function refresh_token_user(hash text) returns uuid
  language sql stable security definer set search_path = public, pg_temp as
  $$ select user_id from refresh_tokens where token_hash = hash $$;

-- Only inside a tenant's transaction, and only candidates (no password, no account).
create function create_candidate_user(address text, name text) returns uuid
  language plpgsql volatile security definer set search_path = public, pg_temp as
  $$
  declare created uuid;
  begin
    if app_tenant_id() is null then
      raise exception 'create_candidate_user needs app.tenant_id' using errcode = '42501';
    end if;
    insert into users (email, display_name, password_hash, kind)
      values (address, name, '', 'candidate') returning id into created;
    return created;
  end
  $$;

create function competition_display_names(ids uuid[]) returns table (id uuid, display_name text)
  language sql stable security definer set search_path = public, pg_temp as
  $$ select u.id, u.display_name from users u
      where u.id = any(ids)
        and exists (select 1 from competition_entries e where e.user_id = u.id) $$;

revoke execute on function account_id_by_email(text), refresh_token_user(text),
  create_candidate_user(text, text), competition_display_names(uuid[]) from public;
grant execute on function account_id_by_email(text), refresh_token_user(text),
  create_candidate_user(text, text), competition_display_names(uuid[]) to fixpoint_app;
