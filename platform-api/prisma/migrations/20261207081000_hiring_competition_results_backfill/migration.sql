-- Hiring competitions that were already final before their entrants became pipeline rows
-- (20261207080000_hiring_competition_pipeline) get the final standing on those rows, as the
-- final phase writes it now (competitions/hiring-pipeline.ts: writeFinalResults).
update candidate_invites i
   set competition_result = jsonb_build_object(
         'competitionId', c.id,
         'rank', e.final_rank,
         'points', coalesce(e.final_points, 0),
         'solved', (select count(distinct s.challenge_id) from competition_submissions s
                     where s.competition_id = c.id and s.user_id = e.user_id
                       and s.correctness_permille = 1000
                       and s.review_status in ('not_needed', 'accepted')),
         'challenges', (select count(*) from competition_challenges cc
                         where cc.competition_id = c.id),
         'submits', (select count(*) from competition_submissions s
                      where s.competition_id = c.id and s.user_id = e.user_id),
         'integrity', (select jsonb_build_object(
                         'clean', count(*) filter (where s.integrity_verdict = 'clean'),
                         'flagged', count(*) filter (where s.integrity_verdict = 'flagged'),
                         'tampered', count(*) filter (where s.integrity_verdict = 'tampered'),
                         'reviewPending', count(*) filter (where s.review_status = 'pending'))
                         from competition_submissions s
                        where s.competition_id = c.id and s.user_id = e.user_id),
         'endedAt', to_jsonb(c.ends_at))
  from competitions c, competition_entries e
 where i.competition_id = c.id and c.phase = 'final' and c.kind = 'hiring'
   and e.competition_id = c.id and e.user_id = i.competition_entrant_id
   and i.competition_result is null;
