-- Hiring competitions send their finalists to the pipeline (issue 20): the running tenant's
-- staff invite the top entrants to one of their assessments, which needs the entrants' e-mail
-- addresses. Users' row-level security does not show them to a tenant (entrants are learners,
-- not members or candidates), so a narrow security-definer lookup answers exactly this: the
-- address and name of the given users, only if they entered the given competition and that
-- competition is a hiring one of the tenant the transaction acts for.
create function competition_finalist_contacts(competition uuid, ids uuid[])
  returns table (id uuid, email text, display_name text)
  language sql stable security definer set search_path = public, pg_temp as
  $$ select u.id, u.email, u.display_name
       from users u
       join competition_entries e on e.user_id = u.id and e.competition_id = competition
       join competitions c on c.id = competition
      where u.id = any(ids)
        and c.kind = 'hiring'
        and c.tenant_id is not null
        and c.tenant_id = app_tenant_id() $$;

revoke execute on function competition_finalist_contacts(uuid, uuid[]) from public;
grant execute on function competition_finalist_contacts(uuid, uuid[]) to fixpoint_app;
