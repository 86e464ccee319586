import {
  Inject,
  Injectable,
  Logger,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import type { Pool } from 'pg';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { OWNER_POOL } from '../database/database.module';
import { PeriodicPass } from '../common/periodic-pass';

/** Invitations announced per pass; the rest wait for the next pass. */
const BATCH = 200;

/**
 * Announces invitations that expired before their candidate began: one `invitation.expired`
 * outbox event each (ATS webhooks consume it), written in the statement that marks the invite,
 * so an invitation is announced exactly once even with several API processes (SKIP LOCKED).
 * A session workflow only exists once a link is opened, so a sweep is what sees the unopened.
 */
@Injectable()
export class InvitationExpirySweeper implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(InvitationExpirySweeper.name);
  private readonly passes = new PeriodicPass(this.logger, 'expiry sweep', () => this.sweep());

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(OWNER_POOL) private readonly owner: Pool,
  ) {}

  onModuleInit() {
    this.passes.start(this.config.INVITE_EXPIRY_SWEEP_MS);
  }

  onModuleDestroy() {
    return this.passes.stop();
  }

  /** One pass: marks due invitations and writes their events; returns how many. */
  async sweep(now = new Date()): Promise<number> {
    const result = await this.owner.query(
      `with due as (
         select i.id, i.tenant_id, i.assessment_id
           from candidate_invites i
           left join assessment_sessions s on s.invite_id = i.id
          where i.expires_at <= $1 and i.expired_notified_at is null and i.revoked_at is null
            and i.competition_id is null -- competition entrants hold no link that expires
            and (s.id is null or s.started_at is null)
          order by i.expires_at
          limit ${BATCH}
          for update of i skip locked
       ), marked as (
         update candidate_invites c set expired_notified_at = $1
           from due where c.id = due.id
         returning due.id, due.tenant_id, due.assessment_id
       )
       insert into outbox (tenant_id, topic, payload)
       select tenant_id, 'invitation.expired',
              jsonb_build_object('invitationId', id, 'assessmentId', assessment_id)
         from marked`,
      [now],
    );
    const count = result.rowCount ?? 0;
    if (count > 0) this.logger.log(`${count} expired invitation(s) announced`);
    return count;
  }
}
