-- Hiring competitions land in the running tenant's pipeline (issue 20). A hiring competition is
-- backed by an assessment of kind 'competition' (as career-page embeds are by 'career_page'
-- assessments): every entrant who registers, consenting to the company seeing their result,
-- becomes a pipeline row (a candidate_invites row with no usable link and no session) of that
-- assessment, and the final standings are written onto it when the competition becomes final.
-- Staff may pause a competition (paused_at; the workflow holds its timers meanwhile).

alter table assessments drop constraint assessments_kind_check;
alter table assessments add constraint assessments_kind_check
  check (kind in ('assessment', 'career_page', 'competition'));

alter table competitions add column assessment_id uuid unique;
alter table competitions add column paused_at timestamptz(3);

alter table candidate_invites
  add column competition_id uuid references competitions (id) on delete cascade,
  add column competition_entrant_id uuid references users (id) on delete cascade,
  -- {rank, points, solved, challenges, submits, integrity: {clean, flagged, tampered},
  --  reviewPending, endedAt}: written once the competition is final.
  add column competition_result jsonb,
  add column competition_consented_at timestamptz(3),
  add constraint candidate_invites_competition_entrant
    check ((competition_id is null) = (competition_entrant_id is null)),
  add constraint candidate_invites_competition_consent
    check (competition_id is null or competition_consented_at is not null);
create unique index candidate_invites_competition_entrant_key
  on candidate_invites (competition_id, competition_entrant_id) where competition_id is not null;

-- Existing hiring competitions get their assessment, and their entrants their pipeline rows
-- (registration was their consent under the terms at the time; stamped with the entry time).
update competitions set assessment_id = gen_random_uuid() where kind = 'hiring';
insert into assessments (id, tenant_id, kind, title, instructions, time_limit_minutes,
                         hints_allowed, hint_penalty, status, created_by)
select c.assessment_id, c.tenant_id, 'competition', left('Competition: ' || c.title, 200),
       'Entrants of the hiring competition "' || left(c.title, 200) || '".',
       least(600, greatest(1, ceil(extract(epoch from (c.ends_at - c.starts_at)) / 60)::integer)),
       false, 0, 'published', c.created_by
  from competitions c where c.kind = 'hiring';
alter table competitions add constraint competitions_assessment_fk
  foreign key (assessment_id) references assessments (id);
alter table competitions add constraint competitions_hiring_assessment
  check ((kind = 'hiring') = (assessment_id is not null));

insert into candidate_invites (tenant_id, assessment_id, email, name, token_hash, expires_at,
                               competition_id, competition_entrant_id, competition_consented_at,
                               sent_at, created_at)
select c.tenant_id, c.assessment_id, u.email, left(nullif(u.display_name, ''), 200),
       'competition:' || gen_random_uuid(), c.ends_at, c.id, u.id, e.registered_at,
       e.registered_at, e.registered_at
  from competition_entries e
  join competitions c on c.id = e.competition_id and c.kind = 'hiring'
  join users u on u.id = e.user_id;

-- An entrant of a hiring competition sees its host's name before consenting; tenants' rows are
-- not readable by learners, so this answers exactly that for hiring competitions.
create function competition_host_name(competition uuid) returns text
  language sql stable security definer set search_path = public, pg_temp as
  $$ select t.name from competitions c join tenants t on t.id = c.tenant_id
      where c.id = competition and c.kind = 'hiring' $$;
revoke execute on function competition_host_name(uuid) from public;
grant execute on function competition_host_name(uuid) to fixpoint_app;

-- A hiring competition may use its tenant's private challenges: its entrants (learners, no
-- tenant) read those challenges once the competition is live, to start attempts on them.
create policy challenge_of_entered_competition on challenges for select
  using (tenant_id is not null and exists (
    select 1 from competition_challenges cc
      join competitions c on c.id = cc.competition_id
      join competition_entries e on e.competition_id = c.id
     where cc.challenge_id = challenges.id and c.tenant_id = challenges.tenant_id
       and c.phase in ('live', 'frozen', 'ended', 'final') and e.user_id = app_user_id()));
create policy challenge_version_of_entered_competition on challenge_versions for select
  using (tenant_id is not null and exists (
    select 1 from competition_challenges cc
      join competitions c on c.id = cc.competition_id
      join competition_entries e on e.competition_id = c.id
     where cc.challenge_id = challenge_versions.challenge_id
       and c.tenant_id = challenge_versions.tenant_id
       and c.phase in ('live', 'frozen', 'ended', 'final') and e.user_id = app_user_id()));

-- Competition challenges name only the platform's catalog or, for a hiring competition, that
-- tenant's own private challenges: enforced here too, whoever writes the row (a trigger, as the
-- rule reads other tables; security definer, as the writer may not see the challenge at all).
create function competition_challenge_check() returns trigger
  language plpgsql security definer set search_path = public, pg_temp as $$
begin
  if not exists (select 1 from competitions c, challenges ch
                  where c.id = new.competition_id and ch.id = new.challenge_id
                    and (ch.tenant_id is null or (c.kind = 'hiring' and ch.tenant_id = c.tenant_id)))
  then
    raise exception 'challenge % is not allowed in competition %', new.challenge_id, new.competition_id
      using errcode = 'check_violation';
  end if;
  return new;
end $$;
create trigger competition_challenges_owner before insert or update on competition_challenges
  for each row execute function competition_challenge_check();
