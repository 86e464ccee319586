-- Access control (issue 13): who may see a mail's links, candidate tokens that end with a
-- resend, and security-definer functions that cannot be hijacked through pg_temp.

-- The local mailbox shows a message's links only to the roles that could use them.
alter table mail_messages add column link_audience jsonb;

-- A candidate token is valid for its session only if it was issued after the invite's last
-- (re)send: a resend ends every token handed out before it. Looked up like session_tenant.
create function candidate_session(session uuid)
  returns table (tenant_id uuid, tokens_valid_after timestamptz)
  language sql stable security definer set search_path = public, pg_temp as
  $$ select s.tenant_id, i.sent_at from assessment_sessions s
       join candidate_invites i on i.id = s.invite_id where s.id = session $$;
grant execute on function candidate_session(uuid) to fixpoint_app;

-- Every security-definer function resolves names in public, then pg_temp last: a caller's
-- temporary objects can never shadow the tables these functions read as the owner.
do $$
declare f record;
begin
  for f in select p.oid::regprocedure as sig from pg_proc p
           join pg_namespace n on n.oid = p.pronamespace
           where p.prosecdef and n.nspname = 'public'
  loop
    execute format('alter function %s set search_path = public, pg_temp', f.sig);
  end loop;
end
$$;
