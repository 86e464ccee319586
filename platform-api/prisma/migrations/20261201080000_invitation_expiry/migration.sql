-- An invitation that expires before its candidate began is announced once, as the
-- `invitation.expired` outbox event (ATS webhooks): the sweeper marks it when it writes the event.
-- A resend gives the invite a new expiry and clears the mark.
alter table candidate_invites add column expired_notified_at timestamptz(3);
create index candidate_invites_expiry_due_idx on candidate_invites (expires_at)
  where expired_notified_at is null and revoked_at is null;
